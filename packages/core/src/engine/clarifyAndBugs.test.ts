import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterpretationBug } from '../errors/InterpretationBug';
import type { SqlGenerator } from '../generate/SqlGenerator';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { testTables } from '../testing/testTables';
import { Engine } from './Engine';

/** Asks back about "zorbly", answers the completed question, and has a bug on "crash". */
const generator: SqlGenerator = {
  name: 'scripted',
  async generate({ question, history }) {
    if (/crash/.test(question)) throw new InterpretationBug(question, new TypeError('x is undefined'));
    if (/zorbly/.test(question))
      return {
        kind: 'clarify',
        clarification: {
          question: 'Did you mean the country Singapore?',
          part: 'zorbly',
          options: [
            { id: 'o1', label: 'the country Singapore' },
            { id: 'o2', label: 'leave out "zorbly"' },
          ],
        },
        understanding: { pending: question },
      };
    const pending = (history.at(-1)?.understanding as { pending?: string } | undefined)?.pending;
    return {
      kind: 'sql',
      sql: 'SELECT name FROM events WHERE country = ? ORDER BY name',
      params: ['Singapore'],
      interpretation: pending ? `events in Singapore (from "${pending}")` : 'events in Singapore',
    };
  },
};

describe('Engine: clarify answers and generator bugs', () => {
  let data: TestDatabase;
  let engine: Engine;
  const logged: Error[] = [];
  beforeAll(async () => {
    data = createTestDatabase({ people: 50, companies: 20 });
    engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      generator,
      logError: (e) => logged.push(e),
    });
  });
  afterAll(async () => {
    await engine.close();
    data.cleanup();
  });

  it('a clarification has no SQL or rows, lists the options in its text and keeps the pending question', async () => {
    const answer = await engine.ask('events in zorbly');
    expect(answer.status).toBe('clarify');
    expect(answer.sql).toBeNull();
    expect(answer.rows).toEqual([]);
    expect(answer.reason).toBeNull();
    expect(answer.clarification?.options.map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(answer.text).toBe('Did you mean the country Singapore?\n1. the country Singapore\n2. leave out "zorbly"');
    const next = await engine.ask('1', {
      history: [{ question: 'events in zorbly', sql: null, interpretation: null, understanding: answer.understanding }],
    });
    expect(next.status).toBe('answered');
    expect(next.clarification).toBeNull();
    expect(next.interpretation).toBe('events in Singapore (from "events in zorbly")');
  });

  it('a bug inside the generator is a logged ENGINE_ERROR failure, not a refusal', async () => {
    const answer = await engine.ask('crash please');
    expect(answer.status).toBe('failed');
    expect(answer.reason?.code).toBe('ENGINE_ERROR');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toBeInstanceOf(InterpretationBug);
  });
});
