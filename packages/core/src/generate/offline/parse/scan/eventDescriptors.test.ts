import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * A theme right before an event's name describes the event: "the hotel conference AHICE" is AHICE (filed under
 * Hospitality & Travel), never the companies of a "hotel" industry at AHICE; a theme the event is not filed under
 * ("the fintech conference AHICE") is asked about. Real data.
 */
describe.skipIf(!hasRealData)('a theme describing a named event (real data)', () => {
  warnIfNoRealData('eventDescriptors');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    'which companies are going to the hotel conference AHICE',
    'need to know which comapnies are going to the hotel conference AHICE, can u list them',
  ])('%s: every company at the event', (q) => {
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name LIKE 'AHICE%'`,
    );
    // the hotel industry's companies among them are fewer: the theme is no filter on the companies
    const hotels = new Set(column(f.ask('hotel companies at AHICE'), 'company'));
    expect(expected.size).toBeGreaterThan(hotels.size);
    expect(new Set(column(f.ask(q), 'company'))).toEqual(expected);
  });

  it('a theme the event is not filed under is asked about', () => {
    expect(f.ask('which companies are going to the fintech conference AHICE').kind).toBe('clarify');
  });
});
