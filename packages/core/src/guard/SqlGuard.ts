import nodeSqlParser from 'node-sql-parser';
import { GuardRejection } from '../errors/GuardRejection';
import { ALLOWED_FUNCTIONS, FORBIDDEN_KEYWORDS, FORBIDDEN_NAMES, FORBIDDEN_PREFIXES } from './allowedFunctions';
import { postgresLexicalProblem } from './postgresLexicalRules';
import { SqlLexError, tokenizeSql, type SqlToken } from './tokenizeSql';

/** Known non-data tables, refused by name even before parsing (the allowlist refuses them anyway). */
export const FORBIDDEN_TABLES: readonly string[] = [
  'users',
  'api_keys',
  'chats',
  'messages',
  'message_results',
  'usage_records',
  'message_ratings',
  'verified_examples',
  'glossary_terms',
  'ingest_runs',
  'ingest_issues',
  'mikro_orm_migrations',
];

/** Options for {@link SqlGuard}. */
export interface SqlGuardOptions {
  /** The only tables a query may read (the data tables). */
  allowedTables: readonly string[];
  /** node-sql-parser dialect. */
  parserDialect?: 'sqlite' | 'postgresql';
  /** Longest statement accepted, in characters. */
  maxLength?: number;
}

/** A statement the guard accepted, ready to run. */
export interface GuardedStatement {
  /** The statement to run (trimmed, trailing semicolon removed). */
  sql: string;
  /** Data tables it reads. */
  tables: string[];
  /** Number of `?` placeholders. */
  parameterCount: number;
}

const STATEMENT_TYPES_OTHER_THAN_SELECT = new Set([
  'insert',
  'update',
  'delete',
  'replace',
  'create',
  'drop',
  'alter',
  'truncate',
  'rename',
  'attach',
  'detach',
  'pragma',
  'transaction',
  'grant',
  'revoke',
  'exec',
  'execute',
  'load_data',
  'vacuum',
  'reindex',
  'explain',
]);
/** Function-call shapes the parser uses for SQL syntax rather than real functions. */
const SYNTAX_FUNCTIONS = new Set(['exists', 'not exists', 'not']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Checks every statement before it runs. Three independent layers:
 * 1. a lexer with SQLite's own rules (refuses stacked statements, non-ASCII or odd characters
 *    outside string literals, forbidden keywords, dangerous function names, app tables,
 *    `sqlite_*`/`pragma_*` names), whatever the parser thinks;
 * 2. node-sql-parser (SQLite dialect) on the statement with every string literal and comment
 *    neutralised, so the parser sees exactly SQLite's token structure: exactly one SELECT
 *    (or WITH ... SELECT), every table in the allowlist (or a CTE of the statement), no schema
 *    qualifiers, every function in {@link ALLOWED_FUNCTIONS}, no data-changing node anywhere;
 * 3. (outside the guard) a read-only, `query_only` connection.
 *
 * @example
 * const guard = new SqlGuard({ allowedTables: ['events'] });
 * guard.check('SELECT name FROM events'); // { sql: 'SELECT name FROM events', tables: ['events'], parameterCount: 0 }
 * guard.check('DROP TABLE events');       // throws GuardRejection (NOT_SELECT / FORBIDDEN_KEYWORD)
 */
export class SqlGuard {
  readonly #allowed: Set<string>;
  readonly #forbiddenTables: Set<string>;
  readonly #dialect: 'sqlite' | 'postgresql';
  readonly #maxLength: number;
  readonly #parser = new nodeSqlParser.Parser();
  /**
   * Parser verdicts for statements already accepted, keyed by the neutralised text (literals and
   * comments blanked), so generated SQL that differs only in bound values skips the ~2 ms parse.
   * The lexical layer still runs on every input; rejections are never cached.
   */
  readonly #accepted = new Map<string, readonly string[]>();
  static readonly #MAX_CACHED = 512;

  constructor(options: SqlGuardOptions) {
    this.#allowed = new Set(options.allowedTables.map((t) => t.toLowerCase()));
    this.#forbiddenTables = new Set(FORBIDDEN_TABLES.filter((t) => !this.#allowed.has(t)));
    this.#dialect = options.parserDialect ?? 'sqlite';
    this.#maxLength = options.maxLength ?? 20_000;
  }

