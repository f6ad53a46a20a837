import { describe, expect, it } from 'vitest';
import { cleanText, decodeUnicodeEscapes, foldAccents, lookupKey } from './text';

describe('text helpers', () => {
  it.each([
    ['\\u00c5str\\u00f6m', 'Åström'],
    ['Bogumi\\u0142a', 'Bogumiła'],
    ['plain', 'plain'],
    ['\\u00cele-De-France', 'Île-De-France'],
  ])('decodeUnicodeEscapes(%j) = %j', (raw, want) => {
    expect(decodeUnicodeEscapes(raw)).toBe(want);
  });

  it.each([
    ['Håkedal', 'Hakedal'],
    ['Høj', 'Hoj'],
    ['Bolaños', 'Bolanos'],
    ['Çevikel Anıl', 'Cevikel Anil'],
    ['Straße Łódź', 'Strasse Lodz'],
    ['Pääjärvi', 'Paajarvi'],
  ])('foldAccents(%j) = %j', (raw, want) => {
    expect(foldAccents(raw)).toBe(want);
  });

  it.each([
    ['The U.S.A.', 'usa'],
    ['Bosnia & Herzegovina', 'bosnia and herzegovina'],
    ["Côte d'Ivoire", 'cote divoire'],
  ])('lookupKey(%j) = %j', (raw, want) => {
    expect(lookupKey(raw)).toBe(want);
  });

  it.each([[''], ['  '], ['null'], ['N/A'], ['#N/A'], ['-'], ['None'], [null], [undefined]])(
    'cleanText(%j) is null',
    (raw) => {
      expect(cleanText(raw)).toBeNull();
    },
  );

  it.each([['Na'], ['Nan'], [' Smith '], ['Cl\\u00e9ment']])('cleanText(%j) keeps a real value', (raw) => {
    expect(cleanText(raw)).toBe(decodeUnicodeEscapes(raw).trim());
  });
});
