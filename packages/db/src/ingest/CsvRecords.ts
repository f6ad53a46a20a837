const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

type SliceBuffer = Buffer & { utf8Slice?: (start: number, end: number) => string };
/** Buffer#utf8Slice skips toString's argument checks (a third of the decoding time); toString where it is missing. */
const HAS_UTF8_SLICE = typeof (Buffer.prototype as SliceBuffer).utf8Slice === 'function';

function decode(buf: Buffer, start: number, end: number): string {
  return HAS_UTF8_SLICE ? (buf as Required<SliceBuffer>).utf8Slice(start, end) : buf.toString('utf8', start, end);
}

/** The record delimiter, found (as csv-parse does) at the first line ending outside quotes. */
const enum Rd {
  Unknown = 0,
  Lf = 1,
  CrLf = 2,
  Cr = 3,
}

/** Thrown when the input is not valid CSV; the caller asks csv-parse for the exact error (code, line, column). */
export class CsvSyntaxSignal extends Error {}

/**
 * A streaming CSV record reader producing exactly the records of csv-parse with
 * `{ bom: true, relax_column_count: true, skip_empty_lines: false }` (delimiter `,`, quote and escape `"`,
 * record delimiter auto-detected among CRLF, LF and CR), several times faster: it scans bytes and decodes each
 * field once, where csv-parse copies every byte through a resizable buffer. On invalid input it throws
 * {@link CsvSyntaxSignal} at the first record csv-parse would reject; it does not build error details itself.
 *
 * `onRecord(record, bytes, lineBreaks)` gets each record, the byte offset just past it, and whether a field holds
 * a line feed (a quoted one, or a lone LF when lines end with CRLF / CR).
 */
export class CsvRecords {
  /** Unconsumed input: from the start of the current field. */
  private buf: Buffer = Buffer.alloc(0);
  /** Offset of `buf` in the file. */
  private base = 0;
  private record: string[] = [];
  private rd: Rd = Rd.Unknown;
  private started = false;
  /** The current field began with a quote: `text` holds what is decoded so far, `pos` where to resume. */
  private quoted = false;
  private text = '';
  private segment = 0;
  private pos = 0;
  private lineBreaks = false;

  constructor(private readonly onRecord: (record: string[], bytes: number, lineBreaks: boolean) => void) {}

  /** Feeds the next chunk of the file. */
  write(chunk: Buffer): void {
    const rest = this.buf.length;
    this.buf = rest === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    if (!this.started) {
      if (this.buf.length < 3) return;
      this.started = true;
      if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.consume(3);
    }
    this.run(false);
  }

