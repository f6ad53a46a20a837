import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cond, EntityKind, Request } from '../ir/Request';
import { realFixture, type Fixture } from '../testkit';
import { POSTGRESQL_COMPILE_DIALECT } from './CompileDialect';
import { compileRequest } from './compileRequest';

const listOf = (entity: EntityKind, cond: Cond): Request => ({
  version: 1,
  target: { entity, conds: [cond] },
  shape: { kind: 'list' },
  attributes: [],
  ignored: [],
});

/** The words of a text as the word tests read them: lower case, split at anything that is no letter or digit. */
const wordsOf = (text: unknown): string[] =>
  (typeof text === 'string' ? text : '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Every text match built from a word the user typed (a theme searched in the events' text, words inside a name,
 * an industry's words, a venue) holds to word boundaries: a short word or an acronym is a whole token, never a
 * piece of another word ("ai" is not in "Retail", "Thailand" or "Dubai").
 */
describe.skipIf(!hasRealData)('typed words match whole words (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 180_000);
  afterAll(() => f.close());

  const run = (r: Request): unknown[][] => {
    const { sql, params } = compileRequest(r);
    return f.db
      .prepare(sql)
      .raw(true)
      .all(...params) as unknown[][];
  };

  it('the data holds "ai" inside other words, so a substring test would match them', () => {
    // the premise of the tests below, asked of the data itself
    const inside = f.oracle(`SELECT name FROM companies WHERE lower(name) LIKE '%ai%'`);
    const tokens = [...inside].filter((n) => wordsOf(n).includes('ai'));
    expect(inside.size).toBeGreaterThan(tokens.length + 5);
    const industries = f.oracle(`SELECT industry FROM company_industries WHERE lower(industry) LIKE '%ai%'`);
    expect([...industries].some((i) => !wordsOf(i).includes('ai'))).toBe(true);
  });

  it('a title condition finds its words wherever a mark that is no letter joins them ("Development_Asia")', () => {
    // the underscore was no word break: a title joining its region by one was missed by the words before it
    const joined = [...f.oracle(`SELECT job_title FROM people WHERE job_title LIKE '%\\_%' ESCAPE '\\'`)];
    expect(joined.length).toBeGreaterThan(0);
    const phrase = (t: unknown): boolean => ` ${wordsOf(t).join(' ')} `.includes(' business development ');
    const cond: Cond = {
      kind: 'title',
      label: 'business development',
      patterns: ['business development'],
      exclude: [],
      negate: false,
    };
    const { sql, params } = compileRequest({ ...listOf('people', cond), attributes: ['job_title'] });
    const rows = f.db.prepare(sql).all(...params) as Record<string, unknown>[];
    const found = new Set(rows.map((r) => r.job_title));
    const expected = [...f.oracle(`SELECT job_title FROM people`)].filter(phrase);
    expect(expected.some((t) => String(t).includes('_'))).toBe(true);
    expect(found).toEqual(new Set(expected));
  });

  it('words inside a name: "ai" is a whole token of each company name found', () => {
    const rows = run(listOf('companies', { kind: 'nameHas', words: ['ai'], label: 'ai', negate: false }));
    expect(rows.length).toBeGreaterThan(0);
    for (const [name] of rows) expect(wordsOf(name)).toContain('ai');
    // the ones holding it as a word are all found
    const expected = [...f.oracle(`SELECT name FROM companies`)].filter((n) => wordsOf(n).includes('ai'));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(expected));
  });

  it('through the whole engine: "companies with \'ai\' in their name" finds no Thai or retail name', () => {
    const asked = f.ask(`companies with 'ai' in their name`);
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.rows.length).toBeGreaterThan(0);
    for (const [name] of asked.rows) expect(wordsOf(name)).toContain('ai');
  });

  it('a short theme word read through its synonym phrases: "ai companies" is no machinery nor business intelligence', () => {
    const asked = f.ask('ai companies');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.rows.length).toBeGreaterThan(0);
    for (const [name] of asked.rows) {
      const industries = [
        ...f.oracle(
          `SELECT lower(ci.industry) FROM company_industries ci JOIN companies c ON c.id = ci.company_id WHERE c.name = ?`,
          name,
        ),
      ].map(String);
      expect(industries.some((i) => /artificial intelligence|machine learning/.test(i))).toBe(true);
    }
  });

  it('an industry by its words: "ai" matches no "Retail" nor "Email" industry', () => {
    const rows = run(
      listOf('companies', { kind: 'industry', industries: [], words: ['ai'], label: 'ai', negate: false }),
    );
    const ids = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN company_industries ci ON ci.company_id = c.id WHERE lower(ci.industry) LIKE '%retail%'`,
    );
    expect(ids.size).toBeGreaterThan(0);
    for (const [name] of rows) expect(ids.has(name) && !wordsOf(name).includes('ai')).toBe(false);
  });

  it('a theme searched in the events text: a short word is a whole token, a longer word starts a word', () => {
    const short = run(listOf('events', { kind: 'text', words: ['art'], label: 'art', negate: false }));
    const textOf = (name: unknown): string[] =>
      wordsOf([...f.oracle(`SELECT name || ' ' || coalesce(description, '') FROM events WHERE name = ?`, name)][0]);
    // "art" inside "start", "smart", "party" would be a substring match
    const inside = f.oracle(
      `SELECT name FROM events WHERE lower(name || ' ' || coalesce(description, '')) LIKE '%art%'`,
    );
    expect(inside.size).toBeGreaterThan(short.length);
    for (const [name] of short) expect(textOf(name).some((x) => x === 'art' || x === 'arts')).toBe(true);
    const long = run(listOf('events', { kind: 'text', words: ['bank'], label: 'bank', negate: false }));
    for (const [name] of long) expect(textOf(name).some((x) => x.startsWith('bank'))).toBe(true);
  });

  it('a venue pattern starts and ends at word boundaries', () => {
    const rows = run(listOf('events', { kind: 'venue', patterns: ['%suntec%'], label: 'Suntec', negate: false }));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('PostgreSQL spells the same word test with ILIKE', () => {
    const { sql, params } = compileRequest(
      listOf('companies', { kind: 'nameHas', words: ['ai'], label: 'ai', negate: false }),
      POSTGRESQL_COMPILE_DIALECT,
    );
    expect(sql).toContain('ILIKE');
    expect(sql).not.toMatch(/ LIKE /);
    expect(params).toEqual(['%ai%', '% ai %', '%ais%', '% ais %']);
    // words typed together stay together and in order, whatever marks the data puts between them
    expect(
      compileRequest(listOf('events', { kind: 'text', words: ['big data'], label: 'big data', negate: false })).params,
    ).toContain('% big data%');
  });
});
