import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { scanQuantity } from './scanQuantity';

/** The conditions the quantity scanner reads from a question (as-of year 2024). */
function conds(question: string): unknown[] {
  const tokens = tokenize(question);
  return scanQuantity(tokens, new Array<boolean>(tokens.length).fill(false), 2024).map((h) => {
    const { kind, ...rest } = h.cond as { kind: string; column?: string; op?: string; value?: number };
    return { kind, column: rest.column, op: rest.op, value: rest.value };
  });
}

describe('a bound said after the unit of a number', () => {
  it.each([
    ['sponsors with 200 employees or less', 'employees', '<=', 200],
    ['companies with 5000 staff or more', 'employees', '>=', 5000],
    ['firms with 50 employees and above', 'employees', '>=', 50],
    ['sponsors with 10 million revenue or less', 'revenue_usd', '<=', 10_000_000],
  ])('%s', (q, column, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'compare', column, op, value }]);
  });

  it('a number and a unit with no bound after them stay unread as a comparison', () => {
    expect(conds('companies with 200 employees')).toEqual([]);
  });
});
