import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, valueIndexOf, type Fixture } from '../../testkit';
import { matchTopic } from '../matchTopic';

/**
 * A vague noun standing for events ("stuff", "things") heads the theme before it as "events" does ("space stuff",
 * "shipping or energy things"): the theme is the events' theme, each alternative its own; the vague noun itself
 * names no theme (WordNet's "stuff" is material, which reached the manufacturing and logistics tags).
 */
describe.skipIf(!hasRealData)('a vague noun heading a theme (real data)', () => {
  warnIfNoRealData('vagueThemeHeads');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const tagged = (...tags: string[]): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN event_tags t ON t.event_id = e.id WHERE t.tag IN (${tags
        .map(() => '?')
        .join(', ')}) AND e.start_date BETWEEN '2025-01-01' AND '2025-12-31'`,
      ...tags,
    );

  it.each([
    ['space stuff in 2025', ['space']],
    ['aviation or space things in 2025', ['aviation', 'space']],
    ['any space or aviation stuff happening in 2025?', ['aviation', 'space']],
  ])('%s: the events of the themes said, no other', (q, tags) => {
    const r = f.ask(q);
    expect(r.kind).toBe('sql');
    expect(new Set(column(r, 'event'))).toEqual(tagged(...tags));
  });

  it.each([['stuff'], ['things'], ['the stuff']])('"%s" alone names no theme', (words) => {
    expect(matchTopic(words.split(' '), valueIndexOf(f)).any).toBe(false);
  });

  it('a vague noun inside a theme phrase stays the phrase', () => {
    const r = f.ask('internet of things events');
    expect(r.kind === 'sql' ? r.interpretation : '').toMatch(/internet of things/i);
  });
});
