import { describe, expect, it } from 'vitest';

import { formatSql } from './formatSql';

describe('formatSql', () => {
  it('puts each clause on its own line and AND/OR of a WHERE indented', () => {
    expect(formatSql('select a, b from t where x = 1 and y = 2 group by a order by b desc limit 5')).toBe(
      'SELECT a, b\nFROM t\nWHERE x = 1\n  AND y = 2\nGROUP BY a\nORDER BY b desc\nLIMIT 5',
    );
  });

  it('indents sub-queries and leaves quoted text untouched', () => {
    const sql = `SELECT * FROM (SELECT "from" AS "where and", 'a  from  b' FROM t) AS g WHERE "rank" <= ?`;
    expect(formatSql(sql)).toBe(
      `SELECT *\nFROM (\n  SELECT "from" AS "where and", 'a  from  b'\n  FROM t) AS g\nWHERE "rank" <= ?`,
    );
  });

  it('keeps BETWEEN ... AND on one line and joins on their own lines', () => {
    expect(formatSql('SELECT 1 FROM a JOIN b ON a.id = b.id WHERE d BETWEEN 1 AND 2')).toBe(
      'SELECT 1\nFROM a\nJOIN b ON a.id = b.id\nWHERE d BETWEEN 1 AND 2',
    );
  });

  it('changes nothing but whitespace and keyword case', () => {
    const sql = `SELECT substr("e1"."start_date", 1, 7) AS "month", COUNT(DISTINCT "e1"."id") AS "events" FROM "events" AS "e1" WHERE "e1"."start_date" >= ? AND "e1"."start_date" <= ? GROUP BY substr("e1"."start_date", 1, 7)`;
    const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
    expect(squash(formatSql(sql))).toBe(squash(sql));
  });
});
