import { describe, expect, it } from 'vitest';
import { isPriceNoun } from './priceNouns';

describe('isPriceNoun: prices, fees and costs, read through WordNet', () => {
  it.each(['price', 'prices', 'fee', 'fees', 'fare', 'cost', 'rates', 'valuation'])('%s is a price', (word) => {
    expect(isPriceNoun(word)).toBe(true);
  });

  // amounts the data holds or no amount at all
  it.each(['revenue', 'budget', 'tickets', 'sponsorship', 'events', 'employees', 'xyzzy'])('%s is not', (word) => {
    expect(isPriceNoun(word)).toBe(false);
  });
});
