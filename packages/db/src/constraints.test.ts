import path from 'node:path';

import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DATA_TABLES } from './DATA_TABLES';
import { migrate } from './migrate';
import { openSqlite } from './openSqlite';
import { makeTmp, removeTmp } from '@musaeid/testkit';
import { JOB_FUNCTIONS, RELATIONS, SENIORITIES } from './vocabularies';

const dir = makeTmp();
let db: Database.Database;

beforeAll(async () => {
  const file = path.join(dir, 'c.db');
  await migrate(file);
  db = openSqlite(file);
  db.prepare(
    `INSERT INTO events (id, url, name, start_date, end_date) VALUES (1, 'https://e.example/', 'E', '2024-07-01', '2024-07-02')`,
  ).run();
  db.prepare(`INSERT INTO companies (id, domain, name) VALUES (1, 'acme.example', 'Acme')`).run();
  db.prepare(`INSERT INTO tags (tag, label) VALUES ('oil_gas', 'Oil & Gas')`).run();
});
afterAll(() => {
  db.close();
  removeTmp(dir);
});

// Each bad row must be refused by the database itself, whatever code writes it.
const rejected: [string, string][] = [
  [
    'end before start',
    `INSERT INTO events (url, name, start_date, end_date) VALUES ('u1', 'n', '2024-07-02', '2024-07-01')`,
  ],
  ['impossible date', `INSERT INTO events (url, name, start_date) VALUES ('u2', 'n', '2024-02-30')`],
  ['date not YYYY-MM-DD', `INSERT INTO events (url, name, start_date) VALUES ('u3', 'n', '07/01/2024')`],
  ['duplicate url', `INSERT INTO events (url, name) VALUES ('https://e.example/', 'again')`],
  ['null name', `INSERT INTO events (url, name) VALUES ('u4', NULL)`],
  ['unknown location source', `INSERT INTO events (url, name, location_source) VALUES ('u5', 'n', 'guess')`],
  [
    'employees min > max',
    `INSERT INTO companies (domain, name, employees_min, employees_max) VALUES ('b.example', 'B', 50, 10)`,
  ],
  ['negative revenue', `INSERT INTO companies (domain, name, revenue_usd) VALUES ('c.example', 'C', -1)`],
  ['upper-case domain', `INSERT INTO companies (domain, name) VALUES ('D.example', 'D')`],
  ['duplicate domain', `INSERT INTO companies (domain, name) VALUES ('acme.example', 'Acme 2')`],
  ['unknown relation', `INSERT INTO participations (event_id, company_id, relation) VALUES (1, 1, 'investor')`],
  ['participation FK', `INSERT INTO participations (event_id, company_id, relation) VALUES (99, 1, 'sponsor')`],
  ['event tag FK', `INSERT INTO event_tags (event_id, tag) VALUES (1, 'no_such_tag')`],
  [
    'unknown job function',
    `INSERT INTO people (company_domain, first_name, full_name, identity_key, job_function) VALUES ('acme.example', 'A', 'A', 'a||acme.example', 'wizard')`,
  ],
  [
    'unknown seniority',
    `INSERT INTO people (company_domain, first_name, full_name, identity_key, seniority) VALUES ('acme.example', 'A', 'A', 'a||acme.example', 'boss')`,
  ],
  [
    'empty first name',
    `INSERT INTO people (company_domain, first_name, full_name, identity_key) VALUES ('acme.example', '', 'A', 'x')`,
  ],
  ['unknown ingest action', `INSERT INTO ingest_issues (file, line, action, reason) VALUES ('f', 2, 'ignored', 'r')`],
];

describe('constraints', () => {
  it.each(rejected)('rejects %s', (_name, sql) => {
    expect(() => db.prepare(sql).run()).toThrow(/constraint/i);
  });

  it('accepts a good row of each kind', () => {
    db.prepare(`INSERT INTO participations (event_id, company_id, relation) VALUES (1, 1, 'sponsor')`).run();
    db.prepare(`INSERT INTO event_tags (event_id, tag) VALUES (1, 'oil_gas')`).run();
    db.prepare(
      `INSERT INTO people (company_id, company_domain, first_name, full_name, identity_key, job_function, seniority, email)
       VALUES (1, 'acme.example', 'Ann', 'Ann Lee', 'ann|lee|acme.example', 'sales', 'director', 'ann.lee@acme.example')`,
    ).run();
    db.prepare(
      `INSERT INTO companies (domain, name, employees_min, employees_max, revenue_usd) VALUES ('open.example', 'Open', 10001, NULL, 0)`,
    ).run();
    expect(db.prepare('SELECT count(*) FROM participations').pluck().get()).toBe(1);
    expect(() =>
      db.prepare(`INSERT INTO participations (event_id, company_id, relation) VALUES (1, 1, 'sponsor')`).run(),
    ).toThrow(/UNIQUE/);
  });
});

describe('vocabularies', () => {
  it('accepts every value the classifiers and the ingester produce', () => {
    const insert = db.prepare(
      'INSERT INTO people (company_domain, first_name, full_name, identity_key, job_function, seniority) VALUES (?, ?, ?, ?, ?, ?)',
    );
    db.exec('SAVEPOINT vocab');
    JOB_FUNCTIONS.forEach((f, i) => insert.run('acme.example', 'V', 'V', `v|${i}|f`, f, null));
    SENIORITIES.forEach((s, i) => insert.run('acme.example', 'V', 'V', `v|${i}|s`, null, s));
    db.exec('ROLLBACK TO vocab');
    db.exec('RELEASE vocab');
    for (const table of DATA_TABLES)
      for (const c of table.columns)
        if (c.values) expect(c.values.length, `${table.name}.${c.name}`).toBeGreaterThan(1);
    expect(RELATIONS).toHaveLength(8);
  });
});

describe('openSqlite', () => {
  it('opens read-only connections that refuse writes', () => {
    const ro = openSqlite(db.name, { readonly: true });
    try {
      expect(ro.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(ro.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(() => ro.prepare(`DELETE FROM events`).run()).toThrow();
    } finally {
      ro.close();
    }
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
