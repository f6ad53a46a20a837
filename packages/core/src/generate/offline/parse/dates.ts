/** Date helpers on 'YYYY-MM-DD' strings (UTC, no time zone surprises). */
export function parseIso(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const d = parseIso(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return formatIso(target);
}

export function addDays(date: string, days: number): string {
  const d = parseIso(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatIso(d);
}

export function monthRange(year: number, month: number): [string, string] {
  const from = formatIso(new Date(Date.UTC(year, month - 1, 1)));
  const to = formatIso(new Date(Date.UTC(year, month, 0)));
  return [from, to];
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