  /** Returns the statement to run, or throws {@link GuardRejection}. */
  check(input: string): GuardedStatement {
    const reject = (rule: GuardRejection['rule'], reason: string): never => {
      throw new GuardRejection(rule, reason, input);
    };
    if (typeof input !== 'string' || input.trim() === '') reject('EMPTY', 'the statement is empty');
    if (input.length > this.#maxLength)
      reject('TOO_LONG', `the statement is longer than ${this.#maxLength} characters`);

    let tokens: SqlToken[];
    try {
      tokens = tokenizeSql(input);
    } catch (error) {
      if (error instanceof SqlLexError)
        return reject('FORBIDDEN_SYNTAX', `${error.message} (at offset ${error.position})`);
      throw error;
    }

    // Layer 1: lexical checks (independent of the parser).
    if (this.#dialect === 'postgresql') {
      const problem = postgresLexicalProblem(tokens);
      if (problem !== null) reject('FORBIDDEN_SYNTAX', problem);
    }
    const code = tokens.filter((t) => t.kind !== 'whitespace' && t.kind !== 'comment');
    const lastCode = code.length - 1;
    code.forEach((token, index) => {
      if (token.kind === 'operator' && token.text === ';' && index !== lastCode) {
        reject('MULTIPLE_STATEMENTS', 'only one statement may run at a time');
      }
    });
    let end = code.length;
    if (code[lastCode]?.kind === 'operator' && code[lastCode]?.text === ';') end = lastCode;
    const body = code.slice(0, end);
    if (body.length === 0) reject('EMPTY', 'the statement is empty');
    for (let i = 0; i < body.length; i++) {
      const token = body[i]!;
      if (token.kind === 'word' || token.kind === 'identifier') {
        const name = (token.kind === 'word' ? token.text : token.value).toLowerCase();
        const next = body[i + 1];
        const isCall = next?.kind === 'operator' && next.text === '(';
        if (token.kind === 'word' && FORBIDDEN_KEYWORDS.has(name)) {
          reject('FORBIDDEN_KEYWORD', `${name.toUpperCase()} is not allowed: only reading queries (SELECT) may run`);
        }
        if (token.kind === 'word' && name === 'replace' && !isCall) {
          reject('FORBIDDEN_KEYWORD', 'REPLACE is not allowed: only reading queries (SELECT) may run');
        }
        const previous = body[i - 1];
        if (isCall && previous?.kind === 'operator' && previous.text === '.') {
          reject('FORBIDDEN_FUNCTION', `schema-qualified functions (.${name}) are not allowed`);
        }
        if (FORBIDDEN_NAMES.has(name)) reject('FORBIDDEN_FUNCTION', `the function ${name} is not allowed`);
        if (FORBIDDEN_PREFIXES.some((p) => name.startsWith(p))) {
          reject('FORBIDDEN_TABLE', `${name} is internal to the database and cannot be queried`);
        }
        if (this.#forbiddenTables.has(name)) {
          reject('FORBIDDEN_TABLE', `the table ${name} is not part of the data that can be queried`);
        }
      }
    }
    const first = body[0]!;
    if (
      !(first.kind === 'word' && ['select', 'with'].includes(first.text.toLowerCase())) &&
      !(first.kind === 'operator' && first.text === '(')
    ) {
      reject('NOT_SELECT', 'only SELECT queries (optionally starting WITH) may run');
    }
    const parameterCount = body.filter((t) => t.kind === 'parameter').length;
    if (body.some((t) => t.kind === 'parameter' && t.text !== '?')) {
      reject('FORBIDDEN_SYNTAX', 'only plain ? placeholders are supported');
    }

    // Layer 2: the parser, on the statement with literals and comments neutralised.
    const sql = input.slice(0, body[body.length - 1]!.end).slice(body[0]!.start);
    const neutral = neutralForParser(
      tokens.filter((t) => t.start >= body[0]!.start && t.end <= body[body.length - 1]!.end),
      this.#dialect,
    );
    const known = this.#accepted.get(neutral);
    if (known) {
      this.#accepted.delete(neutral); // refresh its place in the LRU order
      this.#accepted.set(neutral, known);
      return { sql, tables: [...known], parameterCount };
    }
    let ast: unknown;
    try {
      ast = this.#parser.astify(neutral, { database: this.#dialect });
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
      return reject('PARSE_ERROR', `the statement could not be parsed as a single ${this.#dialect} SELECT: ${detail}`);
    }
    const statements = Array.isArray(ast) ? ast : [ast];
    if (statements.length !== 1) reject('MULTIPLE_STATEMENTS', 'only one statement may run at a time');
    const root = statements[0] as { type?: string } | undefined;
    if (!root || root.type !== 'select') reject('NOT_SELECT', 'only SELECT queries (optionally starting WITH) may run');

    const cteNames = new Set<string>();
    const tables = new Set<string>();
    const visit = (node: Json, key: string | null): void => {
      if (Array.isArray(node)) {
        for (const item of node) visit(item, key);
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const type = typeof node.type === 'string' ? node.type.toLowerCase() : null;
      if (type && STATEMENT_TYPES_OTHER_THAN_SELECT.has(type)) {
        reject('NOT_SELECT', `a ${type.toUpperCase()} statement is not allowed: only reading queries may run`);
      }
      if (key === 'with' && node.name && typeof node.name === 'object' && !Array.isArray(node.name)) {
        const value = (node.name as { value?: Json }).value;
        if (typeof value === 'string') cteNames.add(value.toLowerCase());
        const stmt = node.stmt as { ast?: { type?: Json } } | null;
        if (!stmt?.ast || stmt.ast.type !== 'select')
          reject('NOT_SELECT', 'a WITH clause may only hold SELECT queries');
      }
      if (type === 'function') {
        const parts = ((node.name as { name?: { value?: Json }[] } | null)?.name ?? []).map((p) =>
          String((p.value as string | number | null) ?? ''),
        );
        if (parts.length !== 1) reject('FORBIDDEN_FUNCTION', `the function ${parts.join('.')} is not allowed`);
        const name = parts[0]!.toLowerCase();
        if (!ALLOWED_FUNCTIONS.has(name) && !SYNTAX_FUNCTIONS.has(name)) {
          reject('FORBIDDEN_FUNCTION', `the function ${name} is not allowed`);
        }
      }
      if (type === 'aggr_func' || type === 'window_func') {
        const name = String((node.name as string | null) ?? '').toLowerCase();
        if (!ALLOWED_FUNCTIONS.has(name)) reject('FORBIDDEN_FUNCTION', `the function ${name} is not allowed`);
      }
      if (key === 'from' && typeof node.table === 'string') {
        if (node.db !== null && node.db !== undefined) {
          reject(
            'FORBIDDEN_TABLE',
            `schema-qualified tables (${JSON.stringify(node.db)}.${node.table}) are not allowed`,
          );
        }
        tables.add(node.table.toLowerCase());
      }
      for (const [childKey, child] of Object.entries(node)) {
        if (childKey === 'tableList' || childKey === 'columnList') continue;
        visit(
          child,
          childKey === 'from' || childKey === 'with'
            ? childKey
            : key === 'from' && childKey === 'join'
              ? 'from'
              : childKey,
        );
      }
    };
    visit(root as Json, null);

    for (const entry of this.#parser.tableList(neutral, { database: this.#dialect })) {
      const [op, db, table] = entry.split('::');
      if (op?.toLowerCase() !== 'select')
        reject('NOT_SELECT', `a ${String(op).toUpperCase()} operation is not allowed`);
      if (db && db !== 'null') reject('FORBIDDEN_TABLE', `schema-qualified tables (${db}.${table}) are not allowed`);
      if (table) tables.add(table.toLowerCase());
    }
    const read: string[] = [];
    for (const table of tables) {
      if (cteNames.has(table)) continue;
      if (!this.#allowed.has(table))
        reject('FORBIDDEN_TABLE', `the table ${table} is not part of the data that can be queried`);
      read.push(table);
    }
    const sorted = read.sort();
    this.#accepted.set(neutral, Object.freeze([...sorted]));
    if (this.#accepted.size > SqlGuard.#MAX_CACHED) this.#accepted.delete(this.#accepted.keys().next().value!);
    return { sql, tables: sorted, parameterCount };
  }
}

/**
 * The statement as the parser should see it: string literals and blobs replaced by 's', comments
 * by a space, identifiers re-quoted with double quotes; plus two rewrites that only work around
 * gaps in node-sql-parser's SQLite grammar and change nothing the guard checks:
 * `OVER (ORDER BY ...)` gets `PARTITION BY 1` (SQLite only: the PostgreSQL grammar has the plain form
 * and refuses this one), and `NULLS FIRST|LAST` is dropped. For PostgreSQL, `?` placeholders become
 * `$1, $2, ...`, the only form its grammar has.
 */
function neutralForParser(tokens: readonly SqlToken[], dialect: 'sqlite' | 'postgresql'): string {
  const out: string[] = [];
  let parameters = 0;
  const code = (i: number, step: 1 | -1): SqlToken | undefined => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
      const t = tokens[j]!;
      if (t.kind !== 'whitespace' && t.kind !== 'comment') return t;
    }
    return undefined;
  };
  const isWord = (t: SqlToken | undefined, ...words: string[]) =>
    t?.kind === 'word' && words.includes(t.text.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'string' || t.kind === 'blob') out.push("'s'");
    // PostgreSQL's grammar numbers its placeholders; the statement itself keeps `?` (the executor numbers them).
    else if (t.kind === 'parameter' && dialect === 'postgresql') out.push(`$${++parameters}`);
    else if (t.kind === 'comment') out.push(' ');
    else if (t.kind === 'identifier') out.push(`"${t.value.replaceAll('"', '""')}"`);
    else if (
      dialect === 'sqlite' &&
      isWord(t, 'order') &&
      code(i, -1)?.text === '(' &&
      isWord(code(tokens.indexOf(code(i, -1)!), -1), 'over')
    ) {
      out.push('PARTITION BY 1 ', t.text);
    } else if (isWord(t, 'nulls') && isWord(code(i, 1), 'first', 'last')) {
      out.push(' ');
      const next = code(i, 1)!;
      i = tokens.indexOf(next);
    } else out.push(t.text);
  }
  return out.join('');
}
