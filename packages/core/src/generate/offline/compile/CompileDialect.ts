/**
 * The few expressions the offline compiler spells differently per SQL dialect; everything else it emits
 * (quoted identifiers, `?` placeholders, joins, sub-queries, window functions, `CAST(x AS TEXT)`) is shared
 * by SQLite and PostgreSQL. The PostgreSQL executor numbers the `?` placeholders itself.
 */
export interface CompileDialect {
  readonly name: 'sqlite' | 'postgresql';
  /** A case-insensitive LIKE of a text expression against a bound pattern. */
  readonly like: (expression: string, pattern: string) => string;
  /** The 'YYYY' (year), 'YYYY-MM' (month) or 'YYYY-Qn' (quarter) of a calendar-day column. */
  readonly datePrefix: (column: string, part: 'year' | 'quarter' | 'month') => string;
  /** The boolean false a nullable condition falls back to. */
  readonly falseValue: string;
  /** The whole days from a calendar day (a checked 'YYYY-MM-DD', written as a literal) to a calendar-day column. */
  readonly daysSince: (day: string, column: string) => string;
}

/** A checked calendar day as an SQL string literal; anything else is a bug of the caller, never SQL text. */
function dayLiteral(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a calendar day: ${JSON.stringify(day)}`);
  return `'${day}'`;
}

/** SQLite: LIKE is case-insensitive (ASCII) and a day is 'YYYY-MM-DD' text. The compiler's original spelling. */
export const SQLITE_COMPILE_DIALECT: CompileDialect = {
  name: 'sqlite',
  like: (expression, pattern) => `${expression} LIKE ${pattern}`,
  // the quarter is the year and the month's quarter number ('2025-Q1'), which sorts as the calendar does
  datePrefix: (column, part) =>
    part === 'quarter'
      ? `substr(${column}, 1, 4) || '-Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3)`
      : `substr(${column}, 1, ${part === 'month' ? 7 : 4})`,
  falseValue: '0',
  daysSince: (day, column) => `CAST(julianday(${column}) - julianday(${dayLiteral(day)}) AS INTEGER)`,
};

/** PostgreSQL: LIKE is case-sensitive (ILIKE is not), a day is the DATE type, and booleans are not integers. */
export const POSTGRESQL_COMPILE_DIALECT: CompileDialect = {
  name: 'postgresql',
  like: (expression, pattern) => `${expression} ILIKE ${pattern}`,
  datePrefix: (column, part) =>
    `to_char(${column}, '${part === 'quarter' ? 'YYYY-"Q"Q' : part === 'month' ? 'YYYY-MM' : 'YYYY'}')`,
  falseValue: 'FALSE',
  daysSince: (day, column) => `(${column} - DATE ${dayLiteral(day)})`,
};

/** The compile dialect of a database's parser dialect (`SqlDialectDatabase.parserDialect`). */
export function compileDialectOf(parserDialect: 'sqlite' | 'postgresql'): CompileDialect {
  return parserDialect === 'postgresql' ? POSTGRESQL_COMPILE_DIALECT : SQLITE_COMPILE_DIALECT;
}
