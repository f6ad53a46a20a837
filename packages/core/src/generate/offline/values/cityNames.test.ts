import { describe, expect, it } from 'vitest';
import { cityNames, type DataCity } from './cityNames';

describe('cities a question can name', () => {
  const data: DataCity[] = [
    { value: 'Bengaluru', placeOfRecord: true, people: 3 },
    { value: 'Springfieldton', placeOfRecord: true, people: 0 },
  ];
  const names = cityNames(
    data,
    () => false,
    (key) => key === 'reading',
  );

  it('a city of the gazetteer reaches every spelling the data holds for it', () => {
    expect(names.get('bangalore')?.values).toEqual(['Bengaluru']);
  });

  it('a city of the gazetteer no row holds is still read as that city (its answer is empty, not a name unfound)', () => {
    const hit = names.get('lagos');
    expect(hit?.label).toBe('Lagos');
    expect(hit?.values).toEqual(['Lagos']);
  });

  it('an ordinary word is no absent city', () => {
    expect(names.get('reading')).toBeUndefined();
  });

  it('a spelling only the data has stays its own city', () => {
    expect(names.get('springfieldton')?.values).toEqual(['Springfieldton']);
  });
});
