import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';

describe('a country code typed in lower case', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f?.close());

  it.each([
    'contacts in germany at us companies',
    'how many us companies are there',
    'which us firms sponsor events',
    // terse keyword form: after a noun (a job, a theme) it cannot be an object pronoun
    'marketing directors us companies',
    'sales people us firms',
  ])('before a noun, after a preposition, a determiner or another noun, it is the country: %s', (q) => {
    const asked = f?.ask(q);
    expect(asked?.kind).toBe('sql');
    if (asked?.kind === 'sql') expect(asked.interpretation).toContain('United States (headquarters)');
  });

  it('after a verb it is the pronoun: "show us companies"', () => {
    const asked = f?.ask('show us companies sponsoring events');
    expect(asked?.kind).toBe('sql');
    if (asked?.kind === 'sql') expect(asked.interpretation).not.toContain('United States');
  });
});
