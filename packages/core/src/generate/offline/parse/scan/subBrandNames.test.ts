import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture } from '../../testkit';
import { normKey } from '../../text/tokenize';
import { scanMentions } from '../scanMentions';
import { isEnglishWord } from './vocabularySpelling';

/**
 * A company's units typed without the parent's name in a list after the parent ("not <unit> or <unit>"), found in the
 * data: a parent name P with two companies named "P <word>", the first word read loosely on its own.
 */
describe('units of a company typed without its name (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'subBrandNames');

  /** Parents with two units "P a" and "P b" of one plain word each (b an English word), the parent a company of its own. */
  const families = (): { parent: string; units: [string, string] }[] => {
    const { index } = scanned;
    if (!index) return [];
    // the names as the data writes them (the index also keys other forms: "siemen" of "siemens")
    const keys = [...new Set(index.named.filter((n) => n.kind === 'company').map((n) => normKey(n.name)))];
    const out: { parent: string; units: [string, string] }[] = [];
    for (const parent of keys) {
      if (!/^[a-z]{4,}$/.test(parent)) continue;
      const units = keys
        .filter((k) => k.startsWith(`${parent} `) && /^[a-z]{4,}$/.test(k.slice(parent.length + 1)))
        .map((k) => k.slice(parent.length + 1));
      // the second an ordinary word ("power"), which names the unit only beside the parent; the two of other stems
      const [a, b] = [units.find((u) => !isEnglishWord(u)), units.find((u) => isEnglishWord(u))];
      if (a && b && a.slice(0, 4) !== b.slice(0, 4)) out.push({ parent, units: [a, b] });
    }
    return out;
  };

  const companies = (q: string): string[] => {
    const { index } = scanned;
    if (!index) return [];
    return scanMentions(q, index, '2024-07-15').mentions.flatMap((m) =>
      m.t === 'company' ? m.hit.names.map((n) => normKey(n)) : [],
    );
  };

  it('reads a word next to a unit in a list after the parent as the parent’s other unit', ({ skip }) => {
    const found = families();
    if (found.length === 0) return skip();
    for (const { parent, units } of found.slice(0, 5)) {
      const [a, b] = units;
      const read = companies(`how many people at ${parent}? only ${parent} itself, not ${a} or ${b}`);
      expect(read, `${parent}: ${a}, ${b}`).toContain(`${parent} ${b}`);
    }
  });

  it('leaves the word alone where no parent was named before the list', ({ skip }) => {
    const found = families();
    if (found.length === 0) return skip();
    for (const { parent, units } of found.slice(0, 5)) {
      const [a, b] = units;
      const read = companies(`people at ${parent} ${a} or ${b}`);
      expect(read, `${parent}: ${a}, ${b}`).not.toContain(`${parent} ${b}`);
    }
  });
});
