/** Why an ingestion stopped. */
export type IngestErrorCode =
  | 'MISSING_FILE' // a source file is absent or unreadable
  | 'EMPTY_FILE' // no header line
  | 'MISSING_COLUMN' // a required column is missing or renamed
  | 'BROKEN_QUOTING' // a quoted field is not closed or has text after its closing quote
  | 'INVALID_CSV' // any other CSV syntax error
  | 'INVALID_DATE'; // an impossible or unreadable date

/**
 * Bad input that stops an ingestion before anything is written: names the file, line (1 = header) and column.
 *
 * @example try { await ingestCsvFolder({ from, db }) } catch (e) { if (e instanceof IngestError) console.error(e.file, e.line, e.column, e.code) }
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly code: IngestErrorCode;
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;

  constructor(opts: {
    code: IngestErrorCode;
    file: string;
    line?: number | null;
    column?: string | null;
    message: string;
    cause?: unknown;
  }) {
    const where = [
      opts.file,
      opts.line != null ? `line ${opts.line}` : null,
      opts.column != null ? `column ${opts.column}` : null,
    ]
      .filter((s) => s !== null)
      .join(', ');
    super(`${where}: ${opts.message}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = opts.code;
    this.file = opts.file;
    this.line = opts.line ?? null;
    this.column = opts.column ?? null;
  }
}
