import { existsSync } from 'node:fs';

import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

import { tryStartPgCluster } from './pgCluster';

const attempt = await tryStartPgCluster();

describe.skipIf(!attempt.cluster)('a throwaway PostgreSQL cluster', () => {
  const cluster = attempt.cluster!;
  let stopped = false;
  afterAll(async () => {
    if (!stopped) await cluster.stop();
  });

  it('listens on 127.0.0.1 with fsync off, creates databases, and leaves nothing behind when stopped', async () => {
    const url = await cluster.createDatabase('probe');
    expect(url).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/probe`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ fsync: string; addr: string; db: string }>(
        "SELECT current_setting('fsync') AS fsync, inet_server_addr()::text AS addr, current_database() AS db",
      );
      expect(rows[0]).toEqual({ fsync: 'off', addr: '127.0.0.1/32', db: 'probe' });
    } finally {
      await client.end();
    }
    expect(existsSync(cluster.dir)).toBe(true);
    await cluster.stop();
    stopped = true;
    expect(existsSync(cluster.dir)).toBe(false);
    const late = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    await expect(late.connect()).rejects.toThrow();
  });
});
