/**
 * Words that turn one level of an ordered scale into a range of levels: "VP and above", "director or higher",
 * "at least manager", "below C-level", "more junior than VP". `up` reaches towards the top of the scale, `down`
 * towards the bottom; `inclusive` keeps the named level itself ("and above" does, "above" does not).
 * Used for seniority (`parse/scan/seniorityRanges.ts`), whose order is `SENIORITIES` of `@musaeid/db`.
 */
export interface RankWord {
  readonly phrase: string;
  readonly direction: 'up' | 'down';
  readonly inclusive: boolean;
}

/** Said after the level: "director and above", "VP or higher", "manager+" . */
export const RANK_WORDS_AFTER: readonly RankWord[] = [
  ...[
    'and above',
    'or above',
    'and up',
    'and upwards',
    'and upward',
    'or higher',
    'and higher',
    'or more senior',
    'and more senior',
    'or senior',
    'plus',
    '+',
    'or better',
    'or greater',
    'and beyond',
    'or over',
    'and over',
  ].map((phrase) => ({ phrase, direction: 'up' as const, inclusive: true })),
  ...[
    'and below',
    'or below',
    'and under',
    'or under',
    'or lower',
    'and lower',
    'or more junior',
    'and more junior',
    'or junior',
    'and down',
    'or less',
    'and less',
  ].map((phrase) => ({ phrase, direction: 'down' as const, inclusive: true })),
];

/** Said before the level: "at least VP", "above director", "below C-level", "more junior than VP". */
export const RANK_WORDS_BEFORE: readonly RankWord[] = [
  ...['at least', 'at or above', 'no lower than', 'no less senior than', 'no more junior than', 'minimum'].map(
    (phrase) => ({ phrase, direction: 'up' as const, inclusive: true }),
  ),
  ...['above', 'higher than', 'more senior than', 'senior to', 'senior than', 'superior to'].map((phrase) => ({
    phrase,
    direction: 'up' as const,
    inclusive: false,
  })),
  ...['at or below', 'at most', 'no higher than', 'no more senior than', 'maximum'].map((phrase) => ({
    phrase,
    direction: 'down' as const,
    inclusive: true,
  })),
  ...[
    'below',
    'under',
    'beneath',
    'lower than',
    'more junior than',
    'junior to',
    'less senior than',
    'junior than',
  ].map((phrase) => ({ phrase, direction: 'down' as const, inclusive: false })),
];

/** Words that may stand between the level and its range word: "director level and above", "VP grade or higher". */
export const LEVEL_NOUNS: ReadonlySet<string> = new Set(['level', 'levels', 'grade', 'rank', 'title', 'titles']);
