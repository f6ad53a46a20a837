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
 * Each row's fields are encoded (escapes and UTF-8) into the buffer by hand: building the row as a string first
 * and then converting it allocated dozens of intermediate strings per row, a million rows over.
 */
export class CopyBuffers {
  private buffer: Buffer;
  private used = 0;

  constructor(private readonly size = 256 * 1024) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Adds a row; returns the bytes to send when the buffer was full before it (else null). */
  add(values: readonly CopyValue[]): Buffer | null {
    // At most 3 bytes per UTF-16 code unit (an escape takes 2, a character outside ASCII up to 3 per unit).
    let room = values.length + 1;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      room += value === null || value === undefined ? 2 : typeof value === 'string' ? value.length * 3 : 32;
    }
    let full: Buffer | null = null;
    if (this.used + room > this.buffer.length) {
      full = this.take();
      if (room > this.buffer.length) this.buffer = Buffer.allocUnsafe(room);
    }
    const b = this.buffer;
    let p = this.used;
    for (let i = 0; i < values.length; i++) {
      if (i > 0) b[p++] = 0x09;
      const value = values[i];
      if (value === null || value === undefined) {
        b[p++] = 0x5c;
        b[p++] = 0x4e;
      } else p = writeText(b, p, typeof value === 'string' ? value : String(value));
    }
    b[p++] = 0x0a;
    this.used = p;
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

/** Writes `text` at `p` as UTF-8 with COPY's escapes; returns the position after it. A lone surrogate becomes U+FFFD, as Buffer.write makes it. */
function writeText(b: Buffer, p: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x5c || c === 0x0a || c === 0x0d || c === 0x09) {
        b[p++] = 0x5c;
        b[p++] = c === 0x5c ? 0x5c : c === 0x0a ? 0x6e : c === 0x0d ? 0x72 : 0x74;
      } else b[p++] = c;
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const code = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        b[p++] = 0xf0 | (code >> 18);
        b[p++] = 0x80 | ((code >> 12) & 0x3f);
        b[p++] = 0x80 | ((code >> 6) & 0x3f);
        b[p++] = 0x80 | (code & 0x3f);
        i++;
      } else {
        b[p++] = 0xef;
        b[p++] = 0xbf;
        b[p++] = 0xbd;
      }
    } else {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p;
}
