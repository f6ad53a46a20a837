/** One lexical token of a SQLite statement. */
export type SqlToken =
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'identifier'; text: string; value: string; start: number; end: number }
  | { kind: 'string'; text: string; start: number; end: number }
  | { kind: 'blob'; text: string; start: number; end: number }
  | { kind: 'number'; text: string; start: number; end: number }
  | { kind: 'parameter'; text: string; start: number; end: number }
  | { kind: 'operator'; text: string; start: number; end: number }
  | { kind: 'comment'; text: string; start: number; end: number }
  | { kind: 'whitespace'; text: string; start: number; end: number };

/** Why the lexer refused the text (an unterminated literal, a character SQLite would read differently). */
export class SqlLexError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const MULTI_CHAR_OPERATORS = ['->>', '||', '<=', '>=', '<>', '!=', '==', '<<', '>>', '->'];
const SINGLE_CHAR_OPERATORS = new Set(['(', ')', ',', '.', ';', '+', '-', '*', '/', '%', '<', '>', '=', '|', '&', '~']);

function isWordStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
function isWordPart(c: string): boolean {
  return isWordStart(c) || (c >= '0' && c <= '9');
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/**
 * Splits SQL into tokens with SQLite's own lexical rules ('' inside strings, no backslash
 * escapes, "" inside identifiers, [..] and `..` identifiers, -- and unterminated block
 * comments). Deliberately narrower than SQLite: any character outside ASCII or outside
 * string literals' contents that SQLite might read as part of a name (#, $, @, :, \, non-ASCII,
 * control characters) is refused, so what the guard sees is exactly what SQLite runs.
 *
 * @example
 * tokenizeSql("SELECT 'a;b' FROM events").filter((t) => t.kind !== 'whitespace').map((t) => t.kind)
 * // ['word', 'string', 'word', 'word']
 */
export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const start = i;
    const c = sql[i]!;
    const code = c.charCodeAt(0);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      while (i < n && /[ \t\n\r\f]/.test(sql[i]!)) i++;
      tokens.push({ kind: 'whitespace', text: sql.slice(start, i), start, end: i });
      continue;
    }
    if (code < 0x20 || code >= 0x7f) {
      throw new SqlLexError(
        `unexpected character U+${code.toString(16).toUpperCase().padStart(4, '0')} outside a string`,
        i,
      );
    }
    if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      tokens.push({ kind: 'comment', text: sql.slice(start, i), start, end: i });
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      // SQLite runs an unterminated block comment to the end; refuse the ambiguity instead.
      if (close === -1) throw new SqlLexError('unterminated block comment', start);
      i = close + 2;
      tokens.push({ kind: 'comment', text: sql.slice(start, i), start, end: i });
      continue;
    }
    if (c === "'" || ((c === 'x' || c === 'X') && sql[i + 1] === "'")) {
      const blob = c !== "'";
      i += blob ? 2 : 1;
      for (;;) {
        if (i >= n) throw new SqlLexError('unterminated string literal', start);
        if (sql[i] === "'") {
          if (sql[i + 1] === "'") {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        i++;
      }
      tokens.push({ kind: blob ? 'blob' : 'string', text: sql.slice(start, i), start, end: i });
      continue;
    }
    if (c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      i++;
      let value = '';
      for (;;) {
        if (i >= n) throw new SqlLexError('unterminated quoted identifier', start);
        const d = sql[i]!;
        if (d === close) {
          if (close !== ']' && sql[i + 1] === close) {
            value += close;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        const dc = d.charCodeAt(0);
        if (dc < 0x20 || dc >= 0x7f) throw new SqlLexError('unexpected character in a quoted identifier', i);
        value += d;
        i++;
      }
      tokens.push({ kind: 'identifier', text: sql.slice(start, i), value, start, end: i });
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(sql[i + 1] ?? ''))) {
      if (c === '0' && (sql[i + 1] === 'x' || sql[i + 1] === 'X')) {
        i += 2;
        while (i < n && /[0-9a-fA-F]/.test(sql[i]!)) i++;
      } else {
        while (i < n && (isDigit(sql[i]!) || sql[i] === '_')) i++;
        if (sql[i] === '.') {
          i++;
          while (i < n && (isDigit(sql[i]!) || sql[i] === '_')) i++;
        }
        if (sql[i] === 'e' || sql[i] === 'E') {
          const save = i;
          i++;
          if (sql[i] === '+' || sql[i] === '-') i++;
          if (!isDigit(sql[i] ?? '')) i = save;
          else while (i < n && isDigit(sql[i]!)) i++;
        }
      }
      if (i < n && isWordPart(sql[i]!)) throw new SqlLexError('malformed number', start);
      tokens.push({ kind: 'number', text: sql.slice(start, i), start, end: i });
      continue;
    }
    if (isWordStart(c)) {
      while (i < n && isWordPart(sql[i]!)) i++;
      tokens.push({ kind: 'word', text: sql.slice(start, i), start, end: i });
      continue;
    }
    if (c === '?') {
      i++;
      while (i < n && isDigit(sql[i]!)) i++;
      tokens.push({ kind: 'parameter', text: sql.slice(start, i), start, end: i });
      continue;
    }
    const multi = MULTI_CHAR_OPERATORS.find((op) => sql.startsWith(op, i));
    if (multi) {
      i += multi.length;
      tokens.push({ kind: 'operator', text: multi, start, end: i });
      continue;
    }
    if (SINGLE_CHAR_OPERATORS.has(c)) {
      i++;
      tokens.push({ kind: 'operator', text: c, start, end: i });
      continue;
    }
    throw new SqlLexError(`unexpected character '${c}'`, i);
  }
  return tokens;
}
