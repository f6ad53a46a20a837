/**
 * Named things of one kind compared on one measure ("is X longer than Y?", "more contacts in A or B?") are every
 * named thing with its value, the winner first, and the answer knows the yes/no claimed; a comparative that measures
 * nothing, or compares with something that is no named thing of the same kind, is asked about.
 */
import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { comparisonText } from '../../../../answer/comparisonText';
import type { Asked, Fixture } from '../../testkit';
import { realFixture } from '../../testkit';
import { beforeAll } from 'vitest';

function answered(a: Asked, q: string): Extract<Asked, { kind: 'sql' }> {
  if (a.kind !== 'sql') throw new Error(`${q}: ${a.kind} ${JSON.stringify(a)}`);
  return a;
}

/** The verdict text the engine opens its answer with. */
function verdict(a: Extract<Asked, { kind: 'sql' }>): string | null {
  if (!a.comparison) return null;
  const names = ['event', 'company', 'country', 'city'];
  const nameIndex = a.columns.findIndex((c) => names.includes(c));
  return comparisonText(a.comparison, a.columns, a.rows, nameIndex);
}

describe.runIf(hasRealData)('comparisons between named things (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it('a comparative before "than" compares two named events on its column, every event with its value', () => {
    // two events of the data with different lengths, by the oracle
    const [long, short] = [
      ...f.oracle(`SELECT name FROM events WHERE name = 'Worldchefs Congress & Expo 2024'`),
      ...f.oracle(`SELECT name FROM events WHERE name = 'Cloud Expo Asia Singapore 2024'`),
    ].map(String);
    expect(long && short).toBeTruthy();
    for (const [q, yes] of [
      ['is the Worldchefs Congress longer than cloud expo asia?', true],
      ['Is Cloud Expo Asia longer than Worldchefs Congress', false],
      ['is cloud expo asia shorter than the worldchefs congress', true],
      ['was the Worldchefs Congress shorter than Cloud Expo Asia?', false],
    ] as const) {
      const a = answered(f.ask(q), q);
      expect(a.rows, q).toHaveLength(2);
      expect(a.interpretation, q).toMatch(/duration/);
      expect(verdict(a), q).toMatch(yes ? /^Yes: / : /^No: /);
    }
  });

  it('a comparative of an amount between named things counts each of them, the winner first', () => {
    // a choice ("X or Y, where ... more") answers the winner alone, ties kept
    const q = 'RTX or Airbus - where do we have more people?';
    const a = answered(f.ask(q), q);
    expect(a.rows).toHaveLength(1);
    expect(a.sql).toMatch(/"rank" <=/);
    const fewer = 'does rtx have fewer contacts than airbus?';
    const b = answered(f.ask(fewer), fewer);
    expect(b.rows, fewer).toHaveLength(2);
    expect(verdict(b), fewer).toMatch(/^(Yes|No)/);
  });

  it('places compared on an amount are one row each, counted, as "vs" says', () => {
    for (const q of [
      'are there more people in singapore or in india?',
      'do we have more contacts in Germany than in France?',
      'where do we have fewer contacts, japan or australia?',
    ]) {
      const a = answered(f.ask(q), q);
      expect(a.rows, q).toHaveLength(2);
      expect(a.columns[0], q).toBe('country');
      expect(verdict(a), q).not.toBeNull();
    }
  });

  it('a size or a date comparative asked as yes/no between named companies or events ranks both', () => {
    for (const q of ['is rtx bigger than airbus', 'is seamless asia later than cloud expo asia?']) {
      const a = answered(f.ask(q), q);
      expect(a.rows, q).toHaveLength(2);
      expect(a.sql, q).not.toMatch(/"rank" <=/);
    }
  });

  it('a field said between the first thing and "than" is the measure: both things compared, never one that is both', () => {
    for (const q of ["is rtx's revenue higher than airbus's?", 'is airbus revenue bigger than rtx']) {
      const a = answered(f.ask(q), q);
      expect(a.rows, q).toHaveLength(2);
      expect(a.sql, q).not.toMatch(/IN \(SELECT "c2"/);
      expect(verdict(a), q).toMatch(/^(Yes|No)/);
    }
  });

  it('a size or a date comparative choosing one of named companies or events answers the winner alone', () => {
    // "which is larger, X or Y" asks for one of them; both in a ranked list would answer another question
    for (const q of ['which is larger, airbus or rtx?', 'which is later, seamless asia or cloud expo asia?']) {
      const a = answered(f.ask(q), q);
      expect(a.rows, q).toHaveLength(1);
      expect(a.sql, q).toMatch(/"rank" <=/);
    }
  });

  it('a comparative that measures nothing, or set against no named thing of its kind, is asked back', () => {
    for (const [q, word] of [
      ['is airbus better than rtx?', 'better'],
      ['is rtx worse than airbus', 'worse'],
      ['do events in singapore have more sponsors than Seamless Asia?', 'more'],
      ['does rtx have more contacts than Seamless Asia?', 'more'],
      // things of two kinds ("at rtx than in singapore"), or no noun counted ("more at X than at Y")
      ['do we have more contacts at rtx than in singapore?', 'more'],
      ['do we have more at rtx than at airbus?', 'more'],
    ] as const) {
      const a = f.ask(q);
      expect(a.kind, q).toBe('clarify');
      if (a.kind === 'clarify') expect(JSON.stringify(a.clarification), q).toContain(word);
    }
  });

  it('an amount counted at each of two named things is their counts, the qualifiers of the noun kept', () => {
    // a yes/no ("more X at A than at B?", "does A have more X than B?") shows both counts
    for (const [q, qualifier] of [
      ['do we have fewer contacts at rtx than at airbus?', null],
      ['are there fewer marketing people at meltwater than at paypal?', 'job_function'],
      ['does cloudflare have more senior sales people than paypal?', 'seniority'],
      ['are there more VPs at Siemens than at SAP?', 'seniority'],
    ] as const) {
      const a = answered(f.ask(q), q);
      expect(a.rows, q).toHaveLength(2);
      if (qualifier) expect(a.sql, q).toContain(qualifier);
      expect(verdict(a), q).toMatch(/^(Yes|No)/);
    }
    // a choice ("more X at A or at B?", "which has more X, A or B?") answers the one with more, ties kept
    for (const [q, winner] of [
      ['more sales people at paypal or at cloudflare?', 'Cloudflare'],
      ['which has more VPs, SAP or Siemens?', 'SAP'],
      ['who has fewer marketing people: meltwater or paypal?', 'Meltwater'],
      ['meltwater or paypal, who has fewer marketing people?', 'Meltwater'],
    ] as const) {
      const a = answered(f.ask(q), q);
      expect(
        a.rows.map((r) => r[0]),
        q,
      ).toEqual([winner]);
      expect(a.sql, q).toMatch(/"rank" <=/);
    }
    // two events with the same number (none) are level: both kept
    const level = 'more exhibitors at OSEA or at ITB Asia?';
    const b = answered(f.ask(level), level);
    expect(b.rows.length, level).toBeGreaterThanOrEqual(1);
  });

  it('a preposition of time between two named events orders them by start date', () => {
    for (const [q, yes] of [
      ['is ITB Asia before OSEA?', true],
      ['was OSEA after ITB Asia?', true],
      ['does cloud expo asia take place after seamless asia?', false],
      ['does OSEA come before the ITB Asia', false],
    ] as const) {
      const a = answered(f.ask(q), q);
      expect(a.rows, q).toHaveLength(2);
      expect(verdict(a), q).toMatch(yes ? /^Yes: / : /^No: /);
    }
    // both prepositions offered ask which: both shown, the answer names the one first
    const q = 'is seamless asia before or after cloud expo asia?';
    const a = answered(f.ask(q), q);
    expect(a.rows, q).toHaveLength(2);
    expect(verdict(a), q).toMatch(/^Cloud Expo Asia Singapore 2024 is before: /);
  });

  it('a preposition of time with no second event is not a comparison', () => {
    for (const q of ['is ITB Asia before google?', 'events before ITB Asia']) {
      const a = f.ask(q);
      expect(a.kind === 'sql' ? a.comparison : undefined, q).toBeUndefined();
    }
  });

  it('a comparative with a number or a date after "than" stays a bound', () => {
    for (const q of ['events longer than 3 days', 'companies with more sponsors than 2']) {
      const a = f.ask(q);
      expect(a.kind === 'sql' ? a.comparison : undefined, q).toBeUndefined();
    }
  });
});

