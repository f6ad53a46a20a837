import { hasRealData } from '@musaeid/testkit';
import { describe, expect, it } from 'vitest';
import { realFixture, scannedFixture } from '../testkit';

/** People ranked by when they joined or how long they stayed: the data holds no tenure to rank by, and says so. */
describe('rankings of people by tenure (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'rankings of people by tenure');

  it.each([
    'the 5 most recent joiners at siemens',
    'longest serving staff at amazon',
    'longest serving employees at sap',
    'the newest people at siemens',
    'oldest people at siemens',
  ])('%s is refused naming the tenure', (q) => {
    const { f } = scanned;
    if (!f) return;
    const asked = f.ask(q);
    expect(asked.kind).toBe('refusal');
    if (asked.kind === 'refusal') expect(asked.message).toMatch(/tenure/);
  });

  it.each(['most recent events in singapore', 'the longest events', 'the oldest companies'])(
    '%s is still ranked',
    (q) => {
      const { f } = scanned;
      if (!f) return;
      expect(f.ask(q).kind).toBe('sql');
    },
  );
});
