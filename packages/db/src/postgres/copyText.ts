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

/**
 * Rows in COPY text format written straight into byte buffers of about `size` bytes, ready for a COPY stream.
 * Each row is encoded on its own: one large string grown row by row costs more to turn into bytes (V8 first
 * flattens the concatenation) than encoding the rows themselves.
 */
export class CopyBuffers {
  private buffer: Buffer;
  private used = 0;

  constructor(private readonly size = 256 * 1024) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Adds a row; returns the bytes to send when the buffer was full before it (else null). */
  add(values: readonly CopyValue[]): Buffer | null {
    return this.addLine(encodeCopyRow(values));
  }

  /** Adds a row already encoded by {@link encodeCopyRow}; returns what {@link add} returns. */
  addLine(line: string): Buffer | null {
    // At most 3 bytes of UTF-8 per UTF-16 code unit.
    const room = line.length * 3;
    let full: Buffer | null = null;
    if (this.used + room > this.buffer.length) {
      full = this.take();
      if (room > this.buffer.length) this.buffer = Buffer.allocUnsafe(room);
    }
    this.used += this.buffer.write(line, this.used);
    return full;
  }

  /** The rows added since the last take (possibly none), and a new buffer for the next ones. */
  take(): Buffer {
    const out = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(this.size);
    this.used = 0;
    return out;
  }
}
