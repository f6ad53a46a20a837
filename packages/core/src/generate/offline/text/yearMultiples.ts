import { WORD_NUMBERS } from './tokenize';

const UNIT_YEARS: Readonly<Record<string, number>> = { century: 100, centuries: 100, decade: 10, decades: 10 };

/** Counts that are not number words ("a century", "half a decade"); number words come from `WORD_NUMBERS`. */
const ARTICLE_COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, 'half a': 0.5 };

const COUNT = `(half a|an?|${Object.keys(WORD_NUMBERS).join('|')}|\\d{1,2})`;
const UNIT = '(centur(?:y|ies)|decades?)';
const BEFORE_AGE = new RegExp(`\\b${COUNT}\\s+${UNIT}(?=\\s+(?:old|ago)\\b)`, 'gi');
const AFTER_COMPARISON = new RegExp(`\\b((?:older|younger)\\s+than\\s+)${COUNT}\\s+${UNIT}\\b`, 'gi');

function years(count: string, unit: string): string {
  const word = count.toLowerCase();
  const n = ARTICLE_COUNTS[word] ?? Number(WORD_NUMBERS[word] ?? count);
  return `${n * (UNIT_YEARS[unit.toLowerCase()] ?? 1)} years`;
}

/**
 * Spans of years said in larger units: "more than a century old", "founded over two decades ago", "older than half a
 * century". The quantity reader knows ages and times ago in years ("over 100 years old", "founded more than 20
 * years ago"), so a number of centuries or decades is read as that many years first. Only before "old" / "ago" or
 * after "older / younger than": "this decade" and "the last decade" stay periods of the calendar (a founding window).
 * @example readYearMultiples('companies more than a century old') // 'companies more than 100 years old'
 */
export function readYearMultiples(text: string): string {
  return text
    .replace(BEFORE_AGE, (_, count: string, unit: string) => years(count, unit))
    .replace(AFTER_COMPARISON, (_, lead: string, count: string, unit: string) => `${lead}${years(count, unit)}`);
}
