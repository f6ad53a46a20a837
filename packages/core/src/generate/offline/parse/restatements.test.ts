import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, demoFixture, type Fixture } from '../testkit';
import { hedgedConditionMarkers, restatementMarkers } from './restatements';

describe('restatements and hedged conditions (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  /** The reading of a question: its interpretation, with its SQL and parameters (an answered question). */
  const reading = (q: string): string => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return asked.kind === 'sql' ? `${asked.interpretation}\n${asked.sql}\n${JSON.stringify(asked.params)}` : '';
  };
  /** The answer of a question: its columns and rows, in order (conditions may be listed in another order). */
  const answer = (q: string): string => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return asked.kind === 'sql' ? JSON.stringify([asked.columns, asked.rows]) : '';
  };

  // each restated question reads as the plain question it restates
  it.each([
    // the restated value is the one meant: no union with the value it restates (that was broader)
    ['events in europe, i mean germany', 'events in germany'],
    ['list events in france... i mean in spain', 'list events in spain'],
    ['sales people in germany, i mean marketing', 'marketing people in germany'],
    // the value meant stands where the value it restates was said: the people asked stay the ones asked
    ['anyone senior in germany - i mean directors', 'directors in germany'],
    // a noun restated at the end of its clause is what the indefinite word of the request stands for
    ['got anything in germany? events i mean', 'events in germany'],
    ['anything in france - companies i mean', 'companies in france'],
    // a restatement adding a condition narrows the request
    ['events in germany, i.e. upcoming ones', 'upcoming events in germany'],
    [
      'companies in germany, in other words the big ones with over 1000 employees',
      'companies in germany with over 1000 employees',
    ],
    // a hedged condition is a condition
    [
      'companies in germany, i guess anything founded 2010 or later counts',
      'companies in germany founded 2010 or later',
    ],
    ['firms in france - anything with more than 200 staff would do', 'firms in france with more than 200 staff'],
    // a self-correction of one word or phrase: the value after the marker replaces the one of its kind before it
    ['companies that are sponsors - sorry, exhibitors - of events in germany', 'exhibitors of events in germany'],
    ['the partners, i mean the speakers, at events in france', 'the speakers at events in france'],
    ['the speakers (err, sponsors) of events in spain', 'the sponsors of events in spain'],
    ['events in italy, sorry, germany, next year', 'events in germany next year'],
    ['sponsors, or rather exhibitors, of events in france', 'exhibitors of events in france'],
  ])('"%s" reads as "%s"', (restated, plain) => {
    expect(answer(restated)).toBe(answer(plain));
  });

  // a restatement saying which attribute a value is replaces the vaguer value; the reading it rejects excludes nothing
  it.each([
    [
      'which events are banking companies going to? i mean companies whose industry is banking, not the event theme',
      'which events are banking companies going to?',
    ],
    [
      'which sponsors are tech firms? i mean their industry is computer & network security',
      'which sponsors are computer & network security firms?',
    ],
    [
      'which firms at 14th Maritime Week APAC 2024 are real banks? i mean their industry is banking, not the event tag',
      'which firms at 14th Maritime Week APAC 2024 are in banking?',
    ],
  ])('"%s" reads as "%s"', (restated, plain) => {
    expect(answer(restated)).toBe(answer(plain));
  });

  // the asker's guess at the answer is no second condition; the broader reading rejected before "just" excludes nothing
  it.each([
    ['are there any events in germany or is it literally all france', 'are there any events in germany'],
    ['marketing people in germany? not the whole marketing team, just the directors', 'marketing directors in germany'],
  ])('"%s" answers as "%s"', (typed, plain) => {
    expect(answer(typed)).toBe(answer(plain));
  });

  // a negated period sharing no day with the period kept rejects a reading: no condition, never asked back
  it('"february 2025 obviously, not this year" is february 2025', () => {
    expect(answer('which events are in february? february 2025 obviously, not this year')).toBe(
      answer('which events are in february 2025?'),
    );
    // overlapping the period kept, it leaves rows out: never dropped
    expect(
      f.ask('events in 2025, not in february').kind === 'sql' ? reading('events in 2025, not in february') : '',
    ).not.toBe(reading('events in 2025'));
  });

  it('a restated attribute is no second noun and adds no exclusion nor event theme', () => {
    const read = reading(
      'which events are banking companies going to? i mean companies whose industry is banking, not the event theme',
    );
    expect(read).not.toMatch(/not taking part|tagged/);
  });

  it('a name restated after "i mean" with none of its kind before stands for the set a pronoun pointed at', () => {
    const name = busiestCompany(f);
    const plain = f.ask('which companies are in the data?', `does ${name} have people?`);
    expect(plain.kind).toBe('sql');
    for (const restated of [
      `any of those have people? i mean ${name}`,
      `do any of them have people in our db? i mean ${name} specifically`,
    ]) {
      const asked = f.ask('which companies are in the data?', restated);
      expect(asked.kind === 'sql' && JSON.stringify(asked.rows), restated).toBe(
        plain.kind === 'sql' && JSON.stringify(plain.rows),
      );
    }
  });

  it('"i mean ..." is never dropped as a clause about the speaker', () => {
    expect(reading('events in europe, i mean germany')).not.toBe(reading('events in europe'));
  });

  it('a corrected word is replaced, never kept beside its correction nor dropped as a name after an apology', () => {
    expect(reading('companies that are sponsors - sorry, exhibitors - of events in germany')).toMatch(/exhibitor/);
    expect(reading('companies that are sponsors - sorry, exhibitors - of events in germany')).not.toMatch(/sponsor/);
    expect(reading('events in italy, sorry, germany, next year')).not.toMatch(/Italy/);
    // an apology opening the message or closing a clause corrects nothing
    expect(answer('sorry for the typos, which companies sponsor events in germany')).toBe(
      answer('which companies sponsor events in germany'),
    );
  });

  it('"counts" in a hedged condition is no count', () => {
    expect(reading('companies in germany, i guess anything founded 2010 or later counts')).not.toMatch(/number of/i);
  });
});

