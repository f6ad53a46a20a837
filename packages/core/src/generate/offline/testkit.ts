/**
 * Test helpers for the offline generator (imported by its tests only): a demo database seeded through the
 * real ingestion path, the real CSVs ingested when present, and `ask` that generates and runs a question.
 */
import Database from 'better-sqlite3';
import { warnIfNoRealData } from '@musaeid/testkit';
import { AS_OF } from '../../testing/fixtureDatabases';
import type { ConversationTurn } from '../../types/ConversationTurn';
import type { GeneratedQuery } from '../SqlGenerator';
import { afterAll, beforeAll, inject } from 'vitest';
import { OfflineSqlGenerator } from './OfflineSqlGenerator';
import { LEXICON_PHRASES } from './parse/lexiconTable';
import type { Mention } from './parse/Mention';
import { scanMentions } from './parse/scanMentions';
import { scanTime } from './parse/scanTime';
import { normKey, tokenize } from './text/tokenize';
import { buildValueIndex, type ValueIndex } from './values/ValueIndex';
import type { ValueRows } from './values/valueRows';

export { AS_OF };

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

/**
 * The fixtures over the run's shared database files (see testing/fixtureDatabases.ts), one per file and worker: the
 * database is opened read-only and the generator (its value index) built once per worker, not once per test file.
 * Nothing changes them after they are built, so sharing them leaves the test files independent of each other.
 */
const fixtures = new Map<string, Fixture>();

function fixture(file: string): Fixture {
  let made = fixtures.get(file);
  if (!made) {
    made = openFixture(file);
    fixtures.set(file, made);
  }
  return made;
}

function openFixture(file: string): Fixture {
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
    // The database stays open for the worker's other test files (read-only: nothing to flush); the run's
    // globalSetup removes the file at the end.
    close(): void {},
  };
}

/** The demo database (fixed seed, "today" = AS_OF, built through migrate + ingestCsvFolder once per run). */
export async function demoFixture(): Promise<Fixture> {
  return fixture(inject('fixtureDatabases').demo);
}

/** A fixture's value index (what its generator reads), built once per worker: the fixtures are shared, see {@link fixture}. */
const indexes = new WeakMap<Fixture, ValueIndex>();

export function valueIndexOf(f: Fixture): ValueIndex {
  let index = indexes.get(f);
  if (!index) {
    index = buildValueIndex(f.db, LEXICON_PHRASES);
    indexes.set(f, index);
  }
  return index;
}

/**
 * A fixture and its value index for the tests of one describe block: made before them, closed after (call inside
 * `describe`). With no maker (the real CSVs absent) both stay null and the block says so once; tests read
 * `const { f, index } = scanned` and return or skip while they are null.
 */
export function scannedFixture(
  make: (() => Promise<Fixture>) | null,
  label: string,
): { f: Fixture | null; index: ValueIndex | null } {
  const scanned: { f: Fixture | null; index: ValueIndex | null } = { f: null, index: null };
  beforeAll(async () => {
    if (!make) return warnIfNoRealData(label);
    scanned.f = await make();
    scanned.index = valueIndexOf(scanned.f);
  });
  afterAll(() => scanned.f?.close());
  return scanned;
}

/**
 * A fixture and its value index for the tests of one describe block that always has one (the demo data, or the
 * real data inside a block that runs only when it is present); the getters throw when used outside a test.
 */
export function scanner(make: () => Promise<Fixture>): { fixture: () => Fixture; index: () => ValueIndex } {
  const scanned = scannedFixture(make, 'scanner');
  const ready = <T>(value: T | null): T => {
    if (value === null) throw new Error('scanner: used outside a test of its describe block');
    return value;
  };
  return { fixture: () => ready(scanned.f), index: () => ready(scanned.index) };
}

