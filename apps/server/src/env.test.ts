import { describe, expect, it } from 'vitest';

import { ConfigError, parseEnv } from './env';

describe('parseEnv', () => {
  it('MUSAEID_AS_OF: "today" (the default) or a real date YYYY-MM-DD', () => {
    expect(parseEnv({}).asOf).toBeNull();
    expect(parseEnv({ MUSAEID_AS_OF: 'today' }).asOf).toBeNull();
    expect(parseEnv({ MUSAEID_AS_OF: ' 2025-03-01 ' }).asOf).toBe('2025-03-01');
    for (const bad of ['yesterday', '2025-13-01', '01/03/2025', '2025-02-30']) {
      expect(() => parseEnv({ MUSAEID_AS_OF: bad }), bad).toThrow(
        /MUSAEID_AS_OF: expected "today" or a date YYYY-MM-DD/,
      );
    }
  });

  it('has working defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      rateLimitPerMinute: 30,
      monthlyMessageQuota: 1000,
      logLevel: 'info',
      llm: { provider: 'offline' },
      route: 'offline',
      costPer1kPromptTokensUsd: 0,
    });
    expect(env.dbFile).toMatch(/data\/musaeid\.db$/);
  });

  it('reads every setting', () => {
    const env = parseEnv({
      MUSAEID_DB: '/tmp/x.db',
      PORT: '8080',
      HOST: '0.0.0.0',
      MUSAEID_RATE_LIMIT_PER_MINUTE: '5',
      MUSAEID_MONTHLY_MESSAGE_QUOTA: '100',
      MUSAEID_LOG_LEVEL: 'debug',
      MUSAEID_LLM: 'openai',
      OPENAI_API_KEY: 'sk-test',
      MUSAEID_LLM_MODEL: 'gpt-4o-mini',
      MUSAEID_EMBEDDING_MODEL: 'text-embedding-3-large',
      MUSAEID_ROUTE: 'llm',
      MUSAEID_COST_PER_1K_PROMPT_TOKENS: '0.15',
      MUSAEID_COST_PER_1K_COMPLETION_TOKENS: '0.6',
    });
    expect(env).toMatchObject({
      dbFile: '/tmp/x.db',
      port: 8080,
      host: '0.0.0.0',
      rateLimitPerMinute: 5,
      monthlyMessageQuota: 100,
      logLevel: 'debug',
      llm: { provider: 'openai', apiKey: 'sk-test', model: 'gpt-4o-mini', embeddingModel: 'text-embedding-3-large' },
      route: 'llm',
      costPer1kPromptTokensUsd: 0.15,
      costPer1kCompletionTokensUsd: 0.6,
    });
  });

  it("reads the model settings with core's resolver (OPENAI_MODEL, REPLICATE_BASE_URL honoured)", () => {
    expect(parseEnv({ MUSAEID_LLM: 'openai', OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'gpt-4.1' }).llm).toEqual({
      provider: 'openai',
      apiKey: 'sk-test',
      model: 'gpt-4.1',
    });
    expect(
      parseEnv({ MUSAEID_LLM: 'replicate', REPLICATE_API_TOKEN: 'r8_x', REPLICATE_BASE_URL: 'http://127.0.0.1:9/v1' })
        .llm,
    ).toMatchObject({ provider: 'replicate', apiToken: 'r8_x', baseUrl: 'http://127.0.0.1:9/v1' });
  });

  it('reads MUSAEID_DATABASE_URL as a PostgreSQL URL and names anything else', () => {
    expect(parseEnv({}).databaseUrl).toBeUndefined();
    expect(parseEnv({ MUSAEID_DATABASE_URL: 'postgres://m@127.0.0.1:5432/musaeid' }).databaseUrl).toBe(
      'postgres://m@127.0.0.1:5432/musaeid',
    );
    expect(() => parseEnv({ MUSAEID_DATABASE_URL: 'sqlite:./x.db' })).toThrow(
      /MUSAEID_DATABASE_URL: expected postgres:/,
    );
  });

  it('names every bad setting at once', () => {
    let error: unknown;
    try {
      parseEnv({ PORT: 'eighty', MUSAEID_RATE_LIMIT_PER_MINUTE: '-1', MUSAEID_LOG_LEVEL: 'loud', MUSAEID_LLM: 'gpt' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'MUSAEID_RATE_LIMIT_PER_MINUTE', 'MUSAEID_LOG_LEVEL', 'MUSAEID_LLM'])
      expect(problems).toContain(name);
    expect(problems).toContain('"eighty"');
  });

  it.each([
    ['openai', 'OPENAI_API_KEY'],
    ['replicate', 'REPLICATE_API_TOKEN'],
  ])('a missing key for MUSAEID_LLM=%s names %s', (provider, variable) => {
    expect(() => parseEnv({ MUSAEID_LLM: provider })).toThrow(new RegExp(`${variable}: required`));
  });

  it('MUSAEID_ROUTE: offline-first by default with a model, offline without; offline, offline-first or llm', () => {
    const openai = { MUSAEID_LLM: 'openai', OPENAI_API_KEY: 'sk' };
    expect(parseEnv(openai).route).toBe('offline-first');
    expect(parseEnv({}).route).toBe('offline');
    for (const route of ['offline', 'offline-first', 'llm'] as const)
      expect(parseEnv({ ...openai, MUSAEID_ROUTE: route }).route).toBe(route);
    expect(parseEnv({ MUSAEID_ROUTE: 'offline' }).route).toBe('offline');
  });

  it.each([
    [{ MUSAEID_ROUTE: 'llm' }, 'MUSAEID_ROUTE: MUSAEID_ROUTE=llm needs a model'],
    [{ MUSAEID_ROUTE: 'offline-first' }, 'MUSAEID_ROUTE: MUSAEID_ROUTE=offline-first needs a model'],
    [
      { MUSAEID_LLM: 'ollama', OLLAMA_HOST: 'http://127.0.0.1:11434', MUSAEID_ROUTE: 'cheap' },
      "must be one of offline, offline-first, llm (got 'cheap')",
    ],
  ])('names MUSAEID_ROUTE when it cannot be honoured (%j)', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it('reports a missing provider key once, not also the route that needs it', () => {
    let error: unknown;
    try {
      parseEnv({ MUSAEID_LLM: 'openai', MUSAEID_ROUTE: 'llm' });
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([expect.stringMatching(/^OPENAI_API_KEY: required/)]);
  });
});
