import { describe, expect, it } from 'vitest';
import { sameWordForm } from './tokenize';

describe('sameWordForm: two forms of one word, not two words sharing their first letters', () => {
  it.each([
    ['pharmacy', 'pharmacies'],
    ['banking', 'banks'],
    ['technology', 'technologies'],
    ['manufacturing', 'manufacturer'],
    ['logistic', 'logistics'],
    ['education', 'educational'],
    ['consulting', 'consultancy'],
  ])('"%s" and "%s" are one word', (a, b) => {
    expect(sameWordForm(a, b)).toBe(true);
  });

  it.each([
    ['pharmaceutical', 'pharmacies'],
    ['pharmacist', 'pharmaceutical'],
    ['hospitality', 'hospitals'],
    ['construction', 'constellation'],
    ['telecommunications', 'telepathy'],
  ])('"%s" and "%s" are two words', (a, b) => {
    expect(sameWordForm(a, b)).toBe(false);
  });
});
