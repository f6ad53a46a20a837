import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import {
  column,
  demoFixture,
  editionless,
  nameWords,
  realFixture,
  scannedFixture,
  wordsInOrder,
  type Fixture,
} from '../../testkit';
import { LEXICON } from '../lexiconTable';
import { scanMentions } from '../scanMentions';
import { EVENT_NOUNS } from './eventByWords';

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('an event named in part before a noun of companies or people (%s data)', (_name, make) => {
  const scanned = scannedFixture(make, 'eventModifiers');

  it('a word of one event name and its event noun, with words between them left out, name that event', () => {
    const { f, index } = scanned;
    if (!f || !index) return;
    const idx = index;
    const names = [...f.oracle('SELECT DISTINCT name FROM events ORDER BY name')].map(String);
    let checked = 0;
    for (const name of names) {
      const ws = nameWords(name);
      const n = ws.findIndex((x) => EVENT_NOUNS.has(x));
      // a word two or more places before the noun (a gap between them), no word of the vocabulary
      const word = ws.slice(0, Math.max(0, n - 1)).find((x) => /^[a-z]{4,}$/.test(x) && !LEXICON.has(x));
      if (n < 0 || !word) continue;
      const typed = [word, ws[n] ?? ''];
      const fitting = new Set(names.filter((x) => wordsInOrder(typed, nameWords(x))).map(editionless));
      if (fitting.size !== 1) continue;
      for (const noun of ['sponsors', 'companies', 'people']) {
        const scan = scanMentions(`${typed.join(' ')} ${noun}`, idx, '2024-07-15');
        const m = scan.mentions.find((x) => x.start === 0);
        // read as that event, unless an earlier reader (a place, a whole name) took the first word
        if (m?.end === 2) {
          expect(m.t, `${typed.join(' ')} ${noun}`).toBe('event');
          if (m.t === 'event') expect(m.hit.names.map(editionless)).toContain(editionless(name));
          checked++;
        }
      }
    }
    if (_name === 'real') expect(checked).toBeGreaterThan(0);
  });

  it('an event noun no name says after the word is no name ("<word> gala sponsors")', () => {
    const { index } = scanned;
    if (!index) return;
    const scan = scanMentions('space gala sponsors', index, '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'event')).toBe(false);
  });
});

describe.skipIf(!hasRealData)('"space convention companies with revenue $10m+" (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('asks for the companies of the Global Space and Technology Convention, not for events', () => {
    if (!f) return;
    const asked = f.ask('space convention companies with revenue $10m+');
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name LIKE 'Global Space and Technology Convention%'
       AND c.revenue_usd >= 10000000`,
    );
    expect(expected.size).toBeGreaterThan(5);
    expect(new Set(column(asked, 'company'))).toEqual(expected);
  });
});
