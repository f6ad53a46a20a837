/**
 * Vague qualifiers: adjectives that grade a thing without a number ("big events", "recent events", "important
 * sponsors"). Each names the measure it grades; the data holds a measure for some of them only (a company's stated
 * size and revenue, its founding year, an event's dates and length). A qualifier is content, never filler: it is
 * either the condition the conventions give it (size adjectives before companies, `sizeWords.ts`), or announces an
 * explicit figure on the same measure ("smaller sponsors, say under 200 staff": the figure is the condition), or it
 * is asked about (`parse/scan/vagueQualifiers.ts`).
 */
export type QualifiedMeasure = 'size' | 'age' | 'date' | 'duration' | 'none';

const SIZE = ['big', 'bigger', 'large', 'larger', 'small', 'smaller', 'huge', 'tiny', 'massive', 'giant', 'little'];
const SIZE_MORE = ['mid', 'midsized', 'midsize', 'medium', 'sizeable', 'sizable', 'enormous', 'mega'];
const AGE = ['old', 'older', 'young', 'younger', 'new', 'newer', 'established', 'mature'];
const DATE = ['recent', 'latest', 'soon'];
const DURATION = ['long', 'longer', 'lengthy', 'short', 'shorter', 'brief'];
/** Grades no column of the data holds. */
const NONE = [
  'important',
  'notable',
  'interesting',
  'good',
  'great',
  'popular',
  'relevant',
  'major',
  'prestigious',
  'famous',
  'premier',
  'leading',
  'renowned',
  'influential',
  'reputable',
  'cool',
  'trendy',
  // relative to the writer, who the data does not place
  'local',
  'foreign',
  'domestic',
];

export const QUALIFIER_WORDS: ReadonlyMap<string, QualifiedMeasure> = new Map<string, QualifiedMeasure>([
  ...[...SIZE, ...SIZE_MORE].map((x) => [x, 'size'] as const),
  ...AGE.map((x) => [x, 'age'] as const),
  ...DATE.map((x) => [x, 'date'] as const),
  ...DURATION.map((x) => [x, 'duration'] as const),
  ...NONE.map((x) => [x, 'none'] as const),
]);
