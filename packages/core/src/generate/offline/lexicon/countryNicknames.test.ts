import { COUNTRIES, COUNTRY_SLANG } from '@musaeid/db';
import { describe, expect, it } from 'vitest';
import { demoScanner } from '../testkit';
import { scanMentions } from '../parse/scanMentions';

// Every nickname of the gazetteer is read as its country inside a question, even the ones made of words other
// recognisers read ("the land of the rising sun": "of" is a preposition, "sun" a weekday), and nothing is left over.
describe('country nicknames in questions', () => {
  const demo = demoScanner();

  const nicknames = Object.entries(COUNTRY_SLANG).flatMap(([code, names]) =>
    names
      .filter((x) => x.includes(' ') && !x.includes('.'))
      .map((x) => [x, COUNTRIES.find((c) => c.code === code)?.name ?? code] as const),
  );

  it.each(nicknames)('contacts based in %s are in %s', (nickname, country) => {
    const scan = scanMentions(`list contacts based in ${nickname}`, demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'country' && m.names.includes(country))).toBe(true);
  });

  it('"X aka Y" reads both names of one country', () => {
    const scan = scanMentions('contacts from the netherlands aka holland', demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
  });
});
