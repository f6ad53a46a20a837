const PLACEHOLDER_RE = /^(?:null|none|nan|undefined|n\/a|-+)$/i;
const ESCAPE_RE = /\\u([0-9a-fA-F]{4})/g;

/** Where {@link cleanValue} says what it repaired (reused across calls: this runs for every field of millions of rows). */
export interface RepairNote {
  reason: string | null;
}

/**
 * Trims a field; empty becomes NULL. Repairs what scraping broke, saying so in `note.reason` (null when nothing):
 * literal `\u00e9` escape text is decoded, and placeholders like 'null' or 'N/A' become NULL. Not 'NA', which is
 * Namibia's country code. Returns the value to store.
 *
 * @example const note = { reason: null }; cleanValue(' H\\u00f8j ', note) // 'Høj', note.reason = 'decoded literal \\u escape text'
 */
export function cleanValue(raw: string | undefined, note: RepairNote): string | null {
  note.reason = null;
  if (raw === undefined || raw === '') return null;
  let value = raw.trim();
  if (value === '') return null;
  if (value.includes('\\u')) {
    const decoded = value.replace(ESCAPE_RE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (decoded !== value) {
      value = decoded;
      note.reason = 'decoded literal \\u escape text';
    }
  }
  // Every placeholder starts with n N u U or - (checked first: this runs for every field).
  const c = value.charCodeAt(0);
  if (
    value.length <= 9 &&
    (c === 0x6e || c === 0x4e || c === 0x75 || c === 0x55 || c === 0x2d) &&
    PLACEHOLDER_RE.test(value)
  ) {
    note.reason = `placeholder '${value}' read as empty`;
    return null;
  }
  return value;
}
