import { describe, expect, it } from 'vitest';

import { answered, clarifyAnswer } from '../testing/ScriptedEngine';
import { predictionLine } from './ask';

describe('ask --json', () => {
  it('gives "status": "clarify" with the question back and its options', () => {
    const line = JSON.parse(predictionLine('q', clarifyAnswer('events in australia'))) as Record<string, unknown>;
    expect(line).toMatchObject({
      status: 'clarify',
      sql: null,
      refused: false,
      clarification: {
        part: 'australia',
        options: [
          { id: 'o1', label: 'the country Australia' },
          { id: 'o2', label: 'the event Australia Tech Week' },
        ],
      },
    });
    expect(JSON.parse(predictionLine('q', answered())).clarification).toBeNull();
  });
});
