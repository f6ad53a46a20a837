import type { SqlToken } from './tokenizeSql';

/** Word prefixes that change how PostgreSQL reads the string right after them (`E'\''`, `U&'...'`, `B'01'`, `X'ff'`, `N'..'`). */
const STRING_PREFIXES = new Set(['e', 'u', 'b', 'x', 'n']);

/**
 * Lexical rules PostgreSQL needs on top of the SQLite lexer the guard uses: the guard tokenizes with SQLite's
 * rules, and where PostgreSQL reads the same characters differently a statement could hide from it. An escape
 * string `E'\''` ends one quote later in PostgreSQL than in SQLite (so `SELECT E'\'' ; DROP TABLE x; --'` is one
 * statement to the lexer and two to PostgreSQL), and `U&` strings and identifiers decode escapes. Refused outright:
 * the engine never writes them. (Dollar quotes and `::` casts are already refused by the lexer.)
 * Returns the reason to refuse, or null.
 */
export function postgresLexicalProblem(tokens: readonly SqlToken[]): string | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (token.kind !== 'word' || next.start !== token.end) continue;
    const word = token.text.toLowerCase();
    if (STRING_PREFIXES.has(word) && (next.kind === 'string' || next.kind === 'blob')) {
      return `prefixed string literals (${token.text}'...') are not allowed`;
    }
    if (word === 'u' && next.kind === 'operator' && next.text.startsWith('&')) {
      return 'Unicode-escaped strings and identifiers (U&...) are not allowed';
    }
  }
  return null;
}
