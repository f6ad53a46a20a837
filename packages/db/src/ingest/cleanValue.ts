const PLACEHOLDER_RE = /^(?:null|none|nan|undefined|n\/a|-+)$/i;
const ESCAPE_RE = /\\u([0-9a-fA-F]{4})/g;

/**
 * Trims a field; empty becomes NULL. Repairs (and reports through `onRepair`) what scraping broke: literal
 * `\u00e9` escape text is decoded, and placeholders like 'null' or 'N/A' become NULL. Not 'NA', which is
 * Namibia's country code. Returns the value to store. (A callback rather than a result object: this runs for
 * every field of millions of rows.)
 *
 * @example cleanValue(' H\\u00f8j ', (why) => console.log(why)) // 'Høj', logs 'decoded literal \\u escape text'
 */
export function cleanValue(raw: string | undefined, onRepair: (reason: string) => void): string | null {
  if (raw === undefined || raw === '') return null;
  let value = raw.trim();
  if (value === '') return null;
  if (value.includes('\\u')) {
    const decoded = value.replace(ESCAPE_RE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (decoded !== value) {
      value = decoded;
      onRepair('decoded literal \\u escape text');
    }
  }
  if (value.length <= 9 && PLACEHOLDER_RE.test(value)) {
    onRepair(`placeholder '${value}' read as empty`);
    return null;
  }
  return value;
}
