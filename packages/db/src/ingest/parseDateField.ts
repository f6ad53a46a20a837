import { parseIsoDate } from '../derive';
import { IngestError } from './IngestError';

/** A date field as 'YYYY-MM-DD' (NULL when empty); an impossible or unreadable date stops the ingestion. */
export function parseDateField(value: string | null, file: string, line: number, column: string): string | null {
  try {
    return parseIsoDate(value);
  } catch (cause) {
    throw new IngestError({ code: 'INVALID_DATE', file, line, column, message: (cause as Error).message, cause });
  }
}