  /** Ends the input: emits the last record (a line without a final line break). */
  end(): void {
    if (!this.started) {
      this.started = true;
      if (this.buf.length >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.consume(3);
    }
    this.run(true);
  }

  private consume(n: number): void {
    this.buf = this.buf.subarray(n);
    this.base += n;
    this.pos -= n;
    this.segment -= n;
  }

  private field(value: string): void {
    this.record.push(value);
  }

  private emit(next: number): void {
    const record = this.record;
    const breaks = this.lineBreaks;
    this.record = [];
    this.lineBreaks = false;
    this.onRecord(record, this.base + next, breaks);
  }

  private run(end: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    // Offsets are within buf; `start` is the current field's first byte.
    let start = 0;
    let i = this.pos < 0 ? 0 : this.pos;
    const rdNow = (): Rd => this.rd;
    outer: for (;;) {
      if (this.quoted) {
        // Inside a quoted field: the next quote either escapes a quote ("") or closes the field.
        let segment = this.segment;
        for (;;) {
          const q = buf.indexOf(QUOTE, i);
          if (q < 0) {
            if (end) throw new CsvSyntaxSignal('quote not closed');
            i = n;
            break outer;
          }
          if (q + 1 >= n && !end) {
            i = q;
            break outer;
          }
          const next = q + 1 < n ? (buf[q + 1] as number) : -1;
          if (next === QUOTE) {
            this.text += decode(buf, segment, q + 1);
            segment = q + 2;
            this.segment = segment;
            i = q + 2;
            continue;
          }
          // A closing quote must be followed by a delimiter, a record delimiter or the end of the input.
          const value = this.text + decode(buf, segment, q);
          if (!this.lineBreaks && value.includes('\n')) this.lineBreaks = true;
          if (next === -1) {
            this.quoted = false;
            this.text = '';
            this.field(value);
            this.emit(q + 1);
            start = q + 1;
            i = q + 1;
            break outer;
          }
          if (next === COMMA) {
            this.quoted = false;
            this.text = '';
            this.field(value);
            start = i = q + 2;
            continue outer;
          }
          let rd = rdNow();
          if (rd === Rd.Unknown && (next === LF || next === CR)) {
            if (next === CR && q + 2 >= n && !end) {
              i = q;
              break outer;
            }
            rd = this.rd = next === LF ? Rd.Lf : buf[q + 2] === LF ? Rd.CrLf : Rd.Cr;
          }
          let length = 0;
          if (rd === Rd.Lf) length = next === LF ? 1 : 0;
          else if (rd === Rd.Cr) length = next === CR ? 1 : 0;
          else if (rd === Rd.CrLf && next === CR) {
            if (q + 2 >= n && !end) {
              i = q;
              break outer;
            }
            length = buf[q + 2] === LF ? 2 : 0;
          }
          if (length === 0) throw new CsvSyntaxSignal('invalid closing quote');
          this.quoted = false;
          this.text = '';
          this.field(value);
          this.emit(q + 1 + length);
          start = i = q + 1 + length;
          continue outer;
        }
      }
      // At a field start, or inside an unquoted field resumed at i.
      if (i === start) {
        if (i >= n) break;
        if (buf[i] === QUOTE) {
          this.quoted = true;
          this.text = '';
          this.segment = i + 1;
          i++;
          continue;
        }
      }
      for (; i < n; i++) {
        const c = buf[i] as number;
        if (c > QUOTE) {
          if (c !== COMMA) continue;
          this.field(i === start ? '' : decode(buf, start, i));
          start = i + 1;
          i++;
          continue outer;
        }
        if (c === QUOTE) throw new CsvSyntaxSignal('invalid opening quote');
        if (c !== LF && c !== CR) continue;
        let rd = rdNow();
        if (rd === Rd.Unknown) {
          if (c === CR && i + 1 >= n && !end) break outer;
          rd = this.rd = c === LF ? Rd.Lf : buf[i + 1] === LF ? Rd.CrLf : Rd.Cr;
        }
        let length = 0;
        if (rd === Rd.Lf) length = c === LF ? 1 : 0;
        else if (rd === Rd.Cr) length = c === CR ? 1 : 0;
        else if (c === CR) {
          if (i + 1 >= n && !end) break outer;
          length = buf[i + 1] === LF ? 2 : 0;
        }
        if (length === 0) {
          if (c === LF) this.lineBreaks = true;
          continue;
        }
        this.field(i === start ? '' : decode(buf, start, i));
        this.emit(i + length);
        start = i + length;
        i = start;
        continue outer;
      }
      break;
    }
    if (end) {
      if (this.quoted) throw new CsvSyntaxSignal('quote not closed');
      if (this.record.length > 0 || i > start) {
        this.field(i === start ? '' : decode(buf, start, i));
        this.emit(n);
      }
      this.buf = Buffer.alloc(0);
      return;
    }
    // Keep the current field's bytes for the next chunk. A quoted field decodes what it has so far (up to its last
    // ASCII byte, so no character is split) and drops those bytes: a long field is not copied again with every chunk.
    this.pos = i;
    if (this.quoted) {
      let cut = i;
      while (cut > this.segment && (buf[cut - 1] as number) >= 0x80) cut--;
      if (cut > this.segment) {
        this.text += decode(buf, this.segment, cut);
        this.segment = cut;
      }
      this.consume(this.segment);
    } else {
      this.consume(start);
    }
  }
}
