import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll } from 'vitest';
import type { ValueIndex } from '../../values/ValueIndex';
import { demoFixture, realFixture, valueIndexOf, type Fixture } from '../../testkit';
import { titlePersonWords, titleWordOf, titlesWith, titleWordQualifierUses } from './titleWords';

/**
 * The people whose job title holds the phrase as whole words (the oracle, over the stored titles), leaving out the
 * titles where the word only qualifies a seniority noun ("Assistant Manager" is no assistant).
 */
function titled(f: Fixture, phrase: string): Set<unknown> {
  const rows = f.db.prepare('SELECT full_name, job_title FROM people WHERE job_title IS NOT NULL').all() as {
    full_name: string;
    job_title: string;
  }[];
  const words = (t: string): string =>
    ` ${t
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .join(' ')} `;
  const qualifying = titleWordQualifierUses(phrase);
  return new Set(
    rows
      .filter((r) => words(r.job_title).includes(` ${phrase} `))
      .filter((r) => !qualifying.some((q) => words(r.job_title).includes(` ${q} `)))
      .map((r) => r.full_name),
  );
}

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('person nouns of the job titles of the %s data', (_name, make) => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    if (!make) return;
    f = await make();
    index = valueIndexOf(f);
  });
  afterAll(() => f?.close());

  it('every person noun of the titles, asked in the plural, is a title condition with exactly those people', () => {
    if (!f || !index) return;
    const words = [...titlePersonWords(index)];
    expect(words.length).toBeGreaterThan(0);
    for (const word of words.slice(0, 25)) {
      const asked = f.ask(`list the ${word}s`);
      expect(asked.kind, word).toBe('sql');
      if (asked.kind !== 'sql') continue;
      expect(asked.interpretation, word).toContain(`job title mentions ${word}`);
      const names = new Set(asked.rows.map((r) => r[asked.columns.indexOf('full_name')]));
      expect(names, word).toEqual(titled(f, word));
    }
  });

  it('a typo of a title word within the spelling allowance is that word', () => {
    if (!index) return;
    const word = [...titlePersonWords(index)].find((x) => x.length >= 6 && x.endsWith('or'));
    if (!word) return;
    // one letter changed in the ending ("editer" for "editor"), in the plural
    expect(titleWordOf(index, `${word.slice(0, -2)}ers`)).toBe(word);
  });

  it('words with another reading are never title words: vocabulary, filler, names of the data', () => {
    if (!index) return;
    for (const x of ['director', 'sales', 'the', 'people', 'companies']) expect(titleWordOf(index, x)).toBeNull();
    // a chief title keeps its vocabulary reading: "information" (a filler word) never makes a title with "chief"
    const asked = f?.ask('chief information officers');
    if (asked?.kind === 'sql') expect(asked.interpretation).toContain('CIO');
    for (const x of titlePersonWords(index)) expect(index.companies.has(x) || index.countries.has(x), x).toBe(false);
  });
});

describe.runIf(hasRealData)('person nouns WordNet files under a relation noun (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  // a technician or a specialist is a kind of expert in WordNet, a coordinator a kind of organizer: the titles
  // name a person's job with them, never a company's part in an event
  it.each(['technician', 'specialist', 'coordinator'])('"the %ss" is a title condition, not a relation', (word) => {
    if (!f) return;
    const asked = f.ask(`list the ${word}s`);
    expect(asked.kind, word).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation, word).toContain(`job title mentions ${word}`);
    expect(asked.interpretation, word).not.toMatch(/experts|organizers/);
    expect(new Set(asked.rows.map((r) => r[asked.columns.indexOf('full_name')]))).toEqual(titled(f, word));
  });

  // "officer": WordNet's first sense is the military officer (a synset of several words, no instance); "assistant"
  // is also an adjective, but only a satellite of "subordinate": both are person nouns of the titles, never the
  // industries they share a stem with (Offices, Assistance)
  it.each([
    ['how many officers are there', 'officer'],
    ['list the assistants at companies in Singapore', 'assistant'],
  ])('"%s": people by their title, not an industry', (q, word) => {
    if (!f) return;
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(new RegExp(`^(number of )?people whose job title mentions ${word}`));
    expect(asked.interpretation).not.toContain('industry');
  });

  it('"assistants" leaves out the titles where the word qualifies a level (Assistant Manager, Assistant Director)', () => {
    if (!f) return;
    const asked = f.ask('list the assistants');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    const names = new Set(asked.rows.map((r) => r[asked.columns.indexOf('full_name')]));
    expect(names).toEqual(titled(f, 'assistant'));
    expect([...titleWordQualifierUses('assistant')]).toEqual(
      expect.arrayContaining(['assistant manager', 'assistant director']),
    );
    expect(titleWordQualifierUses('officer')).toEqual([]);
  });
});

describe.runIf(hasRealData)('title phrases of the real data', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    ['deputy directors in singapore', 'deputy director'],
    ['regional vps', 'regional vice president'],
    ['mba candidates', 'mba candidate'],
    ['general managers', 'general manager'],
    ['board members in singapore', 'board member'],
    // a qualifier before a function word and a seniority noun the titles use together
    ['regional sales directors in singapore', 'regional sales director'],
  ])('%s: one title of the qualifier and the title word (%s)', (q, phrase) => {
    if (!f) return;
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql') expect(asked.interpretation).toContain('job title mentions');
    const index = valueIndexOf(f);
    expect(titlesWith(index, phrase)).toBeGreaterThan(0);
  });
});
