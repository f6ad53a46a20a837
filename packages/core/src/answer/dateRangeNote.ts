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

/** The date windows a run's offline understanding narrowed events to (a bound null: open on that side). */
function windowsOf(value: unknown, out: { from: string | null; to: string | null }[], depth = 0): void {
  if (depth > 12 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) windowsOf(v, out, depth + 1);
    return;
  }
  const v = value as { kind?: unknown; from?: unknown; to?: unknown; asOf?: unknown };
  const day = (x: unknown): string | null => (typeof x === 'string' && DATE.test(x) ? x.slice(0, 10) : null);
  if (v.kind === 'startBetween' || v.kind === 'endBetween') out.push({ from: day(v.from), to: day(v.to) });
  else if (v.kind === 'past') out.push({ from: null, to: day(v.asOf) });
  else if (v.kind === 'ongoing') out.push({ from: day(v.asOf), to: day(v.asOf) });
  for (const x of Object.values(value)) windowsOf(x, out, depth + 1);
}

/**
 * Whether a run's time window lies (partly) outside the data's dates, so that the window itself may be why nothing
 * matched: a bound of a window of the understanding past either end of the range (an open bound reaches over the
 * data on its side), or, with no understanding of windows (any generator), a date compared in the SQL outside it.
 * An empty answer whose window lies inside the range was empty for its other conditions; no dates to try help there.
 * @example windowOutsideData({ sql: '...', params: ['2026-01-01'] }, { from: '2024-07-01', to: '2025-05-20' }) // true
 */
export function windowOutsideData(
  run: { sql: string | null; params: readonly unknown[]; understanding?: unknown },
  range: DateRange,
): boolean {
  const outside = (d: string | null): boolean => d !== null && (d < range.from || d > range.to.slice(0, 10));
  const windows: { from: string | null; to: string | null }[] = [];
  windowsOf(run.understanding, windows);
  if (windows.length > 0) return windows.some((w) => outside(w.from) || outside(w.to));
  const dates = [
    ...run.params.filter((p): p is string => typeof p === 'string' && DATE.test(p)),
    ...[...(run.sql ?? '').matchAll(/'(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1] ?? ''),
  ];
  return dates.length === 0 || dates.some((d) => outside(d.slice(0, 10)));
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
