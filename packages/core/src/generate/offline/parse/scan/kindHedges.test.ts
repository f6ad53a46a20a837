import { hasRealData } from '@musaeid/testkit';
import { describe, expect, it } from 'vitest';
import { realFixture, scannedFixture } from '../../testkit';

/**
 * A noun of kind after a theme is a hedge ("<theme> type companies": the theme's companies), and a place phrase
 * heading the question before "which <noun>" is its context, as with a comma (real data: its themes and events).
 */
describe.runIf(hasRealData)('hedged themes and a heading place phrase (real data)', () => {
  const scanned = scannedFixture(realFixture, 'kindHedges');
  const said = (q: string): string => {
    const asked = scanned.f?.ask(q);
    return asked?.kind === 'sql' ? asked.interpretation : String(asked?.kind);
  };

  it.each([
    ['software type firms', 'software firms'],
    ['which banking-type companies are there', 'which banking companies are there'],
    ['exhibitors, aviation types?', 'aviation exhibitors'],
  ])('"%s" reads as "%s"', (hedged, plain) => {
    expect(said(hedged)).toBe(said(plain));
    expect(said(plain)).toMatch(/industry/);
  });

  it('"what type of events" is still a question of kind, no theme; "by relation type" a grouping', () => {
    expect(said('what type of events are there')).not.toMatch(/industry|tagged/);
    expect(said('a breakdown of company participations by relation type (sponsor, partner, etc)')).toMatch(
      /counted by relation$/,
    );
  });

  it('a heading place phrase with no comma reads as with one', () => {
    const event = [
      ...(scanned.f?.oracle(`SELECT name FROM events WHERE name GLOB '[A-Z]*' ORDER BY length(name) LIMIT 1`) ?? []),
    ][0];
    const name = String(event);
    expect(said(`at ${name} which companies are sponsors`)).toBe(said(`at ${name}, which companies are sponsors`));
    expect(said(`at ${name} which companies are sponsors`)).toMatch(/^companies that are sponsors/);
  });
});
