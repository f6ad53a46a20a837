/** Clauses that start a new line when SQL is shown. */
const CLAUSES = [
  'WITH',
  'SELECT',
  'FROM',
  'LEFT JOIN',
  'INNER JOIN',
  'JOIN',
  'WHERE',
  'GROUP BY',
  'HAVING',
  'ORDER BY',
  'LIMIT',
  'OFFSET',
  'UNION ALL',
  'UNION',
];
const CLAUSE = new RegExp(`^(${CLAUSES.map((c) => c.replace(' ', '\\s+')).join('|')})\\b`, 'i');

/**
 * SQL laid out for reading: each clause on its own line, sub-queries indented by depth, AND/OR
 * of a WHERE on their own lines. Quoted identifiers and strings are copied untouched.
 *
 * @example formatSql('SELECT a FROM t WHERE x = 1 AND y = 2')
 * // 'SELECT a\nFROM t\nWHERE x = 1\n  AND y = 2'
 */
export function formatSql(sql: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  const newline = () => {
    out = out.replace(/[ \t]+$/, '');
    if (out !== '') out += `\n${'  '.repeat(depth)}`;
  };
  while (i < sql.length) {
    const ch = sql[i] as string;
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === ch && sql[j + 1] !== ch)) j += sql[j] === ch ? 2 : 1;
      out += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/\s/.test(ch)) {
      if (!out.endsWith(' ') && !out.endsWith('\n') && out !== '') out += ' ';
      i += 1;
      continue;
    }
    if (ch === '(') {
      depth += 1;
      out += ch;
      i += 1;
      continue;
    }
    if (ch === ')') {
      depth = Math.max(0, depth - 1);
      out = out.replace(/[ \t]+$/, '') + ch;
      i += 1;
      continue;
    }
    const prev = sql[i - 1];
    if (prev === undefined || /[\s(]/.test(prev)) {
      const rest = sql.slice(i);
      const clause = CLAUSE.exec(rest);
      if (clause) {
        newline();
        out += (clause[1] ?? '').toUpperCase().replace(/\s+/g, ' ');
        i += (clause[1] ?? '').length;
        continue;
      }
      const logic = /^(AND|OR)\b/i.exec(rest);
      if (logic && !/\bBETWEEN\s+\S+\s*$/i.test(out)) {
        depth += 1;
        newline();
        depth -= 1;
        out += (logic[1] ?? '').toUpperCase();
        i += (logic[1] ?? '').length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out.trim();
}
