import { describe, expect, it } from 'vitest';

import { ConfigError } from '../errors/ConfigError';
import type { LlmConfig } from './LlmConfig';
import { resolveRoute } from './resolveRoute';

const OPENAI: LlmConfig = { provider: 'openai', apiKey: 'sk' };
const OFFLINE: LlmConfig = { provider: 'offline' };

describe('resolveRoute', () => {
  it('defaults to offline-first with a model and offline without', () => {
    expect(resolveRoute(undefined, OPENAI)).toBe('offline-first');
    expect(resolveRoute('  ', OPENAI)).toBe('offline-first');
    expect(resolveRoute(undefined, OFFLINE)).toBe('offline');
  });

  it('takes each route, whatever its case', () => {
    expect(resolveRoute('llm', OPENAI)).toBe('llm');
    expect(resolveRoute('Offline-First', OPENAI)).toBe('offline-first');
    expect(resolveRoute('offline', OPENAI)).toBe('offline');
    expect(resolveRoute('offline', OFFLINE)).toBe('offline');
  });

  it.each([
    ['fast', OPENAI, "must be one of offline, offline-first, llm (got 'fast')"],
    ['llm', OFFLINE, 'MUSAEID_ROUTE=llm needs a model'],
    ['offline-first', OFFLINE, 'MUSAEID_ROUTE=offline-first needs a model'],
  ])('refuses %s (with %j), naming MUSAEID_ROUTE', (given, llm, message) => {
    let error: unknown;
    try {
      resolveRoute(given, llm);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('MUSAEID_ROUTE');
    expect((error as ConfigError).message).toContain(message);
  });
});
