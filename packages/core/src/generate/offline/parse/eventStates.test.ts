import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import {
  ASPECT_ADVERBS,
  OCCURRED_BEFORE_STATES,
  PAST_STATE_WORDS,
  PRESENT_STATE_WORDS,
  STARTED_STATE_WORDS,
  STATE_LEADS,
} from '../lexicon/timeWords';
import { AS_OF, column, realFixture, type Fixture } from '../testkit';

/**
 * A past state said of events ("already done", "are over", "have wrapped up", "behind us") is "already took place"
 * (end date, or start date without one, before today), never dropped: "events already done" listing every event
 * answers a broader question. Generated from the lexicon's states and leads, so a state added there is tested here.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('states of events');

describe.runIf(hasRealData)('states of events (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());
  const events = (q: string): Set<unknown> => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return new Set(column(asked, 'event'));
  };
  const past = (): Set<unknown> =>
    f.oracle(`SELECT DISTINCT name FROM events WHERE COALESCE(end_date, start_date) < ?`, AS_OF);

  it('reads every state after every lead, and beside "already", as the events that already took place', () => {
    const all = f.oracle(`SELECT DISTINCT name FROM events`);
    expect(past().size).toBeGreaterThan(0);
    expect(past().size).toBeLessThan(all.size);
    const said: string[] = [];
    for (const state of PAST_STATE_WORDS) {
      for (const lead of STATE_LEADS.filter((x) => ['are', 'have', 'already'].includes(x)))
        said.push(`which events ${lead} ${state}`);
      said.push(`events ${state} already`);
    }
    const wrong = said.filter((q) => {
      const asked = f.ask(q);
      // a state no grammar of English says after this lead ("events have past") may be asked back, never dropped
      if (asked.kind !== 'sql') return false;
      const names = new Set(column(asked, 'event'));
      return names.size !== past().size || [...names].some((x) => !past().has(x));
    });
    expect(wrong).toEqual([]);
  });

  it('reads the plain phrasings people type (the state never filler, "done" never a tense of "do")', () => {
    for (const q of ['events already done', 'events that are over', 'which events have wrapped up', 'events behind us'])
      expect(events(q), q).toEqual(past());
    const count = f.ask('how many events are already over');
    expect(count.kind === 'sql' && count.interpretation).toMatch(/already took place/);
  });

  it('reads a state joined to a verb of occurring as the events that already took place ("have come and gone")', () => {
    for (const lead of OCCURRED_BEFORE_STATES)
      for (const q of [`which conferences have ${lead} and gone`, `events that have already ${lead} and finished`])
        expect(events(q), q).toEqual(past());
    // joined to anything else, the state is no state of the events: the question is never answered as one
    const other = f.ask('which events have sponsors and gone');
    expect(other.kind === 'sql' && /already took place/.test(other.interpretation)).toBe(false);
  });

  it('keeps "over" a comparison and "done by" a verb where a figure or an object follows', () => {
    const longer = f.ask('events that are over 3 days long');
    expect(longer.kind === 'sql' && longer.interpretation).toMatch(/duration/);
    expect(longer.kind === 'sql' && longer.interpretation).not.toMatch(/already took place/);
    const big = f.ask('companies with over 500 employees');
    expect(big.kind === 'sql' && big.interpretation).not.toMatch(/already took place/);
  });

  it('reads a present state after an events noun or its copula as the events running today', () => {
    const running = f.oracle(
      `SELECT DISTINCT name FROM events WHERE start_date <= ? AND COALESCE(end_date, start_date) >= ?`,
      AS_OF,
      AS_OF,
    );
    expect(running.size).toBeGreaterThan(0);
    for (const state of PRESENT_STATE_WORDS)
      for (const q of [`events ${state}`, `which events are ${state}`]) expect(events(q), q).toEqual(running);
    // where a relation has no dates, "currently" says nothing: still the sponsors
    const sponsors = f.ask('companies currently sponsoring events');
    expect(sponsors.kind === 'sql' && sponsors.interpretation).not.toMatch(/running/);
  });

  it('reads a started state after a perfect auxiliary or beside "already" as the events started by today', () => {
    const begun = f.oracle(`SELECT DISTINCT name FROM events WHERE start_date <= ?`, AS_OF);
    for (const state of STARTED_STATE_WORDS)
      for (const q of [`events that have ${state}`, `events already ${state}`]) {
        const asked = f.ask(q);
        // a form no English says after "have" ("have began") may be asked back, never dropped
        if (asked.kind === 'sql') expect(new Set(column(asked, 'event')), q).toEqual(begun);
      }
    expect(events('events that have started')).toEqual(begun);
  });

  it('never answers an injected state as if it were not said (each state changes the answer or is asked)', () => {
    // a state word that is also filler ("over") would be dropped silently where no reader takes it: injected after a
    // copula, it must narrow the answer or be asked back
    expect(PAST_STATE_WORDS.some((x) => FILLER_WORDS.has(x))).toBe(true);
    for (const base of ['events in singapore', 'sponsors of events in singapore'])
      for (const state of [...PAST_STATE_WORDS, ...PRESENT_STATE_WORDS, ...STARTED_STATE_WORDS]) {
        const plain = f.ask(base);
        const injected = f.ask(`${base} that are ${state}`);
        if (injected.kind !== 'sql' || plain.kind !== 'sql') continue;
        expect(injected.interpretation, `${base} that are ${state}`).not.toEqual(plain.interpretation);
      }
  });
});

describe.runIf(hasRealData)('adverbs of aspect ending a clause about events (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('asks about "events already / yet / still" (a state nobody said), never lists every event', () => {
    for (const adverb of ASPECT_ADVERBS)
      for (const q of [`events ${adverb}`, `which events are ${adverb}`, `events that are ${adverb}`])
        expect(f.ask(q).kind, q).toBe('clarify');
  });

  it('keeps the adverb filler inside a clause ("companies that already sponsor events")', () => {
    expect(f.ask('companies that already sponsor events').kind).toBe('sql');
    expect(f.ask('events still to come').kind).toBe('sql');
  });
});
