import { cleanText } from './text';

/** A date string that names no real calendar day (2024-02-30, 2024-13-01) or cannot be read at all. */
export class InvalidDateError extends Error {
  readonly code: 'IMPOSSIBLE_DATE' | 'UNPARSEABLE_DATE';
  readonly value: string;
  constructor(code: 'IMPOSSIBLE_DATE' | 'UNPARSEABLE_DATE', value: string, message: string) {
    super(message);
    this.name = 'InvalidDateError';
    this.code = code;
    this.value = value;
  }
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Reads a date to 'YYYY-MM-DD'. Accepts 'YYYY-MM-DD' (also with a time part 'T..' or ' 00:00:00',
 * or '/' / '.' separators), 'DD Month YYYY' and 'Month DD, YYYY'. Empty -> null.
 * Throws InvalidDateError for an impossible day ('2024-02-30') or an unreadable value, so the
 * ingester can report the file, line and column (see safeParseIsoDate for a non-throwing variant).
 *
 * @example parseIsoDate('2024-07-15') // '2024-07-15'
 * @example parseIsoDate('2024-02-30') // throws InvalidDateError (code 'IMPOSSIBLE_DATE')
 */
export function parseIsoDate(raw: string | null | undefined): string | null {
  const text = cleanText(raw);
  if (text === null) return null;
  const ymd = readYmd(text);
  if (!ymd) throw new InvalidDateError('UNPARSEABLE_DATE', text, `not a date: '${text}'`);
  const [y, m, d] = ymd;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new InvalidDateError('IMPOSSIBLE_DATE', text, `impossible date: '${text}'`);
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export type DateParseResult =
  { readonly ok: true; readonly value: string | null } | { readonly ok: false; readonly error: InvalidDateError };

/** parseIsoDate without throwing: `{ ok: true, value }` or `{ ok: false, error }`. */
export function safeParseIsoDate(raw: string | null | undefined): DateParseResult {
  try {
    return { ok: true, value: parseIsoDate(raw) };
  } catch (e) {
    if (e instanceof InvalidDateError) return { ok: false, error: e };
    throw e;
  }
}

function readYmd(t: string): [number, number, number] | null {
  let m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (m?.[2]) {
    const mon = MONTHS[m[2].slice(0, m[2].toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    return mon ? [Number(m[3]), mon, Number(m[1])] : null;
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m?.[1]) {
    const mon = MONTHS[m[1].slice(0, m[1].toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    return mon ? [Number(m[3]), mon, Number(m[2])] : null;
  }
  return null;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
