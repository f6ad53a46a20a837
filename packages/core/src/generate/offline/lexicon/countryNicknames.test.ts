import { COUNTRIES, COUNTRY_SLANG } from '@musaeid/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';
import { LEXICON_PHRASES } from '../parse/lexiconTable';
import { scanMentions } from '../parse/scanMentions';
import { buildValueIndex, type ValueIndex } from '../values/ValueIndex';

// Every nickname of the gazetteer is read as its country inside a question, even the ones made of words other
// recognisers read ("the land of the rising sun": "of" is a preposition, "sun" a weekday), and nothing is left over.
describe('country nicknames in questions', () => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    f = await demoFixture();
    index = buildValueIndex(f.db, LEXICON_PHRASES);
  });
  afterAll(() => f?.close());

  const nicknames = Object.entries(COUNTRY_SLANG).flatMap(([code, names]) =>
    names
      .filter((x) => x.includes(' ') && !x.includes('.'))
      .map((x) => [x, COUNTRIES.find((c) => c.code === code)?.name ?? code] as const),
  );

  it.each(nicknames)('contacts based in %s are in %s', (nickname, country) => {
    const scan = scanMentions(`list contacts based in ${nickname}`, index as ValueIndex, '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'country' && m.names.includes(country))).toBe(true);
  });

  it('"X aka Y" reads both names of one country', () => {
    const scan = scanMentions('contacts from the netherlands aka holland', index as ValueIndex, '2024-07-15');
    expect(scan.ignored).toEqual([]);
  });
});
