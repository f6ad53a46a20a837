import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, type Fixture } from '../../testkit';
import { LEXICON } from '../lexiconTable';
import { titleForms } from './titlePhrases';

describe('title forms', () => {
  it('a "... management" phrase matches the manager titles too', () => {
    expect(titleForms('revenue', 'management')).toEqual(['revenue management', 'revenue manager']);
    expect(titleForms('brand', 'managers')).toEqual(['brand management', 'brand manager']);
    expect(titleForms('demand', 'generation')).toEqual(['demand generation']);
  });
});

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('job functions of two words read from the titles of %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('titlePhrases');
  });
  afterAll(() => f?.close());

  it('a phrase the titles use, before a people noun, is a title condition with exactly those people', () => {
    if (!f) return;
    // a two-word phrase that several titles use and that the vocabulary does not read by itself
    const titles = [...f.oracle('SELECT lower(job_title) FROM people WHERE job_title IS NOT NULL')].map(String);
    const counts = new Map<string, number>();
    for (const t of titles) {
      const words = t.split(/[^a-z]+/).filter((x) => x.length >= 3);
      for (let k = 0; k + 1 < words.length; k++) {
        const key = `${words[k]} ${words[k + 1]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const phrase = [...counts]
      .filter(([k, n]) => n >= 2 && !LEXICON.has(k))
      .map(([k]) => k)
      .find((k) => {
        const r = f?.ask(`${k} people`);
        return r?.kind === 'sql' && r.interpretation.includes(`job title mentions ${k}`);
      });
    expect(phrase).toBeDefined();
    const asked = f.ask(`who are the ${phrase ?? ''} people?`);
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toContain(`job title mentions ${phrase ?? ''}`);
    const [first = '', second = ''] = (phrase ?? '').split(' ');
    const forms = titleForms(first, second);
    const rows = f.db.prepare('SELECT full_name, job_title FROM people WHERE job_title IS NOT NULL').all() as {
      full_name: string;
      job_title: string;
    }[];
    const words = (t: string): string =>
      ` ${t
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .join(' ')} `;
    const expected = new Set(
      rows.filter((r) => forms.some((x) => words(r.job_title).includes(` ${x} `))).map((r) => r.full_name),
    );
    const got = new Set(asked.rows.map((r) => String(r[asked.columns.indexOf('full_name')])));
    expect(got.size).toBeGreaterThan(0);
    // whole words only: every person found is one whose title uses the phrase as words
    expect([...got].filter((name) => !expected.has(name))).toEqual([]);
  });

  // "event managers or events people at ...": a list of person nouns heads the question (people), and "events" before
  // a people noun is the line of work their titles say, never the events asked
  it('"events people" are the people whose titles say events', () => {
    if (!f) return;
    const expected = f.oracle("SELECT full_name FROM people WHERE lower(job_title) LIKE '%event%'");
    if (expected.size < 2) return;
    const asked = f.ask('event managers or events people');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/^people whose job title mentions/);
    expect(asked.interpretation).not.toMatch(/^events/);
  });

  it('a phrase no title uses is asked about, not answered', () => {
    if (!f) return;
    expect(f.ask('who are the zebra wrangling people?').kind).not.toBe('sql');
  });

  it.each(['c-suite people', 'the c suite contacts', 'vp-level people', 'vp level contacts'])(
    'seniority written with a hyphen or "level": %s',
    (q) => {
      if (!f) return;
      const asked = f.ask(q);
      expect(asked.kind).toBe('sql');
      if (asked.kind === 'sql') expect(asked.interpretation).toMatch(/seniority is (C-level|VP)/);
    },
  );

  // "<title noun> of <word>" that a title of the data uses whole: a chief of staff is no chief officer
  it.each(['chiefs of staff', 'who is the chief of staff'])('%s: the title, not C-level', (q) => {
    if (!f) return;
    const expected = f.oracle("SELECT full_name FROM people WHERE lower(job_title) LIKE '%chief of staff%'");
    // the demo data's titles may use no such phrase: then there is no title to read
    if (expected.size === 0) return;
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/job title mentions chief of staff/);
    expect(asked.interpretation).not.toContain('C-level');
    expect(new Set(asked.rows.map((r) => r[asked.columns.indexOf('full_name')]))).toEqual(expected);
  });

  // a field of people after "of" closing a phrase of people is what they head, not their field: "head of revenue"
  // was read as the people's revenue and refused
  it.each(['who is the director of revenue', 'list the heads of revenue please'])(
    '%s: the title the data uses whole, not the revenue field',
    (q) => {
      if (!f) return;
      const head = q.includes('director') ? 'director' : 'head';
      const expected = f.oracle(`SELECT full_name FROM people WHERE lower(job_title) LIKE '%${head} of revenue%'`);
      if (expected.size === 0) return;
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      if (asked.kind !== 'sql') return;
      expect(asked.interpretation).toContain(`job title mentions ${head} of revenue`);
      expect(new Set(asked.rows.map((r) => r[asked.columns.indexOf('full_name')]))).toEqual(expected);
    },
  );

  it('a function after "of" stays the level and the function: "directors of operations"', () => {
    if (!f) return;
    const asked = f.ask('directors of operations');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(
      /seniority is Director, whose job functions include Operations/,
    );
  });
});
