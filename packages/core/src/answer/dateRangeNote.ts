/** The first and last day of the events in the data, `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

/** Read-only SQL for {@link DateRange}: from the first start to the last end (or start) of an event. */
export const DATE_RANGE_SQL =
  'SELECT min("start_date") AS "from", max(coalesce("end_date", "start_date")) AS "to" FROM "events" WHERE "start_date" IS NOT NULL';

const DATE = /^\d{4}-\d{2}-\d{2}/;
/** A comparison on an event date column: the statement narrows events by time. */
const DATE_COMPARISON = /\b(start_date|end_date)"?\s*(>=|<=|<>|!=|=|<|>|between|in\b)|\bdate\s*\(/i;
const CONDITION_KINDS = new Set(['startBetween', 'past', 'ongoing']);

function hasTimeCondition(value: unknown, depth = 0): boolean {
  if (depth > 12 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => hasTimeCondition(v, depth + 1));
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind === 'string' && CONDITION_KINDS.has(kind)) return true;
  return Object.values(value).some((v) => hasTimeCondition(v, depth + 1));
}

/**
 * Whether a statement narrowed events to a time window: the offline generator's understanding says
 * so (a date condition), or, for any generator, the SQL compares an event date column with a date.
 */
export function usesTimeWindow(run: {
  sql: string | null;
  params: readonly unknown[];
  understanding?: unknown;
}): boolean {
  if (hasTimeCondition(run.understanding)) return true;
  if (!run.sql || !DATE_COMPARISON.test(run.sql)) return false;
  return run.params.some((p) => typeof p === 'string' && DATE.test(p)) || /'\d{4}-\d{2}-\d{2}/.test(run.sql);
}

const monthYear = (day: string): string =>
  new Date(`${day.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * What to tell a user whose time window matched nothing: where the data's dates lie, with a
 * suggestion (and the date relative words counted from when it lies outside them).
 *
 * @example
 * dateRangeNote({ from: '2024-07-01', to: '2025-05-20' }, '2026-12-04')
 * // 'The events in the data run from July 2024 to May 2025 (relative dates here count from 2026-12-04). Try dates in that range, or ask with a different "today" (asOf).'
 */
export function dateRangeNote(range: DateRange, asOf: string): string {
  const outside = asOf < range.from || asOf > range.to;
  const from = monthYear(range.from);
  const to = monthYear(range.to);
  const span = from === to ? `in ${from}` : `from ${from} to ${to}`;
  return (
    `The events in the data run ${span}` +
    (outside ? ` (relative dates here count from ${asOf})` : '') +
    `. Try dates in that range${outside ? ', or ask with a different "today" (asOf)' : ''}.`
  );
}
