import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, type Fixture } from '../../testkit';

/**
 * "only" inside a clause on the question's noun says nothing else holds, which the request cannot say: asked about,
 * never answered as the relation alone. Before the question's noun, or with a count, it is read as before.
 */
describe('"only" inside a clause (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('asks about "only" on a relation or its object', () => {
    for (const q of [
      'companies that only sponsor',
      'companies that sponsor only',
      'companies that only attend events in singapore',
      'companies that sponsor only events in 2025',
      'events with only sponsors',
    ]) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('clarify');
      if (asked.kind === 'clarify') expect(asked.clarification.part, q).toBe('only');
    }
  });

  it('narrows the set asked, or counts exactly, as before', () => {
    for (const q of ['show only events in 2025', 'only the sponsors at cemat', 'which events have only one sponsor'])
      expect(f.ask(q).kind, q).toBe('sql');
  });
});
