import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/**
 * A country's code that is also an event's acronym (real data: "ITA" is Italy's code and the short name of
 * Industrial Transformation ASIA-PACIFIC): asked back with both after a place word, the event after "at".
 */
describe.skipIf(!hasRealData)('a country code that is also an acronym (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('companies in ITA: the country or the event, asked', () => {
    const asked = f.ask('companies in ITA');
    expect(asked.kind).toBe('clarify');
    const labels = asked.kind === 'clarify' ? asked.clarification.options.map((o) => o.label) : [];
    expect(labels).toContain('the country Italy');
    expect(labels.some((l) => l.startsWith('the event Industrial Transformation'))).toBe(true);
  });

  it('a code no name shares stays the country: companies in DEU', () => {
    const asked = f.ask('companies in DEU');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toBe('companies in Germany (headquarters)');
  });
});
