import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Asked, type Fixture } from '../testkit';

/**
 * Idioms around the request ("long story short", "no rush", "on our radar", WordNet's "in short" set off by commas)
 * are no conditions: the question answers as it does without them. A word of the data inside one, an idiom of
 * relevance to the asker beside a clause of the asker's own, or a WordNet adverb inside a clause is not dropped.
 */
describe('idioms around the request (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const sqlOf = (asked: Asked): string => (asked.kind === 'sql' ? asked.sql : `not answered: ${asked.kind}`);

  it.each([
    ['long story short, which events are in Singapore?', 'which events are in Singapore?'],
    ['which companies sponsor events in 2025? no rush', 'which companies sponsor events in 2025?'],
    ['bit of background: how many events are in October?', 'how many events are in October?'],
    ['okay, in short, which events are in Singapore next month?', 'which events are in Singapore next month?'],
    ['which events in Singapore should be on our radar?', 'which events in Singapore?'],
    ['nothing urgent, but how many companies are in Singapore?', 'how many companies are in Singapore?'],
    ['for a side project - list the events in 2025', 'list the events in 2025'],
    ['by the way, which events start in October?', 'which events start in October?'],
  ])('%s answers as %s', (q, plain) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(sqlOf(asked)).toBe(sqlOf(f.ask(plain)));
  });

  it.each([
    // an idiom of relevance to the asker beside what the asker said of themselves: what is relevant may be their field
    'I run a fintech startup - which events next month should be on my radar?',
    'we are a cybersecurity vendor, which upcoming events should be on our radar?',
  ])('%s is asked about, never answered for every event', (q) => {
    expect(f.ask(q).kind).toBe('clarify');
  });

  it.each([
    // a WordNet adverb inside a clause may modify the rows: not dropped as an idiom
    ['which events are in person in Singapore', 'which events are in Singapore'],
    // a word of the data inside an idiom keeps it
    ['which events are on the Singapore radar', 'which events are on the radar'],
  ])('%s is not read as %s', (q, plain) => {
    expect(sqlOf(f.ask(q))).not.toBe(sqlOf(f.ask(plain)));
  });
});
