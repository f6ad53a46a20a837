const PLACEHOLDER_RE = /^(?:null|none|nan|undefined|n\/a|-+)$/i;
const ESCAPE_RE = /\\u([0-9a-fA-F]{4})/g;

/** A source field made ready to store, and what was repaired on the way (null when nothing). */
export interface CleanedValue {
  value: string | null;
  repair: string | null;
}

const EMPTY: CleanedValue = { value: null, repair: null };

/**
 * Trims a field; empty becomes NULL. Repairs (and says so) what scraping broke: literal `\u00e9` escape text
 * is decoded, and placeholders like 'null' or 'N/A' become NULL. Not 'NA', which is Namibia's country code.
 *
 * @example cleanValue(' H\\u00f8j ') // { value: 'Høj', repair: 'decoded \\u escape text' }
 */
export function cleanValue(raw: string | undefined): CleanedValue {
  if (raw === undefined || raw === '') return EMPTY;
  let value = raw.trim();
  if (value === '') return EMPTY;
  let repair: string | null = null;
  if (value.includes('\\u')) {
    const decoded = value.replace(ESCAPE_RE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (decoded !== value) {
      value = decoded;
      repair = 'decoded literal \\u escape text';
    }
  }
  if (value.length <= 9 && PLACEHOLDER_RE.test(value)) return { value: null, repair: `placeholder '${value}' read as empty` };
  return repair === null ? { value, repair: null } : { value, repair };
}
