import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, sql, type Fixture } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { readVagueEventRequests } from './vagueEventRequests';

const norms = (q: string): string[] => {
  const tokens = tokenize(q);
  readVagueEventRequests(tokens);
  return tokens.map((t) => t.norm);
};

/** A loose group of people named by a theme is that theme's audience: the events about it. */
describe('the audience of a theme heads a vague request', () => {
  it.each([
    ['anything for the space / satellite crowd?', 'events about the space / satellite crowd?'],
    ['got anything for the fintech types', 'got events about the fintech types'],
    ['something for the marketing lot next month', 'events about the marketing lot next month'],
  ])('"%s" reads as "%s"', (q, read) => {
    expect(norms(q)).toEqual(tokenize(read).map((t) => t.norm));
  });

  it.each(['anything for a lot of people', 'anything for the team', 'anything for the bunch of them'])(
    '"%s" is left as typed',
    (q) => {
      expect(norms(q)).toEqual(tokenize(q).map((t) => t.norm));
    },
  );
});

describe('loose groups of people end to end (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    // the people of a place: "the ones in" the place
    ['sales people, not the germany lot', 'sales people, not the ones in germany'],
    ['marketing people - just the france crowd', 'marketing people - just the ones in france'],
    ['how many people? not the german bunch', 'how many people? not the ones in germany'],
    // the audience of a theme: the events about it
    ['any events for the technology crowd?', 'any events about technology?'],
    ['events in 2025 for the technology types', 'events in 2025 about technology'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it('a group noun before "of" is a quantity, never a group', () => {
    expect(f.ask('a lot of events in germany').kind).toBe('sql');
  });
});
