import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture } from '../testkit';

/**
 * A word that measures companies ("revenue", "headcount") typed before a noun of companies measures them: it never
 * names an industry whose name merely holds the word, while the industry's own phrase still names it. Over the real
 * data's industry names, whatever they are (the industries are found, not listed here).
 */
describe('a measure word before a noun of companies is no industry (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'measureWords');
  const MEASURES = ['revenue', 'headcount', 'turnover'];

  it('"<adjective> <measure> <companies>" adds no industry holding the measure word; the industry phrase does', ({
    skip,
  }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    let checked = 0;
    for (const measure of MEASURES) {
      const industry = index.industries.find((i) => i.tokens[0] === measure && i.tokens.length > 1);
      if (!industry) continue;
      checked++;
      const asked = f.ask(`small ${measure} exhibitors with under $2M in revenue`);
      expect(asked.kind).toBe('sql');
      if (asked.kind === 'sql') expect(asked.interpretation).not.toContain(industry.name);
      const named = f.ask(`${industry.tokens.join(' ')} companies in any country`);
      expect(named.kind === 'sql' ? named.interpretation : '').toContain(industry.name);
    }
    if (checked === 0) skip();
  });
});
