import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('countries typed clipped after a place word (demo data)', () => {
  const demo = demoScanner();
  const scan = (q: string) => scanMentions(q, demo.index(), '2024-07-15');

  it.each([
    ['contacts in cana', 'Canada'],
    ['firms based in singa', 'Singapore'],
  ])('%s -> %s', (question, country) => {
    const s = scan(question);
    expect(s.ignored).toEqual([]);
    expect(s.mentions.some((m) => m.t === 'country' && m.names.includes(country))).toBe(true);
  });

  // the first word of a name typed whole is no clipping of it: 'hong' alone was read as Hong Kong and 'kong' asked
  // back, so 'events in hong kong' was never answered
  it.each([
    ['events in hong kong', 'Hong Kong'],
    ['companies based in sri lanka', 'Sri Lanka'],
  ])('%s: the whole name', (question, country) => {
    const s = scan(question);
    expect(s.ignored).toEqual([]);
    expect(s.mentions.find((m) => m.t === 'country')?.text).toBe(country.toLowerCase());
  });

  it('a clipped word after no place word is no country', () => {
    expect(scan('cana contacts').mentions.some((m) => m.t === 'country')).toBe(false);
  });

  it('an English word is no clipped country ("in chin" is not China)', () => {
    expect(scan('people in chin').mentions.some((m) => m.t === 'country')).toBe(false);
  });
});
