import { describe, expect, it } from 'vitest';
import { demoScanner, sql } from '../../testkit';

describe('leftover words: emphasis is not content, other unread words are asked about', () => {
  const { fixture } = demoScanner();

  it.each([
    ['events that actually have sponsors', 'events that have sponsors'],
    ['which companies truly sponsor events in 2025', 'which companies sponsor events in 2025'],
    ['people who genuinely work in sales', 'people who work in sales'],
  ])('%s: the same request as "%s"', (stressed, plain) => {
    expect(sql(fixture().ask(stressed))).toBe(sql(fixture().ask(plain)));
  });

  it('an unread adverb with a meaning of its own is asked about, never dropped', () => {
    expect(fixture().ask('events that quarterly have sponsors').kind).not.toBe('sql');
  });
});
