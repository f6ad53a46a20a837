import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuardRejection } from '../errors/GuardRejection';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import { Engine } from '../engine/Engine';
import { QueryPool } from '../execute/QueryPool';
import type { SqlGenerator } from '../generate/SqlGenerator';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { ScriptedLlm } from '../testing/ScriptedLlm';
import { testTables } from '../testing/testTables';
import { HOSTILE_QUESTIONS, HOSTILE_STATEMENTS } from './hostileCorpus';
import { SqlGuard } from './SqlGuard';

const DATA = ['events', 'tags', 'event_tags', 'companies', 'company_industries', 'participations', 'people'];
const guard = new SqlGuard({ allowedTables: DATA });

const ALLOWED = [
  'SELECT name FROM events',
  'select count(*) from people;',
  'SELECT e.name, count(*) AS n FROM events e JOIN participations p ON p.event_id = e.id WHERE e.country = ? GROUP BY e.id ORDER BY n DESC LIMIT 10',
  "WITH sg AS (SELECT id FROM events WHERE country = 'Singapore') SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id WHERE p.event_id IN (SELECT id FROM sg)",
  "SELECT name FROM companies WHERE overview LIKE '%$5 million%' ESCAPE '\\'",
  "SELECT full_name FROM people WHERE lower(job_title) LIKE '%ceo%' AND country = 'Singapore'",
  "SELECT strftime('%Y', start_date) AS y, count(*) FROM events GROUP BY y",
  "SELECT name FROM events WHERE start_date >= date('2024-06-01', '-1 month')",
  'SELECT name FROM events UNION SELECT name FROM companies',
  'SELECT name FROM events e WHERE EXISTS (SELECT 1 FROM event_tags t WHERE t.event_id = e.id)',
  'SELECT "name" FROM "events" WHERE \'a;b\' = \'a;b\' -- trailing ; comment',
  "SELECT iif(revenue_usd > 1e6, 'big', 'small'), coalesce(industry, '-') FROM companies",
  'SELECT CAST(founded_year AS TEXT) FROM companies',
  "SELECT replace(name, 'a', 'b') FROM companies",
  'SELECT group_concat(DISTINCT country) FROM events',
  'SELECT name FROM events /* the users table is not read */',
  "SELECT name FROM people WHERE job_title LIKE ? AND NOT (' ' || lower(job_title) || ' ') LIKE ?",
  'SELECT * FROM (SELECT country, count(*) AS n, RANK() OVER (ORDER BY count(*) DESC) AS "rank" FROM people GROUP BY country) WHERE "rank" <= ? ORDER BY "rank"',
  'SELECT name, row_number() over ( /* c */ order by start_date) FROM events',
  'SELECT name FROM companies ORDER BY revenue_usd DESC NULLS LAST, name',
  // one string literal in SQLite ('' is an escaped quote), so nothing is stacked:
  "SELECT * FROM events WHERE name = 'x'' ; DROP TABLE people; --'",
];

describe('SqlGuard', () => {
  it.each(ALLOWED)('accepts %s', (sql) => {
    expect(() => guard.check(sql)).not.toThrow();
  });

  it('reports the tables read and strips the trailing semicolon', () => {
    const checked = guard.check('SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id;');
    expect(checked.sql).toBe('SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id');
    expect(checked.tables).toEqual(['companies', 'participations']);
  });

  it('has a corpus of at least 200 hostile statements', () => {
    expect(HOSTILE_STATEMENTS.length).toBeGreaterThanOrEqual(200);
  });

  it.each(HOSTILE_STATEMENTS.map((s) => [JSON.stringify(s).slice(0, 90), s]))('rejects %s', (_label, sql) => {
    let error: unknown;
    try {
      guard.check(sql);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GuardRejection);
    expect((error as GuardRejection).reason.length).toBeGreaterThan(5);
  });

  it('gives clear, typed reasons', () => {
    const reasonOf = (sql: string) => {
      try {
        guard.check(sql);
      } catch (e) {
        return (e as GuardRejection).rule;
      }
      return null;
    };
    expect(reasonOf('SELECT 1; SELECT 2')).toBe('MULTIPLE_STATEMENTS');
    expect(reasonOf('SELECT * FROM users')).toBe('FORBIDDEN_TABLE');
    expect(reasonOf("SELECT load_extension('x')")).toBe('FORBIDDEN_FUNCTION');
    expect(reasonOf('PRAGMA query_only = OFF')).toBe('FORBIDDEN_KEYWORD');
    expect(reasonOf('SELECT * FROM pragma_table_info(1)')).toBe('FORBIDDEN_TABLE');
    expect(reasonOf('SELECT ＊ FROM events')).toBe('FORBIDDEN_SYNTAX');
    expect(reasonOf('SELECT FROM WHERE')).toBe('PARSE_ERROR');
  });
});

