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

/** The Monday of the calendar week (Monday to Sunday) holding a day. */
export function mondayOf(day: string): string {
  return addDays(day, -((parseIso(day).getUTCDay() + 6) % 7));
}

export function monthRange(year: number, month: number): [string, string] {
  const from = formatIso(new Date(Date.UTC(year, month - 1, 1)));
  const to = formatIso(new Date(Date.UTC(year, month, 0)));
  return [from, to];
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days from a to b (b - a), both 'YYYY-MM-DD'. */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIso(b).getTime() - parseIso(a).getTime()) / 86_400_000);
}

/** Easter Sunday of a year (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The `nth` given weekday (0 = Sunday) of a month; nth = -1 is the last one. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  if (nth > 0) {
    const first = parseIso(`${year}-${pad(month)}-01`).getUTCDay();
    return `${year}-${pad(month)}-${pad(1 + ((weekday - first + 7) % 7) + 7 * (nth - 1))}`;
  }
  const lastDay = monthRange(year, month)[1];
  const last = parseIso(lastDay).getUTCDay();
  return addDays(lastDay, -((last - weekday + 7) % 7));
}
