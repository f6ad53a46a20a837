import { describe, expect, it } from 'vitest';
import { eventTagsMentioned } from './eventTagsMentioned';

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
