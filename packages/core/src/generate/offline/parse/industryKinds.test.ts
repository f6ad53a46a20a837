import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, valueIndexOf, type Fixture } from '../testkit';
import type { ValueIndex } from '../values/ValueIndex';
import { industriesOfKind } from './industryKinds';

/**
 * The data's own industry taxonomy ("Head - kind, kind & kind"): a kind typed as a theme names the head's sector.
 * Over the real data's industry names, whatever they are (the entries are found, not listed here).
 */
describe('kinds the data classes under a head industry (real data)', () => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    if (hasRealData) {
      f = await realFixture();
      index = valueIndexOf(f);
    } else warnIfNoRealData('industryKinds');
  });
  afterAll(() => f?.close());

  /** Each taxonomy entry of the data with a one-word kind it lists (singular, as typed before "companies"). */
  const entries = (idx: ValueIndex): { head: string; kind: string }[] =>
    idx.industries.flatMap((ind) => {
      const m = /^(.+?) - (.+)$/.exec(ind.name);
      if (!m) return [];
      const kinds = (m[2] ?? '').split(/\s*(?:,|&|\band\b)\s*/).filter((k) => /^[A-Za-z]+$/.test(k));
      if (kinds.length < 2) return [];
      return kinds.map((k) => ({ head: (m[1] ?? '').trim(), kind: k.toLowerCase().replace(/s$/, '') }));
    });

  it('a listed kind names the head industry and its own one-word industry, not every name containing it', ({
    skip,
  }) => {
    if (!index) return skip();
    const all = entries(index);
    if (all.length === 0) return skip();
    let read = 0;
    for (const { head, kind } of all) {
      const found = industriesOfKind(kind, index);
      // an activity listed as a kind ("generation", "distribution") is no establishment of the sector
      if (!found) continue;
      read++;
      expect(found.head, kind).toBe(head);
      if (index.industries.some((i) => i.name === head)) expect(found.industries, kind).toContain(head);
      for (const name of found.industries ?? [])
        expect(name.startsWith(head) || name.toLowerCase().replace(/s$/, '') === kind, `${kind}: ${name}`).toBe(true);
    }
    expect(read).toBeGreaterThan(0);
  });

  it('the head itself keeps its literal reading', ({ skip }) => {
    if (!index) return skip();
    const [first] = entries(index);
    if (!first) return skip();
    expect(industriesOfKind(first.head.toLowerCase(), index)).toBeNull();
  });

  it('"<kind> companies at X" answers the companies of the head industry there', ({ skip }) => {
    if (!f || !index) return skip();
    let tried = 0;
    for (const { head, kind } of entries(index)) {
      if (!industriesOfKind(kind, index)) continue;
      const [event] = [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id
           JOIN company_industries ci ON ci.company_id = p.company_id WHERE ci.industry = ?
           GROUP BY e.id ORDER BY COUNT(*) DESC, e.name LIMIT 1`,
          head,
        ),
      ];
      if (typeof event !== 'string') continue;
      tried++;
      const asked = f.ask(`${kind} companies at ${event}`);
      const names = new Set(column(asked, 'company'));
      const ofHead = f.oracle(
        `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
         JOIN company_industries ci ON ci.company_id = c.id WHERE e.name = ? AND ci.industry = ?`,
        event,
        head,
      );
      for (const n of ofHead) expect(names.has(n), `${kind}: ${String(n)}`).toBe(true);
    }
    if (tried === 0) skip();
  });
});
