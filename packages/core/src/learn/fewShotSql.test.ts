import { describe, expect, it } from 'vitest';

import { inlineParams } from './fewShotSql';

/** How a verified example's statement is shown to a model: its bound values written in, never run so. */
describe('inlineParams', () => {
  it.each([
    [
      'SELECT "name" FROM "events" WHERE "country" IN (?, ?)',
      ['Singapore', 'Japan'],
      `SELECT "name" FROM "events" WHERE "country" IN ('Singapore', 'Japan')`,
    ],
    ['SELECT 1 WHERE "employees" > ? AND "x" = ?', [1000, null], 'SELECT 1 WHERE "employees" > 1000 AND "x" = NULL'],
    ['SELECT \'?\' AS "a?" WHERE "n" LIKE ?', ["%O'Brien%"], "SELECT '?' AS \"a?\" WHERE \"n\" LIKE '%O''Brien%'"],
    ['SELECT ? , ?', ['only one'], "SELECT 'only one' , ?"],
  ])('%s', (sql, params, shown) => {
    expect(inlineParams(sql, params)).toBe(shown);
  });
});
