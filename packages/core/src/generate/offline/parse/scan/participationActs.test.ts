import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';

/**
 * Taking part said by what is taken or given there: a verb of taking with an exhibitor's place as its object is the
 * exhibitor relation, a verb of giving with a talk as its object the speaker relation; a place on an event's list of
 * participants is taking part, a speaker's place on its programme the speaker relation; the kind or nature of the
 * involvement is the relation as a dimension.
 */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('ways of taking part on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('participationActs');
  });
  afterAll(() => f?.close());

  it.each([
    // exhibitors: a verb of taking or holding and a place on the floor
    [
      'which companies have taken exhibition space at events in 2025?',
      'which companies are exhibiting at events in 2025?',
    ],
    ['firms that booked a stand at events in singapore', 'firms exhibiting at events in singapore'],
    ['who rented floor space at events in 2025', 'companies exhibiting at events in 2025'],
    ['companies that secured booths at events in 2025', 'companies exhibiting at events in 2025'],
    ["who's got a stall at events in singapore", 'companies exhibiting at events in singapore'],
    // speakers: a verb of giving and a talk
    ['the companies giving talks at events in 2025', 'the companies speaking at events in 2025'],
    ['which firms are delivering a keynote at events in singapore', 'which firms are speaking at events in singapore'],
    ['companies presenting workshops at events in 2025', 'companies speaking at events in 2025'],
    ['who is running panel sessions at events in 2025', 'companies speaking at events in 2025'],
    ['organisations that gave presentations at events in singapore', 'companies speaking at events in singapore'],
    // a speaker's place on the programme, and the participants' list
    ['companies on the agenda at events in 2025', 'companies speaking at events in 2025'],
    ['which firms are on stage at events in singapore', 'which firms are speaking at events in singapore'],
    ['companies on the speaker lineup at events in 2025', 'companies speaking at events in 2025'],
    ['which companies feature in the event line-ups?', 'which companies take part in events?'],
    ['firms that appear on the event rosters', 'firms that take part in events'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it.each([
    'break down the companies at events in 2025 by the nature of their involvement',
    'companies at events in 2025 by the form of their participation',
    'split the companies at events in 2025 by kind of engagement',
  ])('"%s" groups by the relation', (q) => {
    if (!f) return;
    expect(sql(f.ask(q))).toBe(sql(f.ask('companies at events in 2025 by type of relation')));
  });

  it.each([
    // events, not participants, hold these: the words stay the events' own
    ['events that have a stand', 'companies exhibiting at events'],
    ['events with talks on AI', 'companies speaking at events'],
  ])('"%s" is no participant\'s act', (q, not) => {
    if (!f) return;
    const a = f.ask(q);
    if (a.kind === 'sql') expect(sql(a)).not.toBe(sql(f.ask(not)));
  });
});
