import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, sql, type Fixture } from '../../testkit';
import { verbClassAt } from '../../text/verbClasses';

warnIfNoRealData('staging verbs');

describe('verbs of putting on an event (WordNet)', () => {
  it.each(['staged', 'stage', 'hosted', 'held', 'arranged', 'put on', 'laid on'])('"%s" is putting on', (verb) => {
    expect(verbClassAt(verb.split(' '))?.cls).toBe('stage');
  });
  it.each(['sold', 'made', 'funded', 'linked'])('"%s" is not', (verb) => {
    expect(verbClassAt(verb.split(' '))?.cls).not.toBe('stage');
  });
});

/**
 * "which events are being staged outside X", "events hosted in Dubai": putting on said of events in the passive, with
 * no agent, says they take place: the question without the verb, never an organizer condition (the data names few
 * organizers, so that read answers a narrower question) nor a word asked back.
 */
describe.runIf(hasRealData)('events put on somewhere (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['which events are being staged outside Singapore', 'which events are outside Singapore'],
    ['events hosted in Dubai', 'events in Dubai'],
    ['which events were organised in Singapore in 2024', 'which events were in Singapore in 2024'],
    ['events that get put on outside Singapore', 'events outside Singapore'],
    ['what events are being held in Singapore next year', 'what events are in Singapore next year'],
    ['conferences staged in Singapore', 'conferences in Singapore'],
  ])('"%s" is "%s"', (said, plain) => {
    const asked = f.ask(said);
    expect(asked.kind).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(plain)));
  });

  it('with its agent the verb is the organizer', () => {
    expect(sql(f.ask('events hosted by Informa'))).toBe(sql(f.ask('events organised by Informa')));
    expect(sql(f.ask('events hosted by Informa'))).toMatch(/participations/);
  });

  it('said of companies it is never dropped', () => {
    const asked = f.ask('companies that staged events in 2025');
    if (asked.kind === 'sql') expect(sql(asked)).toBe(sql(f.ask('companies that organised events in 2025')));
  });
});
