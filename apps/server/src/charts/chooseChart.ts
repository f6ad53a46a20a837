import { chartSchema, RESULT_DATA, type Chart, type ChartMark, type VegaLiteSpec } from './chartSpec';

/** Most categories a bar chart shows: more bars than this are unreadable, the table serves better. */
export const MAX_CATEGORIES = 50;
/** Most points of a time series (about 40 years of months). */
export const MAX_TIME_POINTS = 500;

/** Year, year-month or date strings ("2025", "2025-03", "2025-03-14"): an ordered time axis. */
const TIME_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type ColumnKind = 'measure' | 'time' | 'category' | 'other';
type TimeUnit = 'utcyear' | 'utcyearmonth' | 'utcyearmonthdate';

/** The time unit of year, year-month or date strings (by their length). */
const timeUnitOf = (value: unknown): TimeUnit =>
  String(value).length === 4 ? 'utcyear' : String(value).length === 7 ? 'utcyearmonth' : 'utcyearmonthdate';

function kindOf(values: readonly unknown[]): ColumnKind {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'other';
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'measure';
  if (present.every((v) => typeof v === 'string')) {
    return present.every((v) => TIME_VALUE.test(v)) ? 'time' : 'category';
  }
  return 'other';
}

/** Vega-Lite reads "." and "[" in field names as paths: escape them so any column name is one field. */
const vlField = (column: string) => column.replace(/[.[\]\\]/g, (c) => `\\${c}`);

function spec(mark: ChartMark, dimension: string, measure: string, time: TimeUnit | null, title: string): VegaLiteSpec {
  const dim = { field: vlField(dimension), title: dimension };
  const value = { field: vlField(measure), type: 'quantitative' as const, title: measure };
  // Categories as horizontal bars, longest first (long names stay readable on a phone); time runs
  // left to right on a time scale, so a month without rows leaves a gap instead of vanishing.
  const horizontal = mark === 'bar' && !time;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: title,
    data: { name: RESULT_DATA },
    mark: mark === 'line' ? { type: 'line', tooltip: true, point: true } : { type: 'bar', tooltip: true },
    encoding: horizontal
      ? { x: value, y: { ...dim, type: 'nominal', sort: '-x', axis: { labelLimit: 160 } } }
      : { x: time ? { ...dim, type: 'temporal', timeUnit: time } : { ...dim, type: 'nominal', sort: '-y' }, y: value },
    width: 'container',
    height: 260,
  };
}

/**
 * The chart for a result, chosen by rules from its columns, or null when no chart is offered.
 *
 * - The dimension is the first text column, the measure the first numeric column (so a top-N's
 *   trailing rank column is never plotted); both must exist.
 * - Dimension values must be distinct within the result: a chart would otherwise add rows up.
 * - A dimension of years, months or dates ("2025-03") is time: a line on a time axis (bar offered);
 *   anything else is categories: bars, largest first (line offered), at most MAX_CATEGORIES.
 * - No chart for fewer than two rows, duplicate column names or a measure with no value.
 *
 * `rows` are the rows the decision is based on (a preview is enough for the kinds of columns, as
 * long as `rowCount` says how many there are in all).
 *
 * @example chooseChart(['country', 'events'], [['Spain', 4], ['Peru', 2]], 2)?.preferred // 'bar'
 */
export function chooseChart(columns: readonly string[], rows: readonly unknown[][], rowCount: number): Chart | null {
  if (rowCount < 2 || rows.length < 2) return null;
  if (new Set(columns).size !== columns.length) return null;
  const kinds = columns.map((_, i) => kindOf(rows.map((r) => r[i])));
  const dimIndex = kinds.findIndex((k) => k === 'time' || k === 'category');
  const measureIndex = kinds.findIndex((k) => k === 'measure');
  if (dimIndex < 0 || measureIndex < 0) return null;
  const dimension = columns[dimIndex] as string;
  const measure = columns[measureIndex] as string;
  const time = kinds[dimIndex] === 'time' ? timeUnitOf(rows[0]?.[dimIndex]) : null;
  if (rowCount > (time ? MAX_TIME_POINTS : MAX_CATEGORIES)) return null;
  const keys = rows.map((r) => r[dimIndex]);
  if (new Set(keys).size !== keys.length) return null;

  const title = `${measure} by ${dimension}`;
  const bar = spec('bar', dimension, measure, time, title);
  if (!time) bar.height = Math.max(120, 24 * rowCount);
  return chartSchema.parse({
    dimension,
    measure,
    preferred: time ? 'line' : 'bar',
    specs: { bar, line: spec('line', dimension, measure, time, title) },
  });
}
