/**
 * PostgreSQL's COPY text format (the default of `COPY ... FROM STDIN` / `TO STDOUT`): one row per line,
 * fields separated by tabs, NULL as `\N`, and backslash escapes for the characters that would break that.
 */
export type CopyValue = string | number | bigint | null;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const UNESCAPES: Record<string, string> = { '\\': '\\', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v' };

/**
 * One row in COPY text format, with its newline.
 *
 * @example encodeCopyRow([1, 'a\tb', null]) // '1\ta\\tb\t\\N\n'
 */
export function encodeCopyRow(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += '\t';
    const value = values[i];
    if (value === null || value === undefined) line += '\\N';
    else if (typeof value === 'string')
      line += /[\\\n\r\t]/.test(value) ? value.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]!) : value;
    else line += String(value);
  }
  return `${line}\n`;
}

/**
 * The fields of one line of COPY text output (without its newline); `\N` becomes null.
 *
 * @example decodeCopyLine('1\ta\\tb\t\\N') // ['1', 'a\tb', null]
 */
export function decodeCopyLine(line: string): (string | null)[] {
  return line.split('\t').map((field) => {
    if (field === '\\N') return null;
    if (!field.includes('\\')) return field;
    return field.replace(/\\(.)/g, (_m, c: string) => UNESCAPES[c] ?? c);
  });
}
