/**
 * Test helpers for the offline generator (imported by its tests only): a demo database seeded through the
 * real ingestion path, the real CSVs ingested when present, and `ask` that generates and runs a question.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ingestCsvFolder, seedDemoDatabase } from '@musaeid/db';
import { realDataDir } from '@musaeid/testkit';
import type { ConversationTurn } from '../../types/ConversationTurn';
import type { GeneratedQuery } from '../SqlGenerator';
import { afterAll, beforeAll } from 'vitest';
import { OfflineSqlGenerator } from './OfflineSqlGenerator';
import { LEXICON_PHRASES } from './parse/lexiconTable';
import { buildValueIndex, type ValueIndex } from './values/ValueIndex';

export const AS_OF = '2024-07-15';

export type Asked =
  | (GeneratedQuery & { kind: 'sql'; columns: string[]; rows: unknown[][] })
  | (GeneratedQuery & { kind: 'refusal' })
  | (GeneratedQuery & { kind: 'clarify' });

export interface Fixture {
  db: Database.Database;
  gen: OfflineSqlGenerator;
  /** Generates the SQL for the last question (earlier ones are replayed as history) and runs it. */
  ask(...questions: string[]): Asked;
  /** The first column of an oracle query, as a set. */
  oracle(sql: string, ...params: unknown[]): Set<unknown>;
  close(): void;
}

function fixture(file: string, dir: string): Fixture {
  const db = new Database(file, { readonly: true });
  const gen = OfflineSqlGenerator.create({ db });
  const run = (question: string, history: ConversationTurn[]): Asked => {
    const r = gen.generateSync({ question, history, asOf: AS_OF });
    if (r.kind !== 'sql') return r;
    const stmt = db.prepare(r.sql);
    const rows = stmt.raw(true).all(...r.params) as unknown[][];
    return { ...r, columns: stmt.columns().map((c) => c.name), rows };
  };
  return {
    db,
    gen,
    ask(...questions: string[]): Asked {
      const history: ConversationTurn[] = [];
      let last: Asked | undefined;
      for (const q of questions) {
        const r: Asked = run(q, history);
        history.push(
          r.kind === 'sql'
            ? { question: q, sql: r.sql, interpretation: r.interpretation, understanding: r.understanding }
            : {
                question: q,
                sql: null,
                interpretation: null,
                understanding: r.kind === 'clarify' ? r.understanding : undefined,
              },
        );
        last = r;
      }
      if (!last) throw new Error('no question');
      return last;
    },
    oracle(sql: string, ...params: unknown[]): Set<unknown> {
      return new Set(
        (
          db
            .prepare(sql)
            .raw(true)
            .all(...params) as unknown[][]
        ).map((r) => r[0]),
      );
    },
    close(): void {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A demo database (fixed seed, "today" = AS_OF) built through migrate + ingestCsvFolder. */
export async function demoFixture(): Promise<Fixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'musaeid-offline-demo-'));
  const file = path.join(dir, 'demo.db');
  await seedDemoDatabase({ db: file, seed: 7, people: 1500, today: AS_OF });
  return fixture(file, dir);
}

/**
 * The demo fixture and its value index for the tests of one describe block: made before them, closed after
 * (call inside `describe`). The getters throw when used outside a test.
 */
export function demoScanner(): { fixture: () => Fixture; index: () => ValueIndex } {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    f = await demoFixture();
    index = buildValueIndex(f.db, LEXICON_PHRASES);
  });
  afterAll(() => f?.close());
  const ready = <T>(value: T | null): T => {
    if (value === null) throw new Error('demoScanner: used outside a test of its describe block');
    return value;
  };
  return { fixture: () => ready(f), index: () => ready(index) };
}

/**
 * The name of the company with the most people in a fixture (ties by name), optionally counting only people with
 * an e-mail: the demo data's names are generated, so tests about "a named company's people" look one up.
 */
export function busiestCompany(f: Fixture, opts: { withEmail?: boolean } = {}): string {
  const where = opts.withEmail ? 'WHERE p.email IS NOT NULL ' : '';
  const [name] = f.oracle(
    `SELECT c.name FROM companies c JOIN people p ON p.company_id = c.id ${where}GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 1`,
  );
  if (typeof name !== 'string') throw new Error('busiestCompany: the fixture has no company with people');
  return name;
}

/** The real CSVs ingested into a temp database (call only when `hasRealData`). */
export async function realFixture(): Promise<Fixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'musaeid-offline-real-'));
  const file = path.join(dir, 'real.db');
  await ingestCsvFolder({ from: realDataDir, db: file });
  return fixture(file, dir);
}

function notAnswered(asked: Asked): string {
  if (asked.kind === 'refusal') return `refused (${asked.code}): ${asked.message}`;
  if (asked.kind === 'clarify') return `clarify: ${asked.clarification.question}`;
  return 'answered';
}

/** The column names of a result. */
export function columns(asked: Asked): string[] {
  if (asked.kind !== 'sql') throw new Error(notAnswered(asked));
  return asked.columns;
}

/** The values of one column of a result (by name). */
export function column(asked: Asked, name: string): unknown[] {
  if (asked.kind !== 'sql') throw new Error(notAnswered(asked));
  const i = asked.columns.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${asked.columns.join(', ')}`);
  return asked.rows.map((r) => r[i]);
}

/**
 * An oracle's SQL condition: a person's title (`p.job_title`) says one of the phrases as whole words (lower case,
 * punctuation read as spaces), written independently of the compiler's own word matching.
 */
export function titleSaysSql(...phrases: string[]): string {
  const marks = [',', '/', '-', '&', '(', ')', '.', '|', ':', ';', '@', '+'];
  const padded = `(' ' || ${marks.reduce((expr, ch) => `replace(${expr}, '${ch}', ' ')`, 'lower(p.job_title)')} || ' ')`;
  return `(${phrases.map((x) => `${padded} LIKE '% ${x} %'`).join(' OR ')})`;
}

/**
 * An oracle's SQL: the companies with a participation of the first relation (parameter 1) and none of the second
 * (parameter 2) under any row of their name (a company is one per name, `compile/identity.ts`), from the tables
 * directly.
 */
export const IN_ONE_RELATION_NOT_ANOTHER_SQL = `SELECT c.name FROM companies c
  WHERE EXISTS (SELECT 1 FROM participations p WHERE p.company_id = c.id AND p.relation = ?)
    AND c.name NOT IN (SELECT x.name FROM companies x JOIN participations p ON p.company_id = x.id WHERE p.relation = ?)`;

export function sql(asked: Asked): string {
  if (asked.kind !== 'sql') throw new Error(notAnswered(asked));
  return asked.sql;
}
