import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture, sql } from '../testkit';
import { themeOfInitials } from './themeInitials';

/**
 * A theme typed by its initials ("o&g"): the initialisms come from the event tags' labels (real data: "Oil & Gas",
 * "Media & Entertainment"); letters several labels share, or none, name nothing, and are asked back
 * (`scan/ampersandInitials.ts`), as are letters the job titles also join otherwise ("m&a": mergers & acquisitions).
 */
describe.runIf(hasRealData)('themes typed by their initials (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'themeInitials');

  it('spells the label of one tag, and no other letters', () => {
    const { index } = scanned;
    if (!index) return;
    expect(themeOfInitials(['o', 'and', 'g'], index)).toEqual(['oil', 'and', 'gas']);
    expect(themeOfInitials(['m', 'and', 'e'], index)).toEqual(['media', 'and', 'entertainment']);
    // Aviation & Aerospace, Agriculture & Agritech: asked about, never one of them
    expect(themeOfInitials(['a', 'and', 'a'], index)).toBeNull();
    expect(themeOfInitials(['x', 'and', 'q'], index)).toBeNull();
    expect(themeOfInitials(['o', 'g'], index)).toBeNull();
    expect(themeOfInitials(['oil', 'and', 'gas'], index)).toBeNull();
  });

  it.each([
    ['companies at o&g events next 12 months', 'companies at oil and gas events next 12 months'],
    ['o+g events', 'oil and gas events'],
    ['events about o and g', 'events about oil and gas'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    const { f } = scanned;
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it.each([
    // two tag labels share the letters: both offered, never one of them, never dropped
    ['a&a events', ['the theme Aviation & Aerospace', 'the theme Agriculture & Agritech']],
    // one label (Marketing & Advertising), but the job titles join "mergers & acquisitions" too
    ['m&a companies', ['the theme Marketing & Advertising']],
  ])('"%s" is asked back, offering the labels it spells', (q, labels) => {
    const { f } = scanned;
    if (!f) return;
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    for (const l of labels) expect(asked.clarification.options.map((o) => o.label)).toContain(l);
    if (q.startsWith('m&a')) expect(asked.clarification.question).toContain('acquisitions');
    // the reading chosen is the label's theme
    expect(f.ask(q, 'o1').kind).toBe('sql');
  });

  it('keeps the tagger\'s own keyword first: "f&b" is food and beverage', () => {
    const { f } = scanned;
    if (!f) return;
    expect(sql(f.ask('f&b events'))).toBe(sql(f.ask('food and beverage events')));
  });
  it("initials read through a tag's description are a company industry before a company noun", () => {
    const { f } = scanned;
    if (!f) return;
    // the tag alone made "F&B companies" every company at a food event (broader than asked)
    const asked = f.ask('f&b companies');
    expect(asked.kind).toBe('sql');
    expect(sql(asked)).toContain('company_industries');
    expect(sql(asked)).toBe(sql(f.ask('food and beverage companies')));
  });
});
