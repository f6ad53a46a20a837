import { COMPANY_NOUNS } from './entityWords';
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
  // every noun for companies ("big corporates", "small startups"), and nouns of companies in a role
  ...COMPANY_NOUNS,
  'cos',
  'co',
  'players',
  'sponsors',
  'exhibitors',
]);

/**
 * Words of a sum of money's magnitude said with no figure ("billion-dollar companies", "a billion+ in revenue",
 * "multi-million dollar sponsors"): the company's revenue is at least that much (`parse/scan/revenueMagnitudes.ts`).
 */
export const MONEY_MAGNITUDES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** "multi-million", "multibillion": several of the magnitude, at least two. */
export const MULTIPLE_PREFIXES: readonly string[] = ['multi', 'multiple'];

/** The currency noun of "a billion-dollar company". */
export const MONEY_NOUNS: readonly string[] = ['dollar', 'dollars', 'usd', 'dollar-plus'];

/** Nouns of a company's revenue after a sum of money ("a billion in revenue", "a million+ turnover"). */
export const REVENUE_NOUNS: readonly string[] = ['revenue', 'revenues', 'turnover', 'sales'];
