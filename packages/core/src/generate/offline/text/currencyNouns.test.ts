import { describe, expect, it } from 'vitest';
import { currencyLength, isCurrencyNoun } from './currencyNouns';

describe('nouns of the revenue currency (WordNet senses of "dollar")', () => {
  it.each(['dollar', 'dollars', 'bucks', 'clams', 'usd'])('%s is the currency', (word) => {
    expect(isCurrencyNoun(word)).toBe(true);
  });

  it.each(['euros', 'pounds', 'money', 'revenue', 'sign', 'us'])('%s is not', (word) => {
    expect(isCurrencyNoun(word)).toBe(false);
  });

  it('reads the country of the dollar before it as part of the currency, alone nothing', () => {
    expect(currencyLength(['us', 'dollars', 'in'], 0)).toBe(2);
    expect(currencyLength(['us', 'companies'], 0)).toBe(0);
    expect(currencyLength(['bucks', 'a', 'year'], 0)).toBe(1);
  });
});
