import { describe, expect, it } from 'vitest';
import { parseSqlQuery } from './parseSqlQuery';

describe('parseSqlQuery', () => {
  it.each([
    ['SELECT name FROM events', 'SELECT name FROM events'],
    ['SQLQuery: SELECT name FROM events\nSQLResult: [...]\nAnswer: ...', 'SELECT name FROM events'],
    ['Question: q\nSQLQuery: SELECT 1;\nSQLResult:', 'SELECT 1'],
    ['SQLQuery: ```sql\nSELECT name\nFROM events\n```\nSQLResult: x', 'SELECT name\nFROM events'],
    ['```sql\nSELECT 2;\n```', 'SELECT 2'],
    ['```\nSELECT 3\n```', 'SELECT 3'],
    [' SELECT 4 \nAnswer: four', 'SELECT 4'],
    ['SQLQuery: `SELECT 5`', 'SELECT 5'],
    ['SQLQuery: NONE', ''],
    ['', ''],
    ["SQLQuery: SELECT 'SQLQuery: x' FROM events", "SELECT 'SQLQuery: x' FROM events"],
  ])('%j -> %j', (reply, sql) => {
    expect(parseSqlQuery(reply)).toBe(sql);
  });
});
