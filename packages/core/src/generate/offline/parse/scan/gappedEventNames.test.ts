import { describe, expect, it } from 'vitest';
import { demoScanner, editionless, nameWords, wordsInOrder } from '../../testkit';

/**
 * An event named by words of its name in order with a word left out (demo data): for every event whose name keeps
 * three or more words once an inner word is dropped, and whose dropped-word form fits no other event's name in that
 * order, "sponsors at <those words>" asks for that event's sponsors (a place among the words is read as a place
 * first, so such names are left out here).
 */
describe('an event named by its words in order with a word left out', () => {
  const demo = demoScanner();

  it('reads the one event whose name holds the words in order', () => {
    const f = demo.fixture();
    const names = [...f.oracle(`SELECT DISTINCT name FROM events ORDER BY name`)].map(String);
    let checked = 0;
    for (const name of names) {
      const ws = nameWords(name).filter((x) => !/\d/.test(x) && x.length >= 3 && !['and', 'the', 'for'].includes(x));
      if (ws.length < 4) continue;
      const gapped = [...ws.slice(0, 2), ...ws.slice(3)];
      const fitting = new Set(names.filter((n) => wordsInOrder(gapped, nameWords(n))).map(editionless));
      // a place among the words is read as a place first (step 6 of the scan), before any name of events
      const index = demo.index();
      const placed = gapped.some((x, k) =>
        [x, `${x} ${gapped[k + 1] ?? ''}`].some((p) => index.countries.has(p) || index.cities.has(p)),
      );
      if (fitting.size !== 1 || placed) continue;
      const asked = f.ask(`sponsors at ${gapped.join(' ')}`);
      if (asked.kind !== 'sql') throw new Error(`sponsors at ${gapped.join(' ')}: ${asked.kind}`);
      expect(asked.interpretation, gapped.join(' ')).toContain(`named ${name.replace(/ \d{4}$/, '')}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
