/**
 * Small text helpers shared by the derivations: repairing literal `\u00c5` escape text found in the
 * scraped CSVs, folding accents to ASCII, and building comparison keys.
 */

const ESCAPE_RE = /\\u([0-9a-fA-F]{4})/g;

/**
 * Replaces literal `\uXXXX` escape text (as found in the people CSV, e.g. `\u00c5str\u00f6m`) by the
 * character it names. Surrogate pairs written as two escapes are joined back.
 *
 * @example decodeUnicodeEscapes('\\u00c5str\\u00f6m') // 'Åström'
 */
export function decodeUnicodeEscapes(raw: string): string {
  if (!raw.includes('\\u')) return raw;
  return raw.replace(ESCAPE_RE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Letters that Unicode decomposition (NFKD) does not reduce to ASCII. */
const EXTRA_TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ẞ: 'SS',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ĸ: 'k',
  ŋ: 'n',
  Ŋ: 'N',
  ſ: 's',
};
const EXTRA_RE = new RegExp(`[${Object.keys(EXTRA_TRANSLITERATIONS).join('')}]`, 'g');
const COMBINING_RE = /[\u0300-\u036f]/g;

/**
 * Transliterates accented Latin letters to ASCII (NFKD, then drop combining marks, then a few
 * letters that do not decompose: ø, æ, ß, ł, đ, ı ...). Other scripts are left as they are.
 *
 * @example foldAccents('Håkedal Bolaños Çevikel Høj') // 'Hakedal Bolanos Cevikel Hoj'
 */
export function foldAccents(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(COMBINING_RE, '')
    .replace(EXTRA_RE, (ch) => EXTRA_TRANSLITERATIONS[ch] ?? ch);
}

/**
 * A comparison key: escapes decoded, accents folded, lower-cased, `&` read as `and`, dots and
 * apostrophes dropped (so `U.S.A.` = `usa`), any other punctuation as a space, a leading `the` dropped.
 *
 * @example lookupKey('The U.S.A.') // 'usa'
 */
export function lookupKey(raw: string): string {
  return foldAccents(decodeUnicodeEscapes(raw))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Trimmed text (escape text decoded), or null when empty or a placeholder: 'null', 'none', 'n/a', '#N/A',
 * 'undefined', dashes or dots only. Real short names such as 'Na' or 'Nan' are kept.
 */
export function cleanText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const t = decodeUnicodeEscapes(raw).trim();
  if (t === '') return null;
  // Every placeholder starts with one of n N u U # - . : most values skip the regular expression.
  const c = t.charCodeAt(0);
  if (
    (c === 0x6e || c === 0x4e || c === 0x75 || c === 0x55 || c === 0x23 || c === 0x2d || c === 0x2e) &&
    PLACEHOLDER_RE.test(t)
  )
    return null;
  return t;
}

const PLACEHOLDER_RE = /^(?:null|none|#?n\/a|undefined|-+|\.+)$/i;
