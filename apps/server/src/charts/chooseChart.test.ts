import { describe, expect, it } from 'vitest';

import { vegaLiteSpecSchema } from './chartSpec';
import { chooseChart, MAX_CATEGORIES, MAX_TIME_POINTS } from './chooseChart';
import { renderChartSvg } from './renderChartSvg';

const months = [
  ['2025-03', 4],
  ['2025-01', 2],
  ['2025-02', 7],
];

describe('chooseChart: which columns make which chart', () => {
  it('counts by a category: horizontal bars, largest first; a line is offered too', () => {
    const chart = chooseChart(
      ['country', 'events'],
      [
        ['Singapore', 51],
        ['Canada', 3],
        ['Japan', 2],
      ],
      3,
    );
    expect(chart).toMatchObject({ dimension: 'country', measure: 'events', preferred: 'bar' });
    expect(chart?.specs.bar.mark.type).toBe('bar');
    expect(chart?.specs.bar.encoding.y).toMatchObject({ field: 'country', type: 'nominal', sort: '-x' });
    expect(chart?.specs.bar.encoding.x).toMatchObject({ field: 'events', type: 'quantitative' });
    expect(chart?.specs.line.mark.type).toBe('line');
  });

  it('per month: a line on a time axis (bars offered), whatever order the SQL returned', () => {
    const chart = chooseChart(['month', 'events'], months, 3);
    expect(chart?.preferred).toBe('line');
    const x = { field: 'month', type: 'temporal', timeUnit: 'utcyearmonth' };
    expect(chart?.specs.line.encoding.x).toMatchObject(x);
    expect(chart?.specs.bar.encoding.x).toMatchObject(x);
  });

  it('years and dates are time as well, each with its own unit', () => {
    const years = chooseChart(
      ['year', 'n'],
      [
        ['2024', 1],
        ['2025', 3],
      ],
      2,
    );
    expect(years?.specs.line.encoding.x.timeUnit).toBe('utcyear');
    const days = chooseChart(
      ['day', 'n'],
      [
        ['2025-01-02', 1],
        ['2025-01-03', 3],
      ],
      2,
    );
    expect(days?.specs.line.encoding.x.timeUnit).toBe('utcyearmonthdate');
  });

  it('a top N: the first numeric column is the measure, the trailing rank is not plotted', () => {
    const chart = chooseChart(
      ['country', 'companies', 'rank'],
      [
        ['United States', 101, 1],
        ['Germany', 33, 2],
      ],
      2,
    );
    expect(chart).toMatchObject({ dimension: 'country', measure: 'companies' });
  });

  it('a count next to several text columns: the first text column is the dimension', () => {
    const chart = chooseChart(
      ['event', 'city', 'sponsors'],
      [
        ['Expo A', 'Lima', 3],
        ['Expo B', 'Oslo', 5],
      ],
      2,
    );
    expect(chart).toMatchObject({ dimension: 'event', measure: 'sponsors' });
  });

  it('escapes column names Vega-Lite would read as paths', () => {
    const chart = chooseChart(
      ['a.b', 'n[0]'],
      [
        ['x', 1],
        ['y', 2],
      ],
      2,
    );
    expect(chart?.specs.bar.encoding.y.field).toBe('a\\.b');
    expect(chart?.specs.bar.encoding.x.field).toBe('n\\[0\\]');
  });

  it('every spec it emits passes the zod schema', () => {
    const chart = chooseChart(['month', 'events'], months, 3);
    expect(() => vegaLiteSpecSchema.parse(chart?.specs.bar)).not.toThrow();
    expect(() => vegaLiteSpecSchema.parse(chart?.specs.line)).not.toThrow();
    expect(() => vegaLiteSpecSchema.parse({ ...chart?.specs.bar, mark: { type: 'arc', tooltip: true } })).toThrow();
  });
});

describe('chooseChart: when no chart is offered', () => {
  const cases: [string, string[], unknown[][], number][] = [
    ['a single number', ['events'], [[65]], 1],
    ['a single row', ['country', 'events'], [['Peru', 3]], 1],
    [
      'no measure (a list of names)',
      ['event', 'city'],
      [
        ['A', 'Lima'],
        ['B', 'Oslo'],
      ],
      2,
    ],
    [
      'no dimension (numbers only)',
      ['min', 'max'],
      [
        [1, 2],
        [3, 4],
      ],
      2,
    ],
    [
      'a repeated dimension value (bars would add rows up)',
      ['country', 'n'],
      [
        ['Peru', 1],
        ['Peru', 2],
      ],
      2,
    ],
    [
      'duplicate column names',
      ['n', 'n'],
      [
        ['a', 1],
        ['b', 2],
      ],
      2,
    ],
    [
      'a measure with no value',
      ['country', 'n'],
      [
        ['Peru', null],
        ['Chile', null],
      ],
      2,
    ],
    [
      'mixed text and numbers in a column',
      ['k', 'n'],
      [
        ['a', 1],
        ['b', 'x'],
      ],
      2,
    ],
    ['no rows', ['country', 'n'], [], 0],
  ];
  it.each(cases)('%s', (_why, columns, rows, rowCount) => {
    expect(chooseChart(columns, rows, rowCount)).toBeNull();
  });

  it(`more than ${MAX_CATEGORIES} categories, or more than ${MAX_TIME_POINTS} points in time`, () => {
    const preview = [
      ['a', 1],
      ['b', 2],
    ];
    expect(chooseChart(['k', 'n'], preview, MAX_CATEGORIES)).not.toBeNull();
    expect(chooseChart(['k', 'n'], preview, MAX_CATEGORIES + 1)).toBeNull();
    expect(chooseChart(['m', 'n'], months, MAX_TIME_POINTS)).not.toBeNull();
    expect(chooseChart(['m', 'n'], months, MAX_TIME_POINTS + 1)).toBeNull();
  });
});

describe('renderChartSvg', () => {
  it('renders both marks as SVG with the data in them, without a browser', async () => {
    const chart = chooseChart(['month', 'events'], months, 3);
    if (!chart) throw new Error('expected a chart');
    const line = await renderChartSvg(chart, 'line', ['month', 'events'], months);
    expect(line).toMatch(/^<svg/);
    expect(line).toMatch(/Feb\s*2025|2025/);
    const bar = await renderChartSvg(chart, 'bar', ['month', 'events'], months);
    expect(bar).toContain('<path');
  });
});