describe('the verdict of a comparison', () => {
  const unit = { before: '', after: 'days' };
  it('names the winner, the tie, and answers the yes/no asked', () => {
    const rows = [
      ['B', 6],
      ['A', 2],
    ];
    expect(
      comparisonText({ order: 'desc', measure: null, unit, word: 'longer', claimed: ['A'] }, ['event', 'd'], rows, 0),
    ).toBe('No: B 6 days, A 2 days.');
    expect(
      comparisonText({ order: 'desc', measure: 'd', unit, word: 'longer', claimed: ['b'] }, ['event', 'd'], rows, 0),
    ).toBe('Yes: B 6 days, A 2 days.');
    expect(
      comparisonText({ order: 'asc', measure: 'd', unit, word: 'longer', claimed: null }, ['event', 'd'], rows, 0),
    ).toBe('A is longer: A 2 days, B 6 days.');
    const level = [
      ['A', 2],
      ['B', 2],
    ];
    expect(
      comparisonText({ order: 'desc', measure: 'd', unit, word: 'longer', claimed: null }, ['event', 'd'], level, 0),
    ).toBe('A and B are level: A 2 days, B 2 days.');
    expect(
      comparisonText({ order: 'desc', measure: 'd', unit, word: 'longer', claimed: ['A'] }, ['event', 'd'], level, 0),
    ).toMatch(/^No, they are level/);
  });
  it('says a value the data lacks, and nothing when there is one row', () => {
    const rows = [
      ['A', 3],
      ['B', null],
    ];
    expect(
      comparisonText({ order: 'desc', measure: 'd', unit, word: 'longer', claimed: null }, ['event', 'd'], rows, 0),
    ).toBe('A is longer: A 3 days, B no value in the data.');
    expect(
      comparisonText(
        { order: 'desc', measure: 'd', unit, word: 'longer', claimed: null },
        ['event', 'd'],
        [['A', 1]],
        0,
      ),
    ).toBeNull();
  });
});
