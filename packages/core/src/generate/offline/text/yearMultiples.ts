/**
 * Spans of years said in larger units: "more than a century old", "founded over two decades ago", "older than half a
 * century". The quantity reader knows ages and times ago in years ("over 100 years old", "founded more than 20
 * years ago"), so a number of centuries or decades is read as that many years first. Only before "old" / "ago" or
 * after "older / younger than": "this decade" and "the last decade" stay periods of the calendar (a founding window).
 * @example readYearMultiples('companies more than a century old') // 'companies more than 100 years old'
 */
const UNIT_YEARS: Readonly<Record<string, number>> = { century: 100, centuries: 100, decade: 10, decades: 10 };

/** How many of the unit a word says ("a", "two", "3"; "half a" is a half). */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  'half a': 0.5,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const COUNT = `(half a|an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})`;
const UNIT = '(centur(?:y|ies)|decades?)';
const BEFORE_AGE = new RegExp(`\\b${COUNT}\\s+${UNIT}(?=\\s+(?:old|ago)\\b)`, 'gi');
const AFTER_COMPARISON = new RegExp(`\\b((?:older|younger)\\s+than\\s+)${COUNT}\\s+${UNIT}\\b`, 'gi');

function years(count: string, unit: string): string {
  const n = COUNT_WORDS[count.toLowerCase()] ?? Number(count);
  return `${n * (UNIT_YEARS[unit.toLowerCase()] ?? 1)} years`;
}

export function readYearMultiples(text: string): string {
  return text
    .replace(BEFORE_AGE, (_, count: string, unit: string) => years(count, unit))
    .replace(AFTER_COMPARISON, (_, lead: string, count: string, unit: string) => `${lead}${years(count, unit)}`);
}
