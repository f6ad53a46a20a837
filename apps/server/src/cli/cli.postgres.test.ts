/**
 * The CLI on PostgreSQL (`--database-url`, env MUSAEID_DATABASE_URL) against a throwaway cluster:
 * migrate creates the schema once, ingest loads a folder, ask answers on it, bad URLs are refused with one line
 * (serving on PostgreSQL end to end: test/postgres-serve.test.ts).
 */
import { generateDemoData, MIGRATIONS } from '@musaeid/db';
import { makeTmp, removeTmp, runCli, tryStartPgCluster } from '@musaeid/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const attempt = await tryStartPgCluster();

describe.skipIf(!attempt.cluster)('musaeid on PostgreSQL', () => {
  const cluster = attempt.cluster!;
  let url = '';
  beforeAll(async () => {
    url = await cluster.createDatabase('cli');
  });
  afterAll(() => cluster.stop());

  it('migrate --database-url creates the schema, then says it is up to date (also from MUSAEID_DATABASE_URL)', async () => {
    const first = await runCli(['migrate', '--database-url', url]);
    expect(first.stderr).toBe('');
    const names = MIGRATIONS.map((m) => m.name);
    expect(first.stdout).toBe(`${url}: applied ${names.length} migration(s): ${names.join(', ')}\n`);
    const again = await runCli(['migrate'], { env: { MUSAEID_DATABASE_URL: url } });
    expect(again.stdout).toBe(`${url}: schema up to date\n`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('events', 'people', 'users', 'messages')",
      );
      expect(rows[0]?.n).toBe('4');
    } finally {
      await client.end();
    }
  });

  it('ingest --database-url loads a folder into PostgreSQL and prints the report', async () => {
    const dir = makeTmp('cli-pg');
    try {
      await generateDemoData({ outDir: dir, seed: 9, people: 120, today: '2026-01-15' });
      const result = await runCli(['ingest', '--from', dir, '--database-url', url]);
      expect(result.code, result.stderr).toBe(0);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM people');
        expect(Number(rows[0]?.n)).toBeGreaterThan(0);
        expect(result.stdout).toContain(`people ${rows[0]?.n}`);
      } finally {
        await client.end();
      }
    } finally {
      removeTmp(dir);
    }
  });

  it('ask --database-url answers on PostgreSQL as the reader role (after the ingest above)', async () => {
    const result = await runCli(['ask', '--database-url', url, '--json', 'How many events are there?']);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { status: string; rows: unknown[][]; sql: string };
    expect(answer.status).toBe('answered');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM events');
      expect(answer.rows[0]?.[0]).toBe(Number(rows[0]?.n));
      // the engine set up its role: SELECT on the data tables only
      const { rows: grants } = await client.query<{ t: string }>(
        "SELECT table_name AS t FROM information_schema.role_table_grants WHERE grantee = 'musaeid_reader' ORDER BY 1",
      );
      expect(grants.map((g) => g.t)).not.toContain('users');
      expect(grants.map((g) => g.t)).toContain('events');
    } finally {
      await client.end();
    }
  });

  it('refuses a URL that is not PostgreSQL with one line (migrate, serve)', async () => {
    for (const command of ['migrate', 'serve']) {
      const bad = await runCli([command, '--database-url', 'mysql://x@127.0.0.1/db']);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toMatch(/--database-url must be postgres:\/\//);
    }
  });
});
