import { classifyJobFunction } from '@musaeid/db';
import { describe, expect, it } from 'vitest';
import { PROCUREMENT_TITLE_WORDS, ROLE_TITLE_FUNCTIONS } from './jobWords';

/**
 * A role inside a job function names fewer people than the function: each word its titles say must alone be a
 * title the ingestion files under that function, or the role would reach people outside it.
 */
describe('role titles lie inside their job function', () => {
  it.each(PROCUREMENT_TITLE_WORDS)('"%s" alone is an operations title', (word) => {
    expect(classifyJobFunction(word)).toBe(ROLE_TITLE_FUNCTIONS.get('procurement'));
  });

  it('every name of the procurement discipline reads the same role', () => {
    for (const phrase of ['procurement', 'purchasing', 'sourcing', 'buyers', 'purchasers'])
      expect(ROLE_TITLE_FUNCTIONS.get(phrase), phrase).toBe('operations');
  });
});
