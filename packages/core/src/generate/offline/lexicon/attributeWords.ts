/** Attributes a user can ask to see; `entity` is where the column lives. */
export type AttributeName =
  | 'email'
  | 'email_pattern'
  | 'job_title'
  | 'phone'
  | 'website'
  | 'linkedin'
  | 'revenue'
  | 'employees'
  | 'founded'
  | 'dates'
  | 'venue'
  | 'location'
  | 'description'
  | 'industry'
  | 'address'
  | 'country'
  | 'city'
  | 'relation'
  | 'duration'
  | 'days_until'
  /** A company's age in years: the question's year minus its founding year ("how old is X"). */
  | 'age';

/** Attributes whose absence can be asked for ("companies with no revenue listed"): where the value lives. */
export const KNOWN_VALUE_COLUMNS: Readonly<
  Partial<Record<AttributeName, { entity: 'events' | 'companies' | 'people'; column: string; label: string }>>
> = {
  revenue: { entity: 'companies', column: 'revenue_usd', label: 'revenue' },
  employees: { entity: 'companies', column: 'employees_min', label: 'employee count' },
  founded: { entity: 'companies', column: 'founded_year', label: 'founding year' },
  phone: { entity: 'companies', column: 'phone', label: 'phone number' },
  website: { entity: 'companies', column: 'homepage_url', label: 'website' },
  linkedin: { entity: 'companies', column: 'linkedin_url', label: 'LinkedIn page' },
  industry: { entity: 'companies', column: 'industry', label: 'industry' },
  address: { entity: 'companies', column: 'address', label: 'address' },
  job_title: { entity: 'people', column: 'job_title', label: 'job title' },
  email_pattern: { entity: 'people', column: 'email_pattern', label: 'email pattern' },
  venue: { entity: 'events', column: 'venue', label: 'venue' },
  description: { entity: 'events', column: 'description', label: 'description' },
};

export const ATTRIBUTE_WORDS: readonly (readonly [string, AttributeName])[] = [
  // "which events is Google involved in and in what role", "... and as what": the relation shown beside each row
  ...['in what role', 'in which role', 'in what roles', 'in what capacity', 'in which capacity', 'as what'].map(
    (p) => [p, 'relation'] as const,
  ),
  // "show their relation to the event", "their role at the events": the relation shown beside each row
  ...['relation', 'relationship', 'role', 'involvement', 'connection'].flatMap((noun) =>
    ['to', 'at', 'with', 'in'].flatMap((p) =>
      ['the event', 'the events', 'it', 'them', 'each event'].map((o) => [`${noun} ${p} ${o}`, 'relation'] as const),
    ),
  ),
  ['email', 'email'],
  ['emails', 'email'],
  ['e mail', 'email'],
  ['e mails', 'email'],
  ['contact details', 'email'],
  ['contact info', 'email'],
  ['contact information', 'email'],
  // the mail noun as a modifier of a noun of addresses or identifiers ("email addresses", "e-mail ids", "mail id"):
  // one word of mail times one head noun, so every spelling of the one takes every head noun ("mail" alone is a verb
  // of sending, refused as an action: only with its head noun is it the address)
  ...['email', 'e mail', 'mail'].flatMap((mail) =>
    ['address', 'addresses', 'id', 'ids'].map((head) => [`${mail} ${head}`, 'email'] as const),
  ),
  // the pattern a company's addresses are built with ("first.last"), each person's row holds it
  ['email format', 'email_pattern'],
  ['email formats', 'email_pattern'],
  ['email pattern', 'email_pattern'],
  ['email patterns', 'email_pattern'],
  ['e mail format', 'email_pattern'],
  ['e mail pattern', 'email_pattern'],
  ['email convention', 'email_pattern'],
  ['email naming convention', 'email_pattern'],
  ['job title', 'job_title'],
  ['job titles', 'job_title'],
  ['titles', 'job_title'],
  ['title', 'job_title'],
  ['roles', 'job_title'],
  ['positions', 'job_title'],
  ['designations', 'job_title'],
  ['phone', 'phone'],
  ['phones', 'phone'],
  ['phone number', 'phone'],
  ['phone numbers', 'phone'],
  ['telephone', 'phone'],
  ['website', 'website'],
  ['websites', 'website'],
  ['domain', 'website'],
  ['domains', 'website'],
  ['urls', 'website'],
  ['url', 'website'],
  ['homepage', 'website'],
  ['homepages', 'website'],
  ['linkedin', 'linkedin'],
  ['revenue', 'revenue'],
  ['revenues', 'revenue'],
  ['annual revenue', 'revenue'],
  ['turnover', 'revenue'],
  ['earnings', 'revenue'],
  ['earn', 'revenue'],
  ['earns', 'revenue'],
  ['headcount', 'employees'],
  ['workforce', 'employees'],
  ['size', 'employees'],
  ['sizes', 'employees'],
  ['number of employees', 'employees'],
  ['employee count', 'employees'],
  ['founding year', 'founded'],
  ['how old', 'founded'],
  ['age', 'founded'],
  ['year founded', 'founded'],
  ['founding date', 'founded'],
  ['founded', 'founded'],
  ['established', 'founded'],
  ['dates', 'dates'],
  ['date', 'dates'],
  ['when', 'dates'],
  ['start date', 'dates'],
  ['start dates', 'dates'],
  ['venue', 'venue'],
  ['venues', 'venue'],
  ['where', 'location'],
  ['location', 'location'],
  ['locations', 'location'],
  ['description', 'description'],
  ['descriptions', 'description'],
  ['industry', 'industry'],
  ['industries', 'industry'],
  ['duration', 'duration'],
  ['length', 'duration'],
  ['how long', 'duration'],
  ['how many days', 'duration'],
  ['countdown', 'days_until'],
  ['days to go', 'days_until'],
  ['address', 'address'],
  ['addresses', 'address'],
  ['hq', 'address'],
  ['headquarters', 'address'],
];

