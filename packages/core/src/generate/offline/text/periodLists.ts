import { MONTHS, TIME_UNITS } from '../lexicon/timeWords';

/** Every month word of the lexicon, longest first so a regex takes the whole word ("sept" before "sep"). */
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
/** One kind of period a list is made of: months (with a year or not), or quarters, or halves. */
const KINDS: readonly string[] = [
  `(?:${MONTH_WORDS.join('|')})(?:\\s+\\d{4})?`,
  'q[1-4](?:\\s+\\d{4})?',
  'h[12](?:\\s+\\d{4})?',
];
const LISTS: readonly RegExp[] = KINDS.map(
  (kind) => new RegExp(`(?<![\\w-])(${kind})\\s*,\\s*(?:(and|or|&)\\s+)?(?=(?:${kind})(?![\\w-]))`, 'gi'),
);

/**
 * Reads a comma between two periods of one kind ("july, aug", "q1, q2, or q3", "jan, feb and mar") as the "and" that
 * lists them, the way "july and aug" is read: a list of months is their union (one window when they touch, asked back
 * when they do not), never two conditions intersected to nothing. Only periods of one kind make a list: "in Q1, jan-mar"
 * restates the quarter (`parse/scan/restatedPeriods.ts`), which a comma before a month keeps.
 * @example readPeriodLists('events in july, aug') // 'events in july and aug'
 */
export function readPeriodLists(text: string): string {
  let out = text;
  for (const list of LISTS)
    out = out.replace(list, (_all, period: string, conj?: string) => `${period} ${conj ?? 'and'} `);
  return readElidedUnits(out);
}

/** Singular units of a period named from today ("this year", "next month"), as `TIME_UNITS` spells them. */
const UNITS = Object.keys(TIME_UNITS).filter((u) => !u.endsWith('s'));
/** "this year or next", "last month and this": a deictic word of a period, its unit said once, another after it. */
const ELIDED_UNIT = new RegExp(
  `\\b(this|next|last|coming|past)\\s+(${UNITS.join('|')})\\s+(or|and|to|through)\\s+(this|next|last)\\b(?!\\s+(?:${UNITS.join('|')}|\\d))`,
  'gi',
);

/**
 * Repeats the unit a second deictic word leaves out ("events this year or next": this year or next year; "this month
 * and next"): the second word alone names no period, and was asked about as an unknown word.
 * @example readElidedUnits('events this year or next') // 'events this year or next year'
 */
function readElidedUnits(text: string): string {
  return text.replace(
    ELIDED_UNIT,
    (_all, first: string, unit: string, conj: string, second: string) => `${first} ${unit} ${conj} ${second} ${unit}`,
  );
}
