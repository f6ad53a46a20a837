import { COUNTRIES, COUNTRY_ALPHA3 } from '@musaeid/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';
import { SLIP_DETERMINERS, SLIP_PREPOSITIONS } from '../../lexicon/fillerWords';
import { isTypingSlip } from '../../text/typoTies';
import { LEXICON_PHRASES } from '../lexiconTable';
import { isContentless } from '../shorthandOptions';

/**
 * Country codes, and the honesty rule behind them: a short token in the place of a country, an industry or a role
 * is either read (the interpretation says what it became) or asked about; it never vanishes from an answered
 * question ("companies in ind" once answered with every company, "ind" having been read as "inside").
 */
describe('country codes and short unknown tokens (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const interpretation = (q: string): string | null => {
    const r = f.gen.generateSync({ question: q, history: [], asOf: '2024-07-15' });
    return r.kind === 'sql' ? r.interpretation : null;
  };
  const alpha3 = (name: string): string => COUNTRY_ALPHA3[COUNTRIES.find((c) => c.name === name)?.code ?? ''] ?? '';

  it.each([
    ['companies in ind', 'India'],
    ['firms based in IND', 'India'],
    ['people in deu', 'Germany'],
    ['sponsors from JPN', 'Japan'],
    ['ind companies', 'India'],
    // a code that is also an English word is the country only in capitals
    ['companies in CAN', 'Canada'],
    ['firms in ARE', 'United Arab Emirates'],
    ['companies in NOR', 'Norway'],
    // a two-letter code: in capitals, after a place word
    ['companies in JP', 'Japan'],
    // ... and in lower case when it is no word of the language (WordNet writes "JP", "Au" only with capitals) and
    // no state's code
    ['contacts in jp', 'Japan'],
    ['how many contacts based in jp', 'Japan'],
    ['companies from au', 'Australia'],
    ['sponsors from kr', 'South Korea'],
  ])('%s is read as %s', (q, country) => {
    expect(alpha3(country)).toMatch(/^[A-Z]{3}$/);
    expect(interpretation(q)).toContain(country);
  });

  // terse questions leave the place word out: a code no word of the language, right after a noun of rows and closing
  // its clause (or right before the noun), is the place
  it.each([
    ['count contacts kr', 'South Korea'],
    ['how many people au', 'Australia'],
    ['list companies jp', 'Japan'],
    ['contacts kr, how many', 'South Korea'],
    ['sg companies', 'Singapore'],
  ])('%s (no place word) is read as %s', (q, country) => {
    expect(interpretation(q)).toContain(country);
  });

  it.each([
    // a state's code stays asked in lower case, whatever stands before it
    ['count contacts ca', 'Canada'],
    ['companies de', 'Germany'],
    // a code after no noun of rows is no place said of them
    ['count jp', 'Japan'],
    ['how many jp', 'Japan'],
  ])('%s is not read as %s', (q, country) => {
    expect(interpretation(q) ?? '').not.toContain(country);
  });

  it.each([
    ['people in uk or us', ['United Kingdom', 'United States']],
    ['how many contacts in the uk vs us', ['United Kingdom', 'United States']],
    ['us vs uk companies', ['United States', 'United Kingdom']],
  ])('a lower-case code coordinated with a country is a country too: %s', (q, countries) => {
    // "us" after "uk or" was the pronoun, dropped: the answer was for the UK alone
    for (const country of countries) expect(interpretation(q)).toContain(country);
  });

  it.each([
    // a lower-case code that is a state's too stays a word or is asked, never a country: "ca" may be California
    ['people in ca', 'Canada'],
    ['companies in de', 'Germany'],
    // a pronoun after a place word stays the pronoun
    ['which companies are in it', 'Italy'],
  ])('%s is not read as %s', (q, country) => {
    expect(interpretation(q) ?? '').not.toContain(country);
  });

  it.each(['tell us about events in japan', 'give us the companies in japan'])(
    'the pronoun "us" beside no list of countries stays the pronoun: %s',
    (q) => {
      expect(interpretation(q) ?? '').not.toContain('United States');
    },
  );

  it.each(['can you list the companies', 'which companies are sponsors', 'companies, nor people'])(
    'a code that is a word stays a word in lower case: %s',
    (q) => {
      expect(interpretation(q) ?? '').not.toMatch(/Canada|Emirates|Norway/);
    },
  );

  /** Three-letter tokens that are no word, no code and no name: each a place, industry or role the parser lacks. */
  const unknownTokens = (count: number): string[] => {
    const out: string[] = [];
    const letters = 'bcdfghjklmnpqrstvwxz';
    for (let i = 0; out.length < count; i += 7) {
      const a = letters[i % 20] ?? 'b';
      const b = letters[Math.floor(i / 20) % 20] ?? 'c';
      const c = letters[Math.floor(i / 400) % 20] ?? 'd';
      out.push(`${a}${b}${c}`, `${a}n${c}`, `i${b}${c}`);
    }
    return out.filter((x) => !vowelless.has(x) && !closedClassSlip(x));
  };
  const skeletonOf = (word: string): string => word.slice(0, 1) + word.slice(1).replace(/[aeiou]/g, '');
  /** A lexicon word typed without its vowels ("wth", "rcrd") is that word, not an unknown token. */
  const vowelless = new Set([...LEXICON_PHRASES].filter((p) => !p.includes(' ')).map(skeletonOf));
  /** A typing slip of a determiner or preposition ("sll companies": all; "ang": any, g is below y) is that word. */
  const closedClassSlip = (token: string): boolean =>
    [...SLIP_DETERMINERS, ...SLIP_PREPOSITIONS].some((w) => isTypingSlip(token, w));
  /**
   * Tokens a skeleton could read as a word that carries nothing ("ind": "inside"): the consonants of each such word
   * of the lexicon with one of them left out, where that is no word the parser knows.
   */
  const nearContentless = (): string[] => {
    const out = new Set<string>();
    for (const word of LEXICON_PHRASES) {
      if (word.includes(' ') || word.length < 5 || !isContentless(word)) continue;
      const skeleton = skeletonOf(word);
      for (let k = 1; k < skeleton.length; k++) {
        const token = skeleton.slice(0, k) + skeleton.slice(k + 1);
        if (token.length >= 3 && !LEXICON_PHRASES.has(token) && !vowelless.has(token) && !closedClassSlip(token))
          out.add(token);
      }
    }
    return [...out];
  };
  const templates: readonly ((x: string) => string)[] = [
    (x) => `companies in ${x}`,
    (x) => `people based in ${x}`,
    (x) => `${x} companies`,
    (x) => `sponsors from ${x}`,
    (x) => `${x} people at sponsors`,
    (x) => `events in ${x} next year`,
  ];

  it('a token in the place of a value is read or asked about, never dropped from an answer', () => {
    const dropped: string[] = [];
    // each template's reading without the token, read once
    const withoutToken = templates.map((template) => interpretation(template('').replace(/\s+/g, ' ').trim()));
    // each token in two of the six frames, rotating (a place after a preposition and a premodifier each meet two
    // thirds of the tokens): every token and every frame is asked, at a third of the cost of every pairing
    const tokens = [...nearContentless(), ...unknownTokens(60)];
    for (const [i, x] of tokens.entries()) {
      for (const k of [i % templates.length, (i + 3) % templates.length]) {
        const template = templates[k];
        if (template === undefined) continue;
        const q = template(x);
        const answered = interpretation(q);
        if (answered === null) continue;
        // answered: the token must have changed what was asked, not vanished
        if (answered === withoutToken[k]) dropped.push(`${q} -> ${answered}`);
      }
    }
    expect(dropped).toEqual([]);
    // ~400 questions: over the default timeout on a loaded machine
  }, 300_000);
});
