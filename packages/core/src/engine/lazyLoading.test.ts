import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const HEAVY = /@llamaindex|[\\/](openai|replicate|ollama|js-tiktoken)[\\/]/;

/**
 * Runs `Engine.create` + the first `ask` offline in a fresh Node process and records every
 * module URL it resolves (a resolve hook): nothing of LlamaIndex or a provider client may load.
 */
function modulesLoaded(withLlm: boolean): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'musaeid-lazy-'));
  try {
    const log = path.join(dir, 'imports.log');
    const hook = path.join(dir, 'hook.mjs');
    writeFileSync(
      hook,
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
  return result;
}`,
    );
    const register = path.join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`,
    );
    const offlineExists = existsSync(path.join(here, '../generate/offline/index.ts'));
    const script = path.join(dir, 'run.mts');
    writeFileSync(
      script,
      `import { Engine } from ${JSON.stringify(pathToFileURL(path.join(here, '../index.ts')).href)};
import { createTestDatabase } from ${JSON.stringify(pathToFileURL(path.join(here, '../testing/createTestDatabase.ts')).href)};
import { testTables } from ${JSON.stringify(pathToFileURL(path.join(here, '../testing/testTables.ts')).href)};
const data = createTestDatabase({ people: 10, companies: 5 });
const generator = ${offlineExists || withLlm ? 'undefined' : "{ name: 'scripted', generate: async () => ({ kind: 'sql', sql: 'SELECT name FROM events', params: [], interpretation: 'events' }) }"};
const llm = ${withLlm ? "{ provider: 'openai', apiKey: 'k', baseUrl: 'http://127.0.0.1:9' }" : 'undefined'};
const engine = await Engine.create({ dbFile: data.file, tables: testTables(data.file), generator, llm, embeddings: false });
${withLlm ? '' : "const answer = await engine.ask('Which events are there?');\nif (answer.status === 'failed' && answer.reason?.code !== 'SQL_ERROR') throw new Error(JSON.stringify(answer));"}
await engine.close();
data.cleanup();
`,
    );
    execFileSync(process.execPath, ['--import', 'tsx', '--import', pathToFileURL(register).href, script], {
      cwd: repoRoot,
      stdio: 'pipe',
      timeout: 60_000,
    });
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lazy loading', () => {
  it('offline Engine.create + first ask loads no LlamaIndex or provider module', () => {
    const loaded = modulesLoaded(false);
    expect(loaded.some((url) => url.includes('better-sqlite3') || url.includes('/engine/Engine.ts'))).toBe(true);
    expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
  });

  it('a configured provider does load them (the check above is not vacuous)', () => {
    const loaded = modulesLoaded(true);
    expect(loaded.some((url) => url.includes('@llamaindex'))).toBe(true);
    expect(loaded.some((url) => /[\\/]openai[\\/]/.test(url))).toBe(true);
  });
});
