import fs from 'node:fs';
import path from 'node:path';

import { CsvError, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';

import { CsvRecords, CsvSyntaxSignal } from './CsvRecords';
import { IngestError } from './IngestError';

/**
 * Bytes parsed per turn of the event loop. A chunk's rows are handled synchronously, so while a file is read,
 * anything else waiting on the event loop (PostgreSQL's replies while earlier files are written, see
 * ingestCsvFolderToPostgres) waits up to one chunk: 1 MiB (about 7,000 people, 0.1-0.5 s on a loaded machine)
 * per round trip made writing the small tables, two dozen round trips, outlast parsing the people. 64 KiB costs
 * nothing measurable in parsing (the rest of a record is carried to the next chunk).
 */
const READ_CHUNK_BYTES = 64 * 1024;

/** A CSV file whose header was checked: where each required column sits, and its rows as a stream. */
export class CsvSource<C extends string> {
  private constructor(
    readonly file: string,
    readonly filePath: string,
    readonly size: number,
    readonly header: string[],
    /** Index of each required column in a row. */
    readonly index: Readonly<Record<C, number>>,
  ) {}

  /**
   * Checks that `dir/file` exists and its header holds every required column (in any order), reading only
   * its first line. Throws IngestError MISSING_FILE / EMPTY_FILE / MISSING_COLUMN naming file and column.
   */
  static open<C extends string>(dir: string, file: string, columns: readonly C[]): CsvSource<C> {
    const filePath = path.join(dir, file);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(filePath);
    } catch (cause) {
      throw new IngestError({ code: 'MISSING_FILE', file, message: `file not found: ${filePath}`, cause });
    }
    if (!stat.isFile()) throw new IngestError({ code: 'MISSING_FILE', file, message: `not a file: ${filePath}` });
    const header = readHeader(filePath, file);
    const index = {} as Record<C, number>;
    const missing: C[] = [];
    for (const column of columns) {
      const i = header.indexOf(column);
      if (i < 0) missing.push(column);
      else index[column] = i;
    }
    const first = missing[0];
    if (first !== undefined) {
      const unknown = header.filter((h) => !(columns as readonly string[]).includes(h));
      throw new IngestError({
        code: 'MISSING_COLUMN',
        file,
        line: 1,
        column: first,
        message:
          `required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} missing from the header` +
          (unknown.length > 0 ? ` (unexpected: ${unknown.map((u) => `'${u}'`).join(', ')}; renamed?)` : ''),
      });
    }
    return new CsvSource(file, filePath, stat.size, header, index);
  }

  /**
   * Streams the data rows (never the whole file) into `onRow`, skipping blank lines; resolves at the end of the
   * file. `onRow` runs synchronously for each record of a 1 MiB chunk (no promise per row); if it throws, reading
   * stops and the promise rejects with that error. `onBytes` gets the bytes parsed so far.
   * CSV syntax errors become IngestError (BROKEN_QUOTING / INVALID_CSV) with line and column.
   *
   * Records come from {@link CsvRecords} (the same records as csv-parse with these options, about 4x faster; a
   * fuzz test and a test on generated files pin the equivalence). Line numbers are counted from the records
   * (1 + line feeds inside fields). On a syntax error, csv-parse reads the file again so the error (code, line,
   * column) is exactly the one csv-parse gives.
   */
  async each(onRow: (line: number, values: string[]) => void, onBytes?: (bytes: number) => void): Promise<void> {
    let nextLine = 1;
    let first = true;
    const width = this.header.length;
    const records = new CsvRecords((record, bytes, lineBreaks) => {
      const line = nextLine;
      let spanned = 0;
      if (lineBreaks) {
        for (let i = 0; i < record.length; i++) {
          const field = record[i] as string;
          if (field.length > 0 && field.includes('\n')) spanned += countNewlines(field);
        }
      }
      nextLine = line + 1 + spanned;
      if (first) {
        first = false; // the header, already checked by open()
        return;
      }
      if (record.length === 1 && record[0] === '') return; // a blank line
      if (record.length !== width && spanned > 0) {
        // A row spanning lines with the wrong field count is a quote opened and never closed where it should be.
        throw new IngestError({
          code: 'BROKEN_QUOTING',
          file: this.file,
          line,
          column: null,
          message: `a quoted field runs over ${spanned + 1} lines and leaves ${record.length} fields instead of ${width}`,
        });
      }
      onRow(line, record);
      if (onBytes) onBytes(bytes);
    });
    const input = fs.createReadStream(this.filePath, { highWaterMark: READ_CHUNK_BYTES });
    try {
      for await (const chunk of input) records.write(chunk as Buffer);
      records.end();
    } catch (error) {
      if (error instanceof CsvSyntaxSignal) throw await this.csvParseError(nextLine);
      throw error;
    } finally {
      input.destroy();
    }
  }

  /** The error csv-parse reports for this file (read again from the start), as an IngestError. */
  private csvParseError(recordLine: number): Promise<Error> {
    return new Promise<Error>((resolve) => {
      const input = fs.createReadStream(this.filePath, { highWaterMark: 1 << 20 });
      const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
      let done = false;
      const finish = (error: Error): void => {
        if (done) return;
        done = true;
        input.destroy();
        parser.destroy();
        resolve(error);
      };
      parser.on('readable', () => {
        while (parser.read() !== null);
      });
      parser.on('error', (error) => finish(error instanceof CsvError ? this.syntaxError(error, recordLine) : error));
      input.on('error', finish);
      parser.on('end', () => finish(new Error(`${this.file}: the fast CSV reader rejected input csv-parse accepts`)));
      input.pipe(parser);
    });
  }

  /** {@link each} on csv-parse, as it was before {@link CsvRecords}: kept as the reference the tests compare with. */
  eachCsvParse(onRow: (line: number, values: string[]) => void, onBytes?: (bytes: number) => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const input = fs.createReadStream(this.filePath, { highWaterMark: 1 << 20 });
      const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
      // Line numbers are counted from the records (1 + newlines inside quoted fields) rather than asking the
      // parser for per-record info objects, which cost more than the rest of the parsing.
      let nextLine = 1;
      let first = true;
      let settled = false;
      const fail = (error: unknown): void => {
        if (settled) return;
        settled = true;
        input.destroy();
        parser.destroy();
        reject(error instanceof CsvError ? this.syntaxError(error, nextLine) : toError(error));
      };
      parser.on('readable', () => {
        try {
          let record: string[] | null;
          while (!settled && (record = parser.read() as string[] | null) !== null) {
            const line = nextLine;
            let spanned = 0;
            for (let i = 0; i < record.length; i++) {
              const field = record[i] as string;
              if (field.length > 0 && field.includes('\n')) spanned += countNewlines(field);
            }
            nextLine = line + 1 + spanned;
            if (first) {
              first = false; // the header, already checked by open()
              continue;
            }
            if (record.length === 1 && record[0] === '') continue; // a blank line
            if (record.length !== this.header.length && spanned > 0) {
              // A row spanning lines with the wrong field count is a quote opened and never closed where it should be.
              throw new IngestError({
                code: 'BROKEN_QUOTING',
                file: this.file,
                line,
                column: null,
                message: `a quoted field runs over ${spanned + 1} lines and leaves ${record.length} fields instead of ${this.header.length}`,
              });
            }
            onRow(line, record);
            if (onBytes) onBytes(parser.info.bytes);
          }
        } catch (error) {
          fail(error);
        }
      });
      parser.on('error', fail);
      input.on('error', fail);
      parser.on('end', () => {
        if (settled) return;
        settled = true;
        resolve();
      });
      input.pipe(parser);
    });
  }

  private syntaxError(error: CsvError, recordLine: number): IngestError {
    const e = error as CsvError & { lines?: number; index?: number };
    const quoting = /QUOTE/.test(e.code);
    // An unclosed quote is only noticed at the end of the file: point at the row where it opened.
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? recordLine : (e.lines ?? recordLine);
    const column = typeof e.index === 'number' ? (this.header[e.index] ?? null) : null;
    return new IngestError({
      code: quoting ? 'BROKEN_QUOTING' : 'INVALID_CSV',
      file: this.file,
      line,
      column,
      message: e.message,
      cause: error,
    });
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function readHeader(filePath: string, file: string): string[] {
  const fd = fs.openSync(filePath, 'r');
  let text = '';
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    text = buffer.subarray(0, n).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
  const end = text.indexOf('\n');
  const line = (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (line.trim() === '') throw new IngestError({ code: 'EMPTY_FILE', file, line: 1, message: 'no header line' });
  let fields: string[][];
  try {
    fields = parseSync(line, { relax_column_count: true });
  } catch (cause) {
    throw new IngestError({
      code: 'BROKEN_QUOTING',
      file,
      line: 1,
      message: `unreadable header: ${(cause as Error).message}`,
      cause,
    });
  }
  return (fields[0] ?? []).map((h) => h.trim());
}

/** A thrown value as an Error (streams reject with Errors; anything else is wrapped, not passed on raw). */
function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
