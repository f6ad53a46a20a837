import { z } from 'zod';

/**
 * The Vega-Lite subset Musaeid emits: one mark over a named data source ("result", filled with
 * the answer's rows by whoever renders it), an x and a y encoding. Every chart the server sends is
 * parsed with this schema first, so a spec that is not of this shape never leaves the server.
 */
export const RESULT_DATA = 'result';

const fieldDef = z.strictObject({
  field: z.string().min(1),
  type: z.enum(['nominal', 'temporal', 'quantitative']),
  /** UTC time units only: the data's dates carry no time zone. */
  timeUnit: z.enum(['utcyear', 'utcyearmonth', 'utcyearmonthdate']).optional(),
  title: z.string(),
  sort: z.union([z.literal('-x'), z.literal('-y')]).optional(),
  axis: z.strictObject({ labelLimit: z.number().int().positive() }).optional(),
});

export const vegaLiteSpecSchema = z.strictObject({
  $schema: z.literal('https://vega.github.io/schema/vega-lite/v6.json'),
  description: z.string(),
  data: z.strictObject({ name: z.literal(RESULT_DATA) }),
  mark: z.strictObject({
    type: z.enum(['bar', 'line']),
    tooltip: z.literal(true),
    point: z.boolean().optional(),
  }),
  encoding: z.strictObject({ x: fieldDef, y: fieldDef }),
  width: z.union([z.literal('container'), z.number().int().positive()]),
  height: z.number().int().positive(),
});
export type VegaLiteSpec = z.infer<typeof vegaLiteSpecSchema>;

export const chartMarkSchema = z.enum(['bar', 'line']);
export type ChartMark = z.infer<typeof chartMarkSchema>;

/** A chart offered with an answer: which columns it plots, the mark shown first, and a spec per mark. */
export const chartSchema = z.object({
  dimension: z.string(),
  measure: z.string(),
  preferred: chartMarkSchema,
  specs: z.object({ bar: vegaLiteSpecSchema, line: vegaLiteSpecSchema }),
});
export type Chart = z.infer<typeof chartSchema>;