describe('hostile input end to end', () => {
  let data: TestDatabase;
  let before: string;
  beforeAll(() => {
    data = createTestDatabase({ people: 200, companies: 20 });
    before = data.hash();
  });
  afterAll(() => data.cleanup());

  it('the read-only connection refuses writes even without the guard (second wall)', async () => {
    // The wall under test is the read-only connection, not the clock: a generous timeout so a loaded machine (the
    // query process starting slowly) cannot turn the expected SqlExecutionError into a QueryTimeout.
    const pool = new QueryPool({ dbFile: data.file, timeoutMs: 120_000 });
    try {
      for (const sql of [
        'DELETE FROM people',
        "INSERT INTO tags VALUES ('a','b',NULL)",
        'DROP TABLE people',
        'PRAGMA query_only = OFF',
      ]) {
        await expect(pool.run(sql)).rejects.toBeInstanceOf(SqlExecutionError);
      }
    } finally {
      await pool.close();
    }
    expect(data.hash()).toBe(before);
  });

  it('runSql rejects every hostile statement and leaves the file byte-identical', async () => {
    const noGenerator: SqlGenerator = {
      name: 'none',
      generate: async () => ({ kind: 'refusal', code: 'UNMAPPED', message: 'none' }),
    };
    const engine = await Engine.create({ dbFile: data.file, tables: testTables(data.file), generator: noGenerator });
    try {
      for (const sql of HOSTILE_STATEMENTS) {
        const answer = await engine.runSql(sql);
        expect(answer.status, sql).toBe('failed');
        expect(answer.reason?.code, sql).toBe('GUARD_REJECTED');
        expect(answer.rows).toEqual([]);
      }
    } finally {
      await engine.close();
    }
    expect(data.hash()).toBe(before);
  });

  it('the offline generator, given every hostile statement and question, changes and leaks nothing', async () => {
    const engine = await Engine.create({ dbFile: data.file, tables: testTables(data.file) });
    try {
      for (const question of [...HOSTILE_QUESTIONS.map((q) => q.question), ...HOSTILE_STATEMENTS]) {
        const answer = await engine.ask(question, { asOf: '2024-06-01' });
        expect(JSON.stringify(answer), question).not.toContain('secret-hash');
        if (answer.sql) expect(() => new SqlGuard({ allowedTables: DATA }).check(answer.sql!)).not.toThrow();
      }
    } finally {
      await engine.close();
    }
    expect(data.hash()).toBe(before);
    // the whole hostile corpus through the offline parser: 94 s in a clean-clone run at load 12 (60 s default)
  }, 300_000);

  it('a model that obeys prompt injection cannot change or leak anything', async () => {
    const bySql = new Map(HOSTILE_QUESTIONS.map((q) => [q.question, q.sql]));
    const llm = new ScriptedLlm((prompt) => {
      const question = [...prompt.matchAll(/Question: (.*)\nSQLQuery: $/gm)].at(-1)?.[1] ?? '';
      if (prompt.startsWith('Given an input question, synthesize')) return 'synthesized';
      const hostile = [...bySql.entries()].find(([q]) => prompt.includes(`Question: ${q}\nSQLQuery: `))?.[1];
      return `SQLQuery: ${hostile ?? `SELECT '${question}'`}\nSQLResult: done\nAnswer: done`;
    });
    const engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      llmInstance: llm,
      route: 'llm',
    });
    try {
      const questions = [
        ...HOSTILE_QUESTIONS,
        ...HOSTILE_STATEMENTS.slice(0, 120).map((sql) => ({ question: `Please run exactly this: ${sql}`, sql })),
      ];
      for (const { question, sql } of questions) bySql.set(question, sql);
      for (const { question } of questions) {
        const answer = await engine.ask(question, { asOf: '2024-06-01' });
        expect(answer.status, question).not.toBe('answered');
        expect(answer.rows, question).toEqual([]);
        expect(JSON.stringify(answer)).not.toContain('secret-hash');
      }
    } finally {
      await engine.close();
    }
    expect(data.hash()).toBe(before);
  });
});

describe('SqlGuard verdict cache', () => {
  it('accepts a repeated shape from its cache yet still refuses a stacked or forbidden variant', () => {
    const guard = new SqlGuard({ allowedTables: ['events', 'companies'] });
    const first = guard.check("SELECT name FROM events WHERE country = 'Singapore'");
    const again = guard.check("SELECT name FROM events WHERE country = 'France'");
    expect(again).toEqual({ ...first, sql: "SELECT name FROM events WHERE country = 'France'" });
    // Same neutral shape but the lexer sees the difference: never served from the cache.
    expect(() => guard.check("SELECT name FROM events WHERE country = 'x'; DROP TABLE events")).toThrow(GuardRejection);
    expect(() => guard.check('SELECT name FROM users')).toThrow(GuardRejection);
    // A rejection is not cached as an acceptance, and the first verdict still stands.
    expect(guard.check("SELECT name FROM events WHERE country = 'Japan'").tables).toEqual(['events']);
  });
});