/**
 * Nouns of money a company makes ("make the most money", "how much cash do they bring in"): after a verb of earning
 * the amount is the company's revenue.
 */
export const MONEY_NOUNS: ReadonlySet<string> = new Set(['money', 'cash', 'dough', 'bucks', 'dollars']);

/**
 * Verbs of earning made with the particle "in" ("bring in", "pull in", "rake in"), in every form: before a compared
 * amount they are the revenue compared, as the verbs below ("sponsors that bring in more than $1 billion").
 */
export const EARNING_PHRASAL_VERBS: ReadonlySet<string> = new Set([
  'bring',
  'brings',
  'bringing',
  'brought',
  'pull',
  'pulls',
  'pulling',
  'pulled',
  'rake',
  'rakes',
  'raking',
  'raked',
]);

/** Verbs of earning after "how much does X ..."; the progressive too ("how much are the sponsors making"). */
export const EARNING_VERBS: ReadonlySet<string> = new Set([
  'make',
  'makes',
  'making',
  'earn',
  'earns',
  'earning',
  'generate',
  'generates',
  'generating',
]);

/**
 * Words that add a field to the rows listed ("sponsors of X together with their country", "... plus their
 * industries", "... and their cities"): a dimension word after them is that field shown, no grouping
 * (`parse/scan/shownDimensions.ts`). After "and" the field needs its possessive ("and their country").
 */
export const SHOWN_FIELD_LEADS: readonly string[] = ['with', 'together with', 'along with', 'plus', 'including', 'and'];
/** The possessive before a field added to the rows ("with THEIR country"). */
export const FIELD_POSSESSIVES: ReadonlySet<string> = new Set(['their', 'its', 'his', 'her', 'the', 'each']);
/** Dimension words that are also a field of the rows listed, by the attribute shown (a company's country, a venue). */
export const DIMENSION_FIELDS: Readonly<Record<string, AttributeName>> = {
  country: 'country',
  countries: 'country',
  nation: 'country',
  city: 'city',
  cities: 'city',
  sector: 'industry',
  sectors: 'industry',
  industry: 'industry',
  industries: 'industry',
};

/**
 * Nouns of the answer table's fields after the attributes they name ("just the venue and URL columns", "revenue and
 * headcount fields"): they restate that those are shown (`parse/scan/columnNouns.ts`).
 */
export const COLUMN_NOUNS: ReadonlySet<string> = new Set(['column', 'columns', 'cols', 'col', 'field', 'fields']);

/**
 * Words that turn a count of days or a span ("how many days", "how long") into the time left before an event starts:
 * "how many days till X", "how long until X", "how many days away is X", "how many days left before X". They are read
 * right after the span's words, past the words of a clause of having or being ("left", "is it", "do we have").
 */
export const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'til', 'untill', 'away', 'before', 'to']);
/** Words that may stand between the span and its until-word ("how many days (do we have) left until X"). */
export const UNTIL_FILLERS: ReadonlySet<string> = new Set([
  'left',
  'is',
  'it',
  'are',
  'we',
  'do',
  'have',
  'got',
  'still',
  'remain',
  'remaining',
]);
