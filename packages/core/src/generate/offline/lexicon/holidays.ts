/**
 * Public holidays people date events by ("before christmas", "over easter"). Each is a rule that gives its
 * date in a year: a fixed day, the n-th weekday of a month, a day relative to Easter (computed), or a table
 * of dates for lunar holidays (no lunar calendar offline: a year outside the table is not representable).
 */
export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  /** `nth` weekday (0 = Sunday) of `month`; -1 = the last one. */
  | { kind: 'nthWeekday'; month: number; weekday: number; nth: number }
  /** Days after Easter Sunday (Good Friday = -2). */
  | { kind: 'easter'; offset: number }
  /** Days after the `nthWeekday` rule given (Black Friday = Thanksgiving + 1). */
  | { kind: 'after'; base: { month: number; weekday: number; nth: number }; offset: number }
  | { kind: 'table'; dates: Readonly<Record<number, string>> };

export interface Holiday {
  /** How people write it (normalised: lower case, no apostrophes). */
  names: readonly string[];
  label: string;
  rule: HolidayRule;
  /** Length in days (Christmas Eve to Boxing Day is one period in users' minds: 3). */
  days: number;
  /**
   * The holiday's own day, in days after the period's first (Christmas Day is the second day of Christmas Eve to
   * Boxing Day; Easter Sunday the third of Good Friday to Easter Monday). A holiday said as one end of a range
   * ("between now and christmas", "until easter", "before xmas") is that day, not the whole period. 0 when omitted.
   */
  ownDay?: number;
  /**
   * A season of several holidays with no day of its own ("the holidays": Christmas to New Year): said as one end of a
   * range, it is its first day ("before the holidays") or its last ("after the holidays").
   */
  season?: boolean;
}

/**
 * Words that make a season one end of a window ("BEFORE the holidays", "PRIOR TO the festive season", "AFTER the
 * holiday season"): a season of several holidays is read as a date only after one of these and "the"; said alone
 * ("during the holidays") it stays vague and is asked about (`VAGUE_HOLIDAY_WORDS`).
 */
export const SEASON_BOUND_WORDS: readonly string[] = [
  'before',
  'after',
  'until',
  'till',
  'til',
  'by',
  'since',
  'prior to',
  'ahead of',
  'up to',
];

const THANKSGIVING = { month: 11, weekday: 4, nth: 4 } as const;

export const HOLIDAYS: readonly Holiday[] = [
  {
    names: ['christmas', 'xmas', 'christmas day', 'christmas time', 'christmastime'],
    label: 'Christmas',
    rule: { kind: 'fixed', month: 12, day: 24 },
    days: 3,
    ownDay: 1,
  },
  // the year-end holiday season as people say it with no holiday named ("before the holidays", "after the festive
  // season"): Christmas Day to New Year's Day, a season with no own day ("before" it is before Christmas, "after" it
  // after New Year; the answer's window names the dates read)
  {
    names: ['holidays', 'holiday season', 'festive season', 'festive period', 'year end holidays'],
    label: 'the year-end holidays',
    rule: { kind: 'fixed', month: 12, day: 25 },
    days: 8,
    season: true,
  },
  { names: ['christmas eve'], label: 'Christmas Eve', rule: { kind: 'fixed', month: 12, day: 24 }, days: 1 },
  { names: ['boxing day'], label: 'Boxing Day', rule: { kind: 'fixed', month: 12, day: 26 }, days: 1 },
  {
    names: ['new year eve', 'new years eve', 'nye'],
    label: "New Year's Eve",
    rule: { kind: 'fixed', month: 12, day: 31 },
    days: 1,
  },
  {
    names: ['new year', 'new years', 'new year day', 'new years day'],
    label: "New Year's Day",
    rule: { kind: 'fixed', month: 1, day: 1 },
    days: 1,
  },
  {
    names: ['valentine', 'valentines', 'valentines day', 'valentine day'],
    label: "Valentine's Day",
    rule: { kind: 'fixed', month: 2, day: 14 },
    days: 1,
  },
  { names: ['halloween'], label: 'Halloween', rule: { kind: 'fixed', month: 10, day: 31 }, days: 1 },
  {
    names: ['independence day', 'fourth of july'],
    label: 'Independence Day (US)',
    rule: { kind: 'fixed', month: 7, day: 4 },
    days: 1,
  },
  {
    names: ['thanksgiving', 'thanksgiving day'],
    label: 'Thanksgiving',
    rule: { kind: 'nthWeekday', ...THANKSGIVING },
    days: 1,
  },
  { names: ['black friday'], label: 'Black Friday', rule: { kind: 'after', base: THANKSGIVING, offset: 1 }, days: 1 },
  { names: ['cyber monday'], label: 'Cyber Monday', rule: { kind: 'after', base: THANKSGIVING, offset: 4 }, days: 1 },
  {
    names: ['labor day', 'labour day'],
    label: 'Labor Day',
    rule: { kind: 'nthWeekday', month: 9, weekday: 1, nth: 1 },
    days: 1,
  },
  {
    names: ['memorial day'],
    label: 'Memorial Day',
    rule: { kind: 'nthWeekday', month: 5, weekday: 1, nth: -1 },
    days: 1,
  },
  { names: ['easter', 'easter weekend'], label: 'Easter', rule: { kind: 'easter', offset: -2 }, days: 4, ownDay: 2 },
  { names: ['easter sunday'], label: 'Easter Sunday', rule: { kind: 'easter', offset: 0 }, days: 1 },
  { names: ['good friday'], label: 'Good Friday', rule: { kind: 'easter', offset: -2 }, days: 1 },
  {
    names: ['chinese new year', 'lunar new year', 'cny', 'spring festival'],
    label: 'Lunar New Year',
    rule: {
      kind: 'table',
      dates: {
        2022: '2022-02-01',
        2023: '2023-01-22',
        2024: '2024-02-10',
        2025: '2025-01-29',
        2026: '2026-02-17',
        2027: '2027-02-06',
        2028: '2028-01-26',
      },
    },
    days: 2,
  },
  {
    names: ['diwali', 'deepavali'],
    label: 'Diwali',
    rule: { kind: 'table', dates: { 2023: '2023-11-12', 2024: '2024-10-31', 2025: '2025-10-20', 2026: '2026-11-08' } },
    days: 1,
  },
];

/** Holiday phrases that are not one date: asked back, never guessed ("the holidays", "ramadan" has no table here). */
export const VAGUE_HOLIDAY_WORDS: readonly string[] = [
  'the holidays',
  'holiday season',
  'festive season',
  'ramadan',
  'eid',
  'hari raya',
];
