import type { Cond, Dimension, EntityKind, NumericColumn, Shape } from '../ir/Request';

/**
 * What the compiler can build, as data: which entities each condition kind, numeric column, rank column
 * and dimension applies to. `validateRequest` checks a request against it before anything is described or
 * compiled, and the compiler reads the same tables, so the two cannot drift apart.
 */

const ALL: readonly EntityKind[] = ['events', 'companies', 'people', 'participations'];
const NAMED: readonly EntityKind[] = ['events', 'companies', 'people'];

/** The entities a condition kind can be put on (a `Record`, so a new kind cannot be forgotten). */
export const COND_HOSTS: Readonly<Record<Cond['kind'], readonly EntityKind[]>> = {
  ids: NAMED,
  notIds: ['events', 'companies'],
  startBetween: ['events'],
  endBetween: ['events'],
  past: ['events'],
  ongoing: ['events'],
  country: NAMED,
  city: NAMED,
  state: NAMED,
  venue: ['events'],
  tag: ['events'],
  text: ['events'],
  nameHas: NAMED,
  industry: ['companies'],
  compare: ['events', 'companies'],
  jobFunction: ['people'],
  seniority: ['people'],
  title: ['people'],
  relation: ['participations'],
  hasEmail: ['people'],
  personName: ['people'],
  hasValue: NAMED,
  link: ALL,
  except: NAMED,
  linkCount: ALL,
  sameDates: ['events'],
  sameVenue: ['events'],
  urlHost: ['events'],
  contactsVsSize: ['companies'],
  top: ['events', 'companies'],
};

/** The entity whose table holds a numeric column (comparisons and aggregates). */
export const NUMERIC_HOST: Readonly<Record<NumericColumn, EntityKind>> = {
  employees: 'companies',
  revenue_usd: 'companies',
  founded_year: 'companies',
  duration_days: 'events',
};

/**
 * The entity whose rows a grouped aggregate can read a numeric column from: its host, or participations through
 * their company ("average company size of sponsors at each event").
 */
export function measuredBy(column: NumericColumn, entity: EntityKind): boolean {
  return NUMERIC_HOST[column] === entity || (entity === 'participations' && NUMERIC_HOST[column] === 'companies');
}

type RankColumn = (Shape & { kind: 'rankByColumn' })['column'];

/** The column a superlative ranks by, per entity ("largest companies" -> employees_min). */
export const RANK_COLUMN: Readonly<Record<RankColumn, Readonly<Partial<Record<EntityKind, string>>>>> = {
  age: { companies: 'founded_year' },
  size: { companies: 'employees_min' },
  revenue: { companies: 'revenue_usd' },
  date: { events: 'start_date' },
  duration: { events: 'duration_days' },
};

/** Dimensions that cannot group an entity (no path from its rows to the value). */
export const UNGROUPABLE: Readonly<Record<Dimension, readonly EntityKind[]>> = {
  relation: [],
  country: [],
  city: [],
  industry: [],
  tag: [],
  job_function: ['events'],
  seniority: ['events'],
  job_title: ['events'],
  month: [],
  quarter: [],
  year: [],
  venue: [],
  // events grouped by event: each event is its own group (a list), and the event dimension's join reads the row's id
  // as a company's
  event: ['events'],
  company: [],
};

/** Which linked rows can be counted per row of an entity ("events with the most sponsors"). */
export const COUNTABLE_LINKS: Readonly<Record<EntityKind, readonly EntityKind[]>> = {
  events: ['companies', 'participations', 'people'],
  companies: ['events', 'participations', 'people'],
  people: ['events', 'companies'],
  participations: [],
};

/**
 * Attributes only a company's row holds, by their words: a list of companies shows them (`listColumns`), a list of
 * people or events has no column for them (a person's row has the company's domain, an event's its website and
 * place). `validateRequest` refuses them asked of people or events, naming them, so "the phone numbers of the
 * CEOs at X" is never described as "showing phone" over rows that show none.
 */
export const COMPANY_ONLY_ATTRIBUTES: Readonly<Record<string, string>> = {
  phone: 'phone numbers',
  linkedin: 'LinkedIn pages',
  revenue: 'revenue',
  employees: 'employee counts',
  founded: 'founding years',
};

/**
 * Attributes only an event's row holds: a list of events shows them, a list of companies or people has no column for
 * them. "how many days does the chefs congress run for" read with "chefs" as a job title would otherwise list the
 * chefs "showing duration" over rows that show none; `validateRequest` refuses it naming the attribute.
 */
export const EVENT_ONLY_ATTRIBUTES: Readonly<Record<string, string>> = {
  duration: 'duration',
  days_until: 'days until the start',
};
