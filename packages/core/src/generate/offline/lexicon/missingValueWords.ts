/**
 * Words that say a value is absent, before the field ("no end date", "an unknown country", "missing a website")
 * or after it ("the venue is unknown", "country not listed"); and the words that may close the field
 * ("no revenue listed", "no end date on record").
 */
export const ABSENT_BEFORE: readonly string[] = [
  'no',
  'without',
  'missing',
  'unknown',
  'lacking',
  'lack',
  'lacks',
  'empty',
  'blank',
  'unspecified',
  'unlisted',
  'undisclosed',
  'no known',
  'without a known',
  'without any',
];
export const ABSENT_AFTER: readonly string[] = [
  'unknown',
  'missing',
  'empty',
  'blank',
  'unspecified',
  'undisclosed',
  'null',
  'not listed',
  'not known',
  'not given',
  'not specified',
  'not set',
  'not recorded',
  'not available',
];
export const ABSENT_CLOSERS: readonly string[] = [
  'listed',
  'on record',
  'on file',
  'recorded',
  'given',
  'specified',
  'provided',
  'available',
  'set',
  'filled',
  'filled in',
  'yet',
];

export type ValueEntity = 'events' | 'companies' | 'people';

/** Fields whose absence can be asked for that are not shown attributes of their own, or live on several entities. */
export const VALUE_FIELDS: readonly (readonly [string, string])[] = [
  ['end date', 'end_date'],
  ['end dates', 'end_date'],
  ['finish date', 'end_date'],
  ['closing date', 'end_date'],
  ['start date', 'start_date'],
  ['start dates', 'start_date'],
  ['date', 'start_date'],
  ['dates', 'start_date'],
  ['country', 'country'],
  ['countries', 'country'],
  ['city', 'city'],
  ['cities', 'city'],
];

/** Where each field lives, per entity that has it. */
export const VALUE_COLUMNS: Readonly<Record<string, Partial<Record<ValueEntity, { column: string; label: string }>>>> =
  {
    end_date: { events: { column: 'end_date', label: 'end date' } },
    start_date: { events: { column: 'start_date', label: 'start date' } },
    country: {
      events: { column: 'country', label: 'country' },
      companies: { column: 'country', label: 'country' },
      people: { column: 'country', label: 'country' },
    },
    city: {
      events: { column: 'city', label: 'city' },
      companies: { column: 'city', label: 'city' },
      people: { column: 'city', label: 'city' },
    },
  };
