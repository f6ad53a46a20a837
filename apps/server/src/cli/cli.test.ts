/**
 * The CLI as users run it (node + tsx, a real database file in a tmp dir): exit codes, one-line
 * errors, `users create --json`, `serve --demo-if-empty` on an empty database, `ask --batch`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { MIGRATIONS, openSqlite } from '@musaeid/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AppStore } from '../store/AppStore';
import { SqliteClient } from '../store/SqliteClient';

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'index.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('MUSAEID_') && !k.startsWith('VITEST')) out[k] = v;
  return { ...out, MUSAEID_LOG_LEVEL: 'warn', MUSAEID_LLM: 'offline' };
}

function cli(args: string[], opts: { until?: RegExp; timeoutMs?: number } = {}): Promise<Run & { kill: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timeout: ${args.join(' ')}\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 120_000);
    const done = (code: number | null) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, kill: () => child.kill('SIGTERM') });
    };
    // Decoded as one stream: a chunk may end inside a multi-byte character ('José' split as 'Jos' + bytes).
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      if (opts.until?.test(stdout)) done(null);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('error', reject);
    child.on('exit', (code) => done(code));
  });
}

function exitOf(child: { kill: () => void }, run: () => Promise<void>): Promise<void> {
  return run().finally(() => child.kill());
}

describe('musaeid CLI', () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-cli-'));
    db = path.join(dir, 'cli.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['users', 'create', '--email', 'not-an-email', '--db', 'X'], /--email "not-an-email" is not an e-mail address/],
    [['ask', '--db', 'X'], /give a question/],
    [['ask', 'q', '--db', '/nonexistent/none.db'], /does not exist/],
    [['ask', 'q', '--as-of', '2024-02-30'], /must be a date YYYY-MM-DD/],
    [['demo', '--people', '0'], /--people must be a positive whole number/],
    [['ingest', '--from', '/nonexistent-folder', '--db', 'X'], /is not a folder/],
    [['serve', '--port', 'eighty'], /must be a port number/],
    [['serve', '--route', 'llm'], /--route: MUSAEID_ROUTE=llm needs a model: set MUSAEID_LLM to a provider/],
    [['serve', '--route', 'fast'], /--route: MUSAEID_ROUTE must be one of offline, offline-first, llm \(got 'fast'\)/],
    [['frobnicate'], /unknown command/],
  ])('exits non-zero with one clear line: %j', async (args, message) => {
    const run = await cli(args.map((a) => (a === 'X' ? db : a)));
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('migrates idempotently and creates users whose key works (--json)', async () => {
    const first = await cli(['migrate', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`applied ${MIGRATIONS.length} migration`));
    expect((await cli(['migrate', '--db', db])).stdout).toMatch(/up to date/);
    const created = await cli(['users', 'create', '--email', 'cli@example.test', '--admin', '--db', db, '--json']);
    expect(created.code).toBe(0);
    const { userId, apiKey } = JSON.parse(created.stdout.trim()) as { userId: string; apiKey: string };
    const sqlite = openSqlite(db);
    try {
      const auth = await new AppStore(new SqliteClient(sqlite)).users.authenticate(apiKey);
      expect(auth?.user).toMatchObject({ id: userId, role: 'admin', email: 'cli@example.test' });
    } finally {
      sqlite.close();
    }
    const again = await cli(['users', 'create', '--email', 'cli@example.test', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('issues a new key to an existing user (users key --email)', { timeout: 180_000 }, async () => {
    const file = path.join(dir, 'keys.db');
    const created = await cli(['users', 'create', '--email', 'keys@example.test', '--db', file, '--json']);
    expect(created.code).toBe(0);
    const { userId, apiKey } = JSON.parse(created.stdout.trim()) as { userId: string; apiKey: string };
    // The way back after revoking the last key: a new key for the existing user.
    const issued = await cli(['users', 'key', '--email', 'KEYS@example.test', '--db', file, '--json']);
    expect(issued.code).toBe(0);
    const fresh = JSON.parse(issued.stdout.trim()) as { userId: string; apiKey: string };
    expect(fresh.userId).toBe(userId);
    expect(fresh.apiKey).not.toBe(apiKey);
    const check = openSqlite(file);
    try {
      expect((await new AppStore(new SqliteClient(check)).users.authenticate(fresh.apiKey))?.user.id).toBe(userId);
    } finally {
      check.close();
    }
    const nobody = await cli(['users', 'key', '--email', 'nobody@example.test', '--db', file]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/No user with e-mail/);
  });

  it('serve --demo-if-empty fills an empty database, prints the admin key once, serves, and stops on SIGTERM', async () => {
    const fresh = path.join(dir, 'fresh.db');
    const server = await cli(['serve', '--db', fresh, '--port', '0', '--demo-if-empty'], {
      until: /listening on (http:\/\/\S+)/,
    });
    await exitOf(server, async () => {
      const url = /listening on (http:\/\/\S+)/.exec(server.stdout)?.[1] ?? '';
      const key = /\b(msd_[A-Za-z0-9_-]+)/.exec(server.stdout)?.[1] ?? '';
      expect(key).not.toBe('');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
      const me = (await (await fetch(`${url}/api/me`, { headers })).json()) as { role: string };
      expect(me.role).toBe('admin');
      const { chatId } = (await (await fetch(`${url}/api/chats`, { method: 'POST', headers, body: '{}' })).json()) as {
        chatId: string;
      };
      const sent = (await (
        await fetch(`${url}/api/chats/${chatId}/messages`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ text: 'How many events are there?' }),
        })
      ).json()) as { assistantMessage: { answer: { status: string; rowCount: number } } };
      expect(sent.assistantMessage.answer.status).toBe('answered');
      const suggestions = (await (await fetch(`${url}/api/suggestions`, { headers })).json()) as {
        suggestions: unknown[];
      };
      expect(suggestions.suggestions.length).toBeGreaterThan(3);
    });
    // A second start on the same (now filled) database creates no admin and prints no key.
    const second = await cli(['serve', '--db', fresh, '--port', '0', '--demo-if-empty'], { until: /listening on/ });
    second.kill();
    expect(second.stdout).not.toMatch(/msd_/);
  });

  it('ask --batch --json writes one line per question, asking context turns first', async () => {
    const demoDb = path.join(dir, 'demo.db');
    expect((await cli(['demo', '--db', demoDb, '--people', '200', '--seed', '5'])).code).toBe(0);
    const batch = path.join(dir, 'batch.jsonl');
    writeFileSync(
      batch,
      [
        JSON.stringify({ id: 'a', question: 'How many events are there?' }),
        JSON.stringify({ id: 'b', question: 'Which of them are in Singapore?', context: ['Which events are there?'] }),
        JSON.stringify({ id: 'c', question: 'Delete all companies' }),
      ].join('\n'),
    );
    const run = await cli(['ask', '--db', demoDb, '--as-of', '2024-07-15', '--batch', batch, '--json']);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    for (const l of lines)
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['id', 'sql', 'columns', 'rows', 'refused', 'text']));
    expect(lines[2]?.refused).toBe(true);
  });

  it('ask pages as the server does: the first page by the walk, --json the whole result read on demand up to the cap', async () => {
    const pagedDb = path.join(dir, 'paged.db');
    // More people than a first-page walk covers (5,000 rows of the list's order) and than the row cap (10,000).
    expect((await cli(['demo', '--db', pagedDb, '--people', '12000', '--seed', '5'])).code).toBe(0);
    const sqlite = openSqlite(pagedDb);
    try {
      // Printed: the first page, read by the walk (its total is "at least" what the walk found).
      const shown = await cli(['ask', 'List all people', '--db', pagedDb]);
      expect(shown.code, shown.stderr).toBe(0);
      expect(shown.stdout).toMatch(/^Found at least [\d,]+ results/);
      expect(shown.stdout).toMatch(/\.\.\. at least [\d,]+ more row\(s\)/);
      // A prediction: the whole result up to the cap, in the statement's order, and said to be cut there.
      const json = await cli(['ask', 'List all people', '--db', pagedDb, '--json']);
      expect(json.code, json.stderr).toBe(0);
      const prediction = JSON.parse(json.stdout.trim()) as {
        sql: string;
        rows: unknown[][];
        rowCount: number;
        truncated: boolean;
      };
      const all = sqlite.prepare(prediction.sql).raw(true).all() as unknown[][];
      expect(all.length).toBeGreaterThan(10_000);
      expect(prediction.rows).toEqual(all.slice(0, 10_000));
      expect(prediction.truncated).toBe(true);
      expect(prediction.rowCount).toBeGreaterThan(10_000);
    } finally {
      sqlite.close();
    }
  }, 300_000);
});
