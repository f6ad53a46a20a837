import type { CompareOp } from '../ir/Request';

/**
 * Size adjectives for companies ("small firms", "bigger cos", "large companies"), read as a condition on the stated
 * head count. The thresholds follow the data's own `n_employees` bands (1-10, 11-50, 51-200, 201-500, 501-1,000,
 * 1,001-5,000, ...): small is at most 50 employees, mid-sized between 51 and 1,000, large more than 1,000. The
 * condition's label names the adjective and the numbers, so the reader sees which threshold ran.
 */
export interface SizeClass {
  op: CompareOp;
  value: number;
  value2?: number;
  name: 'small' | 'mid-sized' | 'large';
}

const SMALL: SizeClass = { op: '<=', value: 50, name: 'small' };
const MID: SizeClass = { op: 'between', value: 51, value2: 1000, name: 'mid-sized' };
const LARGE: SizeClass = { op: '>', value: 1000, name: 'large' };

export const SIZE_ADJECTIVES: ReadonlyMap<string, SizeClass> = new Map([
  ['small', SMALL],
  ['smaller', SMALL],
  ['tiny', SMALL],
  ['little', SMALL],
  ['mid', MID],
  ['midsized', MID],
  ['midsize', MID],
  ['medium', MID],
  ['big', LARGE],
  ['bigger', LARGE],
  ['large', LARGE],
  ['larger', LARGE],
  ['huge', LARGE],
  // the business segment of the largest customers ("enterprise-size sponsors", "enterprise companies", not SMBs)
  ['enterprise', LARGE],
]);

/** Nouns for companies a size adjective qualifies. */
export const SIZED_NOUNS: ReadonlySet<string> = new Set([
  'companies',
  'company',
  'cos',
  'co',
  'firms',
  'firm',
  'businesses',
  'business',
  'organisations',
  'organizations',
  'orgs',
  'enterprises',
  'vendors',
  'brands',
  'players',
  'sponsors',
  'exhibitors',
]);