/** The demo fixture and its value index for the tests of one describe block (see {@link scanner}). */
export function demoScanner(): { fixture: () => Fixture; index: () => ValueIndex } {
  return scanner(demoFixture);
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

/** The demo fixture and its busiest company's name, for the tests of one describe block (see {@link demoWithCompany}). */
export interface DemoWithCompany {
  readonly f: Fixture;
  readonly company: string;
}

/**
 * The demo fixture and the name of its busiest company (with e-mail addresses when `withEmail`) for the tests of one
 * describe block: made before them, closed after (call inside `describe`; read `demo.f` and `demo.company` inside
 * tests). Tests about "a named
 * company's people" need a company with people, and the demo data's names are generated.
 */
export function demoWithCompany(opts: { withEmail?: boolean } = {}): DemoWithCompany {
  let made: { f: Fixture; company: string } | null = null;
  beforeAll(async () => {
    const f = await demoFixture();
    made = { f, company: busiestCompany(f, opts) };
  });
  afterAll(() => made?.f.close());
  const ready = (): { f: Fixture; company: string } => {
    if (!made) throw new Error('demoWithCompany: used outside a test of its describe block');
    return made;
  };
  return {
    get f() {
      return ready().f;
    },
    get company() {
      return ready().company;
    },
  };
}

/** The e-mail addresses of the people at the companies of a name (each company of that name). */
export function companyEmails(f: Fixture, name: string): Set<unknown> {
  return f.oracle(
    'SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ? AND p.email IS NOT NULL',
    name,
  );
}

/** A company of {@link companyValueRows}: its name and domain, its city and country when a test needs them. */
export interface TestCompany {
  readonly name: string;
  readonly domain: string;
  readonly city?: string | null;
  readonly country?: string | null;
}

/**
 * Value rows holding the companies given (ids from 1, in order) and the other tables given in `more`, every other
 * table absent: the index a test of one reader needs, with names of its own, without a database.
 */
export function companyValueRows(companies: readonly TestCompany[], more: Partial<ValueRows> = {}): ValueRows {
  return {
    eventTexts: null,
    companyOverviews: null,
    participants: null,
    events: null,
    companies: companies.map((c, i) => ({
      id: i + 1,
      name: c.name,
      domain: c.domain,
      city: c.city ?? null,
      country: c.country ?? null,
    })),
    people: null,
    jobTitles: null,
    peopleCountries: null,
    staffedCompanies: null,
    companyStates: null,
    peopleStates: null,
    companyIndustries: null,
    eventTags: null,
    peopleCities: null,
    industries: null,
    tags: null,
    ...more,
  };
}

/** The real CSVs ingested into a temp database, once per run (call only when `hasRealData`). */
export async function realFixture(): Promise<Fixture> {
  const { real } = inject('fixtureDatabases');
  if (!real) throw new Error('realFixture: the real CSVs are absent (call only when hasRealData)');
  return fixture(real);
}

function notAnswered(asked: Asked): string {
  if (asked.kind === 'refusal') return `refused (${asked.code}): ${asked.message}`;
  if (asked.kind === 'clarify') return `clarify: ${asked.clarification.question}`;
  return 'answered';
}

/**
 * What the engine made of a question (earlier turns first): the interpretation it answered with, or how it answered
 * instead ('clarify', 'refusal'). The readers' real-data tests compare this with what each sentence means.
 */
export function interpretationOf(f: Fixture, ...questions: string[]): string {
  const asked = f.ask(...questions);
  return asked.kind === 'sql' ? asked.interpretation : asked.kind;
}

/**
 * What the scan read in a question, lower-cased: the words it left unread (`ignored`) and each mention as
 * "<kind>:<text>". The tests of the readers of asides and clauses compare these.
 */
export function scanReading(index: ValueIndex, question: string): { ignored: string[]; mentions: string[] } {
  const scan = scanMentions(question, index, AS_OF);
  return {
    ignored: scan.ignored.map((x) => x.toLowerCase()),
    mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`),
  };
}

/** The values of one column of the answer to `question`, as a set (throws, saying how it was answered, unless SQL ran). */
export function answeredValues(f: Fixture, question: string, name: string): Set<unknown> {
  const asked = f.ask(question);
  if (asked.kind !== 'sql') throw new Error(`${question}: ${notAnswered(asked)}`);
  return new Set(column(asked, name));
}

/** The distinct values of a result's first column, sorted: the names a list answered with (throws unless it ran SQL). */
export function firstColumnNames(asked: Asked, question = ''): string[] {
  if (asked.kind !== 'sql') throw new Error(`${question}: ${notAnswered(asked)}`);
  return [...new Set(asked.rows.map((r) => String(r[0])))].sort();
}

/** The words of a name as the parser keys them. */
export function nameWords(name: string): string[] {
  return normKey(name).split(' ');
}

/** Whether every word of `ws` is in `name`, in that order: the engine's own matcher, for oracles. */
export { wordsInOrder } from './text/wordOrder';

/**
 * The windows of start dates `scanTime` reads in a text on its own (nothing claimed before it), each with the words it
 * took: the time grammar's tests compare these.
 */
export function startWindows(text: string, asOf = AS_OF): { from: string | null; to: string | null; words: string }[] {
  const tokens = tokenize(text);
  return scanTime(tokens, new Array<boolean>(tokens.length).fill(false), asOf).flatMap((h) =>
    'cond' in h && h.cond.kind === 'startBetween'
      ? [
          {
            from: h.cond.from,
            to: h.cond.to,
            words: tokens
              .slice(h.start, h.end)
              .map((t) => t.norm)
              .join(' '),
          },
        ]
      : [],
  );
}

/** The windows of start dates among scanned mentions, as [from, to]. */
export function mentionWindows(ms: readonly Mention[]): [string | null, string | null][] {
  return ms.flatMap((m) => (m.t === 'cond' && m.cond.kind === 'startBetween' ? [[m.cond.from, m.cond.to]] : []));
}

/** A name without its edition (the words with a digit: years, ordinals): the name shared by an event's listings. */
export function editionless(name: string): string {
  return nameWords(name)
    .filter((x) => !/\d/.test(x))
    .join(' ');
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
  const marks = [',', '/', '-', '_', '&', '(', ')', '.', '|', ':', ';', '@', '+'];
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

/**
 * The SQL and parameters a question compiles to on a fixture (throws unless it ran SQL): two phrasings are read alike
 * when these are equal (the typed-text tests compare a typed question with its plain form).
 */
export function sqlWithParams(f: Fixture, question: string): string {
  const asked = f.ask(question);
  if (asked.kind !== 'sql') throw new Error(`${question}: ${asked.kind}`);
  return `${asked.sql} ${JSON.stringify(asked.params)}`;
}

export function sql(asked: Asked): string {
  if (asked.kind !== 'sql') throw new Error(notAnswered(asked));
  return asked.sql;
}
