import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AS_OF, demoFixture, type Fixture } from '../generate/offline/testkit';
import { ExampleIndex } from './ExampleIndex';
import { reuseExactExample, reuseExampleWithOtherValues } from './reuseVerifiedExample';
import type { VerifiedExample } from './VerifiedExample';

/** Reuse of confirmed answers over the demo data, with the real offline generator. */
describe('verified examples', () => {
  let f: Fixture;
  let events: string[];
  beforeAll(async () => {
    f = await demoFixture();
    events = (f.db.prepare('SELECT name FROM events ORDER BY id LIMIT 2').pluck().all() as string[]).filter(Boolean);
  });
  afterAll(() => f.close());

  /** An example verified from the generator's own reading of `question`. */
  const verify = (question: string): VerifiedExample => {
    const read = f.gen.generateSync({ question, history: [], asOf: AS_OF });
    if (read.kind !== 'sql') throw new Error(`not answered: ${question}`);
    const understanding = read.understanding as { request: unknown };
    return {
      id: question,
      question,
      generator: 'offline',
      request: understanding.request,
      sql: read.sql,
      interpretation: read.interpretation,
    };
  };

  it('answers the same question (any casing or punctuation) with the confirmed request, naming it', () => {
    const example = verify('Which events are in Germany?');
    const reused = reuseExactExample('which events are in GERMANY', [example]);
    expect(reused).toMatchObject({ kind: 'sql', sql: example.sql });
    expect(reused?.kind === 'sql' && reused.interpretation).toBe(
      `${example.interpretation} (the verified answer to "Which events are in Germany?")`,
    );
    expect(reuseExactExample('Which events are in France?', [example])).toBeNull();
  });

  it('re-fills the slots of the confirmed request for the same question with another event', () => {
    const [a, b] = events;
    if (!a || !b) throw new Error('demo data has fewer than 2 events');
    const example = verify(`Which companies sponsor ${a}?`);
    const question = `Which companies sponsor ${b}?`;
    const read = f.gen.generateSync({ question, history: [], asOf: AS_OF });
    const reused = reuseExampleWithOtherValues(question, [example], read);
    expect(reused?.kind).toBe('sql');
    expect(reused?.kind === 'sql' && reused.interpretation).toContain(
      `as verified for "Which companies sponsor ${a}?"`,
    );
    expect(reused?.kind === 'sql' && reused.interpretation).toContain(b);
    // Another question shape (exhibitors, not sponsors) is not the example's.
    const other = `Which companies exhibit at ${b}?`;
    const otherRead = f.gen.generateSync({ question: other, history: [], asOf: AS_OF });
    expect(reuseExampleWithOtherValues(other, [example], otherRead)).toBeNull();
  });

  it.each([
    ['a country', 'Which events are in Germany?', 'Which events are in France?', 'France'],
    ['a month', 'Which events start in March 2025?', 'Which events start in June 2025?', '2025-06-01..2025-06-30'],
    ['a job function', 'Which people work in marketing?', 'Which people work in finance?', 'finance'],
  ])('re-fills %s', (_slot, verified, question, value) => {
    const example = verify(verified);
    const read = f.gen.generateSync({ question, history: [], asOf: AS_OF });
    const reused = reuseExampleWithOtherValues(question, [example], read);
    expect(reused?.kind).toBe('sql');
    if (reused?.kind !== 'sql' || read.kind !== 'sql') return;
    expect(reused.interpretation).toContain(`as verified for "${verified}"`);
    expect(reused.interpretation.toLowerCase()).toContain(value.toLowerCase());
    // The request that runs is the new question's (its values), not the example's.
    expect(reused.params).toEqual(read.params);
  });

  it('does not reuse an example of another structure (a count, not a list)', () => {
    const example = verify('Which events are in Germany?');
    const question = 'How many events are in France?';
    const read = f.gen.generateSync({ question, history: [], asOf: AS_OF });
    expect(reuseExampleWithOtherValues(question, [example], read)).toBeNull();
  });

  it('ranks examples by the words they share with a question', () => {
    const examples = [
      'How many events are in Germany?',
      'Which companies sponsor events?',
      'List the people at Galacore',
    ].map((question) => ({
      id: question,
      question,
      generator: 'offline',
      request: null,
      sql: 'SELECT 1',
      interpretation: null,
    }));
    const index = new ExampleIndex(examples);
    expect(index.nearest('which companies are sponsors', 2).map((e) => e.question)).toEqual([
      'Which companies sponsor events?',
    ]);
    expect(index.nearest('weather tomorrow', 3)).toEqual([]);
  });
});
