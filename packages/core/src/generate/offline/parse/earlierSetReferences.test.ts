import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * A follow-up that points back at the earlier turn's rows without naming them ("who's in sales there", "which one
 * has the most ...", "sponsoring it", "the shipping one", "part of") is asked of those rows, never of every row of
 * its kind (a broader question). Real data.
 */
describe.skipIf(!hasRealData)('follow-ups asked of the earlier set (real data)', () => {
  warnIfNoRealData('earlierSetReferences');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const interpretation = (...qs: string[]): string => {
    const r = f.ask(...qs);
    return r.kind === 'sql' ? r.interpretation : `(${r.kind})`;
  };

  it.each(['who is there from marketing?', 'who there is in marketing'])(
    'after the sponsors of an event, "%s" is the marketing people of those sponsors, in that relation',
    (q) => {
      const said = interpretation('which companies sponsor the aviation festival', q);
      expect(said).toMatch(/Marketing/);
      expect(said).toMatch(/sponsors of events named Aviation Festival/);
    },
  );

  it('"who is there" with nothing said before is asked about', () => {
    expect(f.ask('who is there in marketing').kind).toBe('clarify');
  });

  it('"which one has the most exhibitors" after a list of events ranks those events only', () => {
    const said = interpretation('events at suntec', 'which one has the most exhibitors');
    expect(said).toMatch(/Suntec/);
    expect(said).toMatch(/ranked by number of exhibitors/);
  });

  it('a question with a noun of its own stays a question of its own', () => {
    expect(interpretation('events at suntec', 'which event has the most exhibitors')).not.toMatch(/Suntec/);
  });

  it.each(['which of them is about food', 'any of those on food?'])(
    'after events, "%s" narrows them to a theme',
    (q) => {
      const said = interpretation('events in singapore in 2024', q);
      expect(said).toMatch(/Singapore/);
      expect(said).toMatch(/Food/);
    },
  );

  it('"who is exhibiting at it" after one event is its exhibitors; with nothing before, "it" is asked about', () => {
    expect(interpretation('when is the osea event', 'who is exhibiting at it')).toMatch(
      /exhibitors of events named OSEA/,
    );
    expect(f.ask('which companies are sponsoring it').kind).toBe('clarify');
  });

  it('"it" before the event noun the message names later stands for that noun, no earlier turn', () => {
    expect(interpretation('for every event at suntec, how many firms are associated with it')).toMatch(
      /events at Suntec, each with its number/,
    );
  });

  it.each([
    ['same but for cities, top 3', 3],
    ['same for cities', 7],
    ['ditto for cities', 7],
  ])('after "top 7 countries for our people", "%s" groups them by city, not a "Cities" industry', (q, limit) => {
    const r = f.ask('top 7 countries for our people', q);
    expect(r.kind === 'sql' && r.interpretation).toMatch(new RegExp(`people, counted by city, top ${limit}`));
    expect(r.kind === 'sql' && r.rows.length).toBe(limit);
  });

  it('"part of" an event is taking part in it; "what part of" a place is not', () => {
    const part = f.ask('which companies are part of the osea event');
    const attending = f.ask('which companies are taking part in the osea event');
    expect(part.kind === 'sql' && new Set(column(part, 'company'))).toEqual(
      attending.kind === 'sql' && new Set(column(attending, 'company')),
    );
    expect(f.ask('what part of singapore is suntec in').kind).not.toBe('sql');
  });

  it('"the <word> one" after a list is the event whose name holds the word; several such names are asked about', () => {
    expect(interpretation('which events are about finance', 'who sponsors the commodity one?')).toMatch(
      /sponsors of events named Commodity Trading Week/,
    );
    const several = f.ask('who exhibits at the food one');
    expect(several.kind).toBe('clarify');
  });
});
