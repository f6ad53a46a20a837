import { describe, expect, it } from 'vitest';
import { eventTagsMentioned, eventTagsNamedBy } from './eventTagsMentioned';

describe('eventTagsMentioned', () => {
  it.each([
    ['Find me companies attending Oil & Gas related events', ['oil_gas']],
    ['emails of people at finance and banking events', ['finance_banking']],
    ['show me the food and beverage events', ['food_beverage']],
    ['F&B shows in Singapore', ['food_beverage']],
    ['which cybersecurity conferences are coming up?', ['cybersecurity']],
    ['healthcare events next quarter', ['healthcare_medical']],
    ['is it raining?', []],
    ['', []],
  ])('%j -> %j', (q, want) => {
    expect(eventTagsMentioned(q)).toEqual(want);
  });
});

describe('eventTagsNamedBy', () => {
  it.each([
    ['payments', ['finance_banking']],
    ['fintech', ['finance_banking']],
    ['web3', ['crypto_blockchain']],
    ['crypto', ['crypto_blockchain']],
    ['it', ['technology']],
    ['AI', ['ai_data']],
    ['petrochemicals', ['oil_gas', 'chemicals']],
    ['Healthcare & Medical', ['healthcare_medical']],
    ['life sciences', ['pharma_biotech']],
    // a keyword inside a longer phrase is not the phrase ("fashion technology" is not technology)
    ['fashion technology', []],
    ['', []],
  ])('%j -> %j', (phrase, want) => {
    expect(eventTagsNamedBy(phrase)).toEqual(want);
  });
});