describe('restatement markers', () => {
  it('are found between words, never as a question of their own', () => {
    expect(restatementMarkers(['events', 'in', 'asia', 'i', 'mean', 'japan'])).toEqual([[3, 5]]);
    expect(restatementMarkers(['ie'])).toEqual([]);
  });

  it('a hedged condition needs its indefinite subject opening its clause and an accepting predicate closing it', () => {
    const w = (s: string): string[] => s.split(' ');
    // clauses: "companies in japan" | "i guess anything founded 2010 or later counts"
    expect(
      hedgedConditionMarkers(w('companies in japan i guess anything founded 2010 or later counts'), new Set([3])),
    ).toEqual([5, 10]);
    // nothing between subject and predicate: no condition stated, and nothing asked either
    expect(hedgedConditionMarkers(w('companies in japan anything counts'), new Set([3]))).toEqual([3, 4]);
    // what trails the predicate is no part of the request
    expect(
      hedgedConditionMarkers(w('directors in japan anyone with vp in the title counts too'), new Set([3])),
    ).toEqual([3, 9, 10]);
    // no accepting predicate closing the clause: no hedged clause ("anyone in sales counts the money")
    expect(hedgedConditionMarkers(w('anyone in sales counts the money'), new Set())).toEqual([]);
    // a content word before the indefinite: no hedged clause ("list anything that counts")
    expect(hedgedConditionMarkers(w('list anything founded in 2010 counts'), new Set())).toEqual([]);
  });

  it('a number of rows asked as the subject of an accepting predicate: the predicate names nothing', () => {
    const w = (s: string): string[] => s.split(' ');
    // clauses: "sponsors by industry" | "top 4 is enough"
    expect(hedgedConditionMarkers(w('sponsors by industry top 4 is enough'), new Set([3]))).toEqual([5, 6]);
    expect(hedgedConditionMarkers(w('cities of our contacts so first five would do'), new Set([4]))).toEqual([7, 8]);
    // another subject: no limit accepted ("the fee is fine")
    expect(hedgedConditionMarkers(w('sponsors by industry the fee is fine'), new Set([3]))).toEqual([]);
  });

  it('the form of the answer as the subject of an accepting predicate: the whole clause names nothing', () => {
    const w = (s: string): string[] => s.split(' ');
    // clauses: "sales people at hpe" | "quick list is fine"
    expect(hedgedConditionMarkers(w('sales people at hpe quick list is fine'), new Set([4]))).toEqual([4, 5, 6, 7]);
    expect(hedgedConditionMarkers(w('how many events in june a rough number would do'), new Set([5]))).toEqual([
      5, 6, 7, 8, 9,
    ]);
    expect(hedgedConditionMarkers(w('ceos of banks just names are ok thanks'), new Set([3]))).toEqual([3, 4, 5, 6, 7]);
    expect(hedgedConditionMarkers(w('ceos of banks just names are ok'), new Set([3]))).toEqual([3, 4, 5, 6]);
    expect(hedgedConditionMarkers(w('events in may so a short table would be great'), new Set([3]))).toEqual([
      3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(hedgedConditionMarkers(w('partners of gstc honestly any list works'), new Set([3]))).toEqual([4, 6, 3, 5]);
    // a subject naming rows or a value is no form of the answer: nothing dropped
    expect(hedgedConditionMarkers(w('sales people at hpe the london office is fine'), new Set([4]))).toEqual([]);
    expect(hedgedConditionMarkers(w('events in june a big venue would be good'), new Set([3]))).toEqual([]);
  });
});
