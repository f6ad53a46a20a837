import { cleanText, decodeUnicodeEscapes, foldAccents } from './text';

/** The e-mail patterns found in `email_pattern`, as data: each is a template over name parts. */
export const EMAIL_PATTERNS = [
  '[first].[last]',
  '[first_initial][last]',
  '[first]',
  '[first][last]',
  '[first]_[last]',
  '[first_initial].[last]',
  '[first][last_initial]',
  '[last]',
] as const;
export type EmailPattern = (typeof EMAIL_PATTERNS)[number];

export interface EmailInput {
  readonly pattern: string | null | undefined;
  readonly firstName: string | null | undefined;
  /** The surname (last_name, or middle_name when last_name is empty; see deriveSurname). */
  readonly surname?: string | null | undefined;
  /** Accepted as a synonym of `surname` when `surname` is not given. */
  readonly lastName?: string | null | undefined;
  readonly domain: string | null | undefined;
}

const TOKEN_RE = /\[(first_initial|last_initial|first|last)\]/g;

/**
 * Builds an e-mail address from the company's pattern: the pattern's placeholders are replaced by
 * the name parts (escape text decoded, accents transliterated, lower-cased, only a-z kept), then
 * '@' + the lower-cased domain. Null when there is no (known) pattern, no domain, or a part the
 * pattern needs is empty after cleaning.
 *
 * @example deriveEmail({ pattern: '[first_initial][last]', firstName: 'Raphaël', surname: 'Cardon', domain: 'pinterest.com' })
 * // 'rcardon@pinterest.com'
 */
export function deriveEmail(input: EmailInput): string | null {
  const pattern = cleanText(input.pattern)?.toLowerCase();
  if (!pattern || !(EMAIL_PATTERNS as readonly string[]).includes(pattern)) return null;
  const domain = cleanDomain(input.domain);
  if (!domain) return null;
  const first = emailNamePart(input.firstName);
  const last = emailNamePart(input.surname ?? input.lastName);
  const parts: Record<string, string> = {
    first,
    last,
    first_initial: first.slice(0, 1),
    last_initial: last.slice(0, 1),
  };
  let missing = false;
  const local = pattern.replace(TOKEN_RE, (_m, name: string) => {
    const v = parts[name] ?? '';
    if (v === '') missing = true;
    return v;
  });
  if (missing || local === '') return null;
  return `${local}@${domain}`;
}

/** A name as it appears in an e-mail local part: transliterated, lower-cased, only a-z. */
export function emailNamePart(raw: string | null | undefined): string {
  if (raw == null) return '';
  // Plain ASCII (most names) has nothing to decode or fold: the same result without NFKD normalisation.
  if (ASCII_NO_ESCAPE_RE.test(raw)) return raw.toLowerCase().replace(NOT_A_Z_RE, '');
  return foldAccents(decodeUnicodeEscapes(raw)).toLowerCase().replace(NOT_A_Z_RE, '');
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range (minus the backslash) is the point
const ASCII_NO_ESCAPE_RE = /^[\x00-\x5b\x5d-\x7f]*$/;
const NOT_A_Z_RE = /[^a-z]/g;

// Domains repeat across a company's people: their cleaning is memoised (bounded).
const DOMAIN_CACHE_LIMIT = 200_000;
const domainCache = new Map<string, string | null>();

function cleanDomain(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let domain = domainCache.get(raw);
  if (domain === undefined) {
    domain = cleanDomainUncached(raw);
    if (domainCache.size >= DOMAIN_CACHE_LIMIT) domainCache.clear();
    domainCache.set(raw, domain);
  }
  return domain;
}

function cleanDomainUncached(raw: string | null | undefined): string | null {
  const t = cleanText(raw)
    ?.toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
  if (!t || !/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(t)) return null;
  return t;
}
