import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';

describe('a demonym before a theme noun of kind is the theme, not the place (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const reading = (q: string): string => {
    const asked = f.ask(q);
    return asked.kind === 'sql' ? asked.interpretation : `(${asked.kind})`;
  };

  it.each([
    ['any thai cuisine events later this year?', 'thai', 'Thailand'],
    ['Italian wine events', 'italian', 'Italy'],
    ['show me german beer events', 'german', 'Germany'],
  ])('%s: the events saying the demonym, in any country', (q, word, country) => {
    const read = reading(q);
    expect(read).toContain(`mentioning "${word}"`);
    expect(read).not.toContain(country);
  });

  it.each([
    ['food events in Thailand', 'in Thailand'],
    ['Thai companies sponsoring events', 'companies in Thailand'],
  ])('a country named, or a demonym before another noun, stays the place: %s', (q, place) => {
    expect(reading(q)).toContain(place);
  });
});
