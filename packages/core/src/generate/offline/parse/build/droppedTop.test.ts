import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/**
 * "top 5" with no measure to rank by would be answered as the whole list, the number dropped without a word
 * (`unreadWords.ts`): it is asked about; with a measure it ranks as before. Real data.
 */
describe.skipIf(!hasRealData)('a top N with nothing to rank by (real data)', () => {
  warnIfNoRealData('droppedTop');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each(['top 5 companies not in hospitality', 'top 5 companies', 'top companies at aviation festival'])(
    '%s: asked about, never the whole list',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind).toBe('clarify');
      expect(asked.kind === 'clarify' && asked.clarification.part).toMatch(/top/);
    },
  );

  it.each([
    ['top 5 companies by revenue', 5],
    ['top 3 events by number of sponsors', 3],
  ])('%s: ranked by the measure said', (q, n) => {
    const asked = f.ask(q);
    expect(asked.kind === 'sql' && asked.rows.length).toBe(n);
  });
});
