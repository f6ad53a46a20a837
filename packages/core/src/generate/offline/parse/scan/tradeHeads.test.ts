import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture, interpretationOf } from '../../testkit';
import { tradeHeadNoun } from './entitySynonyms';

/**
 * A noun of a business by its trade ("operators", "makers", "dealers", "firms", "shops", "groups") after a word naming
 * an industry is the head of that industry's companies, as "companies" would be; a noun of a person's job is not.
 */
describe('nouns of a business by its trade (WordNet)', () => {
  it('reads a business sense from any of the usual senses, up its kinds', () => {
    for (const w of ['operator', 'maker', 'manufacturer', 'dealer', 'wholesaler', 'shop', 'firm', 'group'])
      expect(tradeHeadNoun(w), w).toBe(true);
  });

  it('leaves nouns of a job, of a body of staff and of owning alone', () => {
    for (const w of ['manager', 'engineer', 'founder', 'owner', 'team', 'department', 'director', 'banker'])
      expect(tradeHeadNoun(w), w).toBe(false);
  });
});

describe('an industry word before a noun of a trade (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const said = (q: string): string => {
    return interpretationOf(f, q);
  };

  it('reads "<industry> <trade noun>" as the companies of the industry', () => {
    const cases: [string, string][] = [
      ['which insurance operators are in the data', 'which insurance companies are in the data'],
      ['list the pharmaceutical makers', 'list the pharmaceutical companies'],
      ['how many construction outfits are there', 'how many construction companies are there'],
      ['show me hospitality groups', 'show me hospitality companies'],
      ['any software dealers?', 'any software companies?'],
    ];
    for (const [typed, plain] of cases) {
      const reading = said(typed);
      expect(reading, typed).toBe(said(plain));
      expect(reading, typed).toMatch(/industry/);
    }
  });

  it('reads a second trade noun joined to the first as the same head', () => {
    expect(said('which insurance operators and suppliers are in the data')).toBe(
      said('which insurance companies are in the data'),
    );
    expect(said('list pharmaceutical makers or distributors')).toBe(said('list pharmaceutical companies'));
  });

  it('leaves a noun of a person after a job function to the people readings', () => {
    expect(said('list the marketing managers')).not.toMatch(/industry/);
  });
});
