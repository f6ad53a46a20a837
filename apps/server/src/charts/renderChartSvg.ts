import type { Chart, ChartMark } from './chartSpec';
import { RESULT_DATA } from './chartSpec';

/** Width of server-rendered charts (a browser sizes them to their container instead). */
const SVG_WIDTH = 640;

/** The result's rows as the objects Vega reads, keyed by column name. */
export function chartValues(columns: readonly string[], rows: readonly unknown[][]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])));
}

/**
 * Renders a chart as SVG without a browser (vega's headless view). vega and vega-lite load on
 * first use: the server does not need them to start.
 */
export async function renderChartSvg(
  chart: Chart,
  mark: ChartMark,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const spec = { ...chart.specs[mark], width: SVG_WIDTH, background: 'white' };
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  view.data(RESULT_DATA, chartValues(columns, rows));
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
