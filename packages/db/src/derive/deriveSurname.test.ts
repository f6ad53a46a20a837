import { describe, expect, it } from 'vitest';
import { deriveSurname } from './deriveSurname';

describe('deriveSurname', () => {
  it.each([
    ['', 'Battini', 'Battini'],
    ['Voivodic', 'Ribeiro Leite', 'Ribeiro Leite'],
    ['Clément', '', 'Clément'],
    ['Cl\\u00e9ment', '', 'Clément'],
    [null, '  Smith ', 'Smith'],
    ['', 'Na', 'Na'],
    ['', '-', null],
    ['', '', null],
    [null, null, null],
  ])('(%j, %j) -> %j', (middle, last, want) => {
    expect(deriveSurname(middle, last)).toBe(want);
  });
});
