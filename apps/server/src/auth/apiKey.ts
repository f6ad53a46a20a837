import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every key starts with this, so leaked keys are recognisable. */
export const API_KEY_PREFIX = 'msd_';
const PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

export interface NewApiKey {
  /** The key itself: shown once, never stored. */
  key: string;
  /** The first characters of the key, stored in clear to find the row. */
  prefix: string;
  /** SHA-256 of the key (hex), the only stored form. */
  hash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key (32 bytes of entropy). */
export function generateApiKey(): NewApiKey {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: hashApiKey(key) };
}

/** The lookup prefix of a presented key, or null when it cannot be one of ours. */
export function apiKeyPrefix(key: string): string | null {
  if (!key.startsWith(API_KEY_PREFIX) || key.length < PREFIX_LENGTH + 16 || key.length > 200) return null;
  return key.slice(0, PREFIX_LENGTH);
}

/** Compares a presented key with a stored hash in constant time. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** What an `Authorization` header holds: a key, nothing, or something that cannot be one (with why). */
export type PresentedCredentials =
  { kind: 'key'; key: string } | { kind: 'missing' } | { kind: 'malformed'; problem: string };

const HOW = 'send "Authorization: Bearer <key>"';

/**
 * Reads `Authorization: Bearer <key>`, saying what is wrong with anything else: another scheme
 * (`Basic ...`), a key with spaces, no key after `Bearer`, or a bare key without the scheme.
 */
export function parseAuthorization(header: string | string[] | undefined | null): PresentedCredentials {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return { kind: 'missing' };
  const [scheme = '', ...rest] = value.split(/\s+/);
  if (!/^bearer$/i.test(scheme)) {
    if (rest.length === 0 && scheme.startsWith(API_KEY_PREFIX))
      return { kind: 'malformed', problem: `the key was sent without the "Bearer" scheme: ${HOW}` };
    return { kind: 'malformed', problem: `unsupported authorization scheme "${scheme.slice(0, 20)}": ${HOW}` };
  }
  if (rest.length === 0) return { kind: 'malformed', problem: `no key after "Bearer": ${HOW}` };
  if (rest.length > 1) return { kind: 'malformed', problem: `the API key must be one word without spaces: ${HOW}` };
  return { kind: 'key', key: rest[0] as string };
}
