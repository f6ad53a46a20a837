import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { demoScanner, realFixture, valueIndexOf, type Fixture } from '../../testkit';
import { scanMentions } from '../scanMentions';
import { abbreviatedEdits, abbreviates } from './nameTypos';

describe('names typed with a typo (demo data)', () => {
  const demo = demoScanner();

  it.each([
    ['companies in inia', 'India'], // a letter of a five-letter name left out
    ['companies in jaan', 'Japan'],
    ['companies in singapor', 'Singapore'],
  ])('%s -> %s', (question, country) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'country' && m.names.includes(country))).toBe(true);
  });

  it.each([
    ['people in torronto', 'Toronto'], // a doubled letter
    ['people based in melborne', 'Melbourne'], // a letter dropped
    ['contacts in vancuover', 'Vancouver'], // two letters swapped
  ])('a city typed with a slip: %s -> %s', (question, city) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'city' && m.name === city)).toBe(true);
  });

  it.each([
    // a name of several words closing the question, one word a word of its own ("stages", a verb) or not
    ['list the companies in the united stages', 'United States'],
    ['how many companies are based in the united sttes', 'United States'],
    ['which companies are based in the United Arab Emiratws', 'United Arab Emirates'],
    ['List the airlines companies in the United Kindgom', 'United Kingdom'],
  ])('a country of several words typed with one slip: %s -> %s', (question, country) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'country' && m.names.includes(country))).toBe(true);
  });

  it('a word of its own is a slip only in a name whose other words are exact', () => {
    // "stages" (a verb) alone is not "states"
    const scan = scanMentions('events the company stages', demo.index(), '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'country')).toBe(false);
  });

  it.each([
    // an event's name of three words or more with one slip, before a theme or a region takes its words apart
    ['companies attending aviation conference sibgapore', 'Aviation Conference Singapore'],
    ['companies associated with lng expo asia paicfic 2023', 'LNG Expo Asia Pacific 2023'],
    ['sponsors of chfs congress asia pacific 2025', 'Chefs Congress Asia Pacific 2025'],
    // a name's word the typed one is likelier a slip of than of a vocabulary word ("bverage": not "average")
    ['companies at 11th bverage summit southeast asia', '11th Beverage Summit Southeast Asia'],
  ])('a long name typed with one slip: %s -> %s', (question, event) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'event' && m.hit.names.includes(event))).toBe(true);
  });

  it('a long name with another number is not that name ("2024" is no slip of "2023")', () => {
    const scan = scanMentions('companies at lng expo asia pacific 2024', demo.index(), '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'event' && m.hit.names.includes('LNG Expo Asia Pacific 2023'))).toBe(
      false,
    );
  });

  it('a word far from every city is no city', () => {
    const scan = scanMentions('people in torquay', demo.index(), '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'city')).toBe(false);
  });

  it('a four-letter word is not respelt by a substitution ("inda" is no country)', () => {
    const scan = scanMentions('companies in inxa', demo.index(), '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'country')).toBe(false);
  });
});

describe('shortened words of an event name', () => {
  it.each([
    ['ecomm', 'ecommerce', true],
    ['wk', 'week', true],
    ['mgmt', 'management', true],
    ['conf', 'conference', true],
    ['ec', 'ecommerce', false],
    ['wek', 'weekend', false],
    ['expo', 'expo', false],
    ['asa', 'asia', false],
  ])('%s shortens %s: %s', (typed, word, expected) => {
    expect(abbreviates(typed, word)).toBe(expected);
  });
  it('needs every other word of the name, one of them exact', () => {
    expect(abbreviatedEdits(['ecomm', 'expo', 'asia'], ['ecommerce', 'expo', 'asia'])).toBe(1);
    expect(abbreviatedEdits(['comodity', 'trading', 'wk'], ['commodity', 'trading', 'week'])).toBe(2);
    expect(abbreviatedEdits(['ecomm', 'expo', 'europe'], ['ecommerce', 'expo', 'asia'])).toBeNull();
    expect(abbreviatedEdits(['ecomm', 'exp'], ['ecommerce', 'expo'])).toBeNull();
  });
});

describe.runIf(hasRealData)('words of a title phrase are no slips of a name (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('"mariott front office mgrs": the title "front office manager" at Marriott, no company like "front"', () => {
    if (!f) return;
    const uses = f.oracle("SELECT job_title FROM people WHERE lower(job_title) LIKE '%front office manager%'");
    if (uses.size < 2) return;
    const r = f.ask('mariott front office mgrs');
    if (r.kind !== 'sql') throw new Error(`answered: ${r.kind}`);
    expect(r.interpretation).toContain('front office manager');
    expect(r.interpretation).not.toContain('Frost');
  });

  it.each([
    ['which company sends the most people to the expo', 'venue'],
    ['which companies hosted events', 'venue'],
  ])('an inflected English verb alone is no slip of a name: %s', (question, kind) => {
    // "sends" is one letter from "sands" (Marina Bay Sands, as the data's venues are grouped); the verb is the verb
    if (!f) return;
    const scan = scanMentions(question, valueIndexOf(f), '2024-07-15');
    expect(scan.mentions.some((m) => m.t === kind)).toBe(false);
  });

  it('a name the data\'s text writes ("Boeing") is never respelt as a word that carries nothing ("being")', () => {
    // read as "people from being", the question was answered with every person
    if (!f) return;
    const index = valueIndexOf(f);
    if (!index.namesInText.has('boeing')) return;
    const r = f.ask('people from boeing');
    expect(r.kind).not.toBe('sql');
  });
});
