import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import type { Shape } from '../ir/Request';
import { realFixture, type Asked, type Fixture } from '../testkit';

/**
 * Follow-ups that re-shape the earlier answer: an order, a top N, a grouping or a count said with no noun of their own
 * ("sort by revenue high to low, top 10"), an end word around its column ("biggest revenue first"), a phrasal verb of
 * arranging split by its object ("break that down by event"), a number of rows asked of an earlier ranking ("just the
 * top 3 with counts"), the earlier figure asked again of another name ("the same figure for X"), how precise a count
 * should be ("exact number pls"). Each is the earlier request re-shaped, never asked back on the shape words. Real data.
 */
describe.skipIf(!hasRealData)('follow-ups re-shaping the earlier answer (real data)', () => {
  warnIfNoRealData('reshapingFollowUps');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const shapeOf = (r: Asked): Shape | null => {
    if (r.kind !== 'sql') return null;
    const u = r.understanding as { request?: { shape: Shape } } | undefined;
    return u?.request?.shape ?? null;
  };

  it('"sort by revenue high to low, top 10": the earlier set ranked on revenue', () => {
    const r = f.ask('aviation festival asia sponsors', 'sort by revenue high to low, top 10');
    expect(shapeOf(r)).toEqual({ kind: 'rankByColumn', column: 'revenue', order: 'desc', limit: 10 });
    expect(r.kind === 'sql' && r.interpretation).toMatch(/sponsors of events named Aviation Festival Asia/);
  });

  it('"biggest revenue first": the whole list sorted on revenue, highest first', () => {
    const r = f.ask(
      'show me hotel companies sponsoring AHICE South East Asia',
      'gimme revenue + headcount for each, biggest revenue first',
    );
    expect(shapeOf(r)).toEqual({ kind: 'rankByColumn', column: 'revenue', order: 'desc', limit: null });
  });

  it('"break that down by event, count per event": the earlier set counted per event', () => {
    const r = f.ask(
      'companies in the Software Development industry attending any event',
      'break that down by event, count per event',
    );
    expect(r.kind).toBe('sql');
    expect(r.kind === 'sql' && r.columns).toContain('event');
    expect(r.kind === 'sql' && r.interpretation).toMatch(/Software Development.*counted by event/);
  });

  it('"just the top 3 with counts" after a ranking: the ranking cut to three', () => {
    const r = f.ask('which events have the most companies listed?', 'just the top 3 with counts');
    expect(shapeOf(r)).toMatchObject({ kind: 'rankByCount', order: 'desc', limit: 3 });
  });

  it('"how many is that, roughly? actually exact number pls": the count', () => {
    const r = f.ask(
      'list the sponsors of Global Space and Technology Convention 2025',
      'how many is that, roughly? actually exact number pls',
    );
    expect(shapeOf(r)).toEqual({ kind: 'count' });
  });

  it('"the same figure for X": the earlier count of another event', () => {
    const r = f.ask(
      'Which companies are attending Cyber Security World Asia?',
      'How many are there?',
      'Now give me the same figure for Cloud Expo Asia Singapore 2024.',
    );
    expect(shapeOf(r)).toEqual({ kind: 'count' });
    expect(r.kind === 'sql' && r.interpretation).toMatch(/Cloud Expo Asia Singapore 2024/);
  });

  it('"whats the avg revenue of that group": the average over the earlier set', () => {
    const r = f.ask(
      'sponsors of aviation festival asia 2025 with revenue over $1 billion',
      'whats the avg revenue of that group',
    );
    expect(shapeOf(r)).toMatchObject({ kind: 'aggregate', fn: 'avg', column: 'revenue_usd' });
  });

  it('"which one\'s first" after a list of events: the earliest of them', () => {
    const r = f.ask("what's on at Singapore EXPO?", "which one's first");
    expect(shapeOf(r)).toMatchObject({ kind: 'rankByColumn', order: 'asc', limit: 1 });
    expect(r.kind === 'sql' && r.interpretation).toMatch(/Singapore EXPO/);
  });

  it('"just the venue and URL columns": those fields shown, no count per venue', () => {
    const r = f.ask('list all events in 2025', 'give me just the venue and URL columns');
    expect(shapeOf(r)).toEqual({ kind: 'list' });
    expect(r.kind === 'sql' && r.columns).toEqual(expect.arrayContaining(['venue', 'url']));
  });

  it('"show their relation to the event and employee count": both shown beside each company', () => {
    const r = f.ask(
      'companies at ABS 2024 architecture and building services',
      'show their relation to the event and employee count',
    );
    expect(r.kind === 'sql' && r.columns).toEqual(expect.arrayContaining(['company', 'relation', 'employees_raw']));
  });

  it('"order by employees desc" / "sorted by number of sponsors": the earlier set ordered, not a new set', () => {
    const r = f.ask('aviation festival asia sponsors', 'order by employees desc');
    expect(shapeOf(r)).toEqual({ kind: 'rankByColumn', column: 'size', order: 'desc', limit: null });
    const e = f.ask('events in 2025', 'sorted by number of sponsors');
    expect(e.kind === 'sql' && e.interpretation).toMatch(
      /^events starting 2025-01-01\.\.2025-12-31, each with its number of sponsors/,
    );
  });

  it('"reverse the order" after a ranking: the same ranking, the other end first', () => {
    const r = f.ask('aviation festival asia sponsors', 'sort them by revenue, top 10', 'reverse the order');
    expect(shapeOf(r)).toEqual({ kind: 'rankByColumn', column: 'revenue', order: 'asc', limit: 10 });
  });

  it('"only at companies sponsoring something" after people: the same people, at those companies; "count" counts them', () => {
    const r = f.ask('sg-based marketing managers at any company', 'only at companies sponsoring something', 'count');
    expect(r.kind === 'sql' && r.interpretation).toMatch(/^number of people in Singapore.*sponsors of events/);
  });

  it('"coming up in the next two months": one window, never two ANDed', () => {
    const r = f.ask('What events are coming up in the next two months?');
    expect(r.kind === 'sql' && r.interpretation).toMatch(/^events starting 2024-07-15\.\.2024-09-15/);
    expect(r.kind === 'sql' && r.interpretation).not.toMatch(/both must hold/);
  });
  it.each([['which one has the most companies'], ['which has the most exhibitors?']])(
    '"%s" after a list of events ranks those events, not every event',
    (q) => {
      const r = f.ask('list the events at marina bay sands', q);
      expect(shapeOf(r)).toMatchObject({ kind: 'rankByCount', order: 'desc', limit: 1 });
      expect(r.kind === 'sql' && r.interpretation).toMatch(/^events at Marina Bay Sands, ranked by number of/);
      const venues = r.kind === 'sql' ? r.rows.map((row) => String(row[r.columns.indexOf('venue')])) : [];
      expect(venues.length).toBeGreaterThan(0);
      expect(venues.every((v) => /marina bay|sands/i.test(v))).toBe(true);
    },
  );
  it('"same but for cities, top 5" after a grouping by country: the same rows grouped by city, five groups', () => {
    const r = f.ask('top 10 countries for our contacts', 'same but for cities, top 5');
    expect(shapeOf(r)).toMatchObject({ kind: 'group', dimension: 'city', limit: 5 });
    expect(r.kind === 'sql' && r.interpretation).toMatch(/^people, counted by city/);
  });

  it('"the same for countries" after people per city: grouped by country, not the people listed', () => {
    const r = f.ask('number of people per city', 'the same for countries');
    expect(shapeOf(r)).toMatchObject({ kind: 'group', dimension: 'country' });
  });
});
