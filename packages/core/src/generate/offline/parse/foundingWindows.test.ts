import { describe, expect, it } from 'vitest';
import { foundingWindowAt } from './foundingWindows';

const at = (text: string, asOfYear = 2024) => foundingWindowAt(text.split(' '), 0, asOfYear);

describe('foundingWindowAt', () => {
  it.each([
    ['founded in the last 3 years', '>=', 2022, 6],
    ['established over the past 10 years', '>=', 2015, 6],
    ['incorporated within the previous decade', '>=', 2015, 5],
    ['formed in the last 2 decades', '>=', 2005, 6],
    ['set up this decade', '>=', 2020, 4],
    ['founded this year', '=', 2024, 3],
    ['founded last year', '=', 2023, 3],
    ['established in the past year', '>=', 2023, 5],
    ['set up since 2012', '>=', 2012, 4],
    ['setup after 2001', '>', 2001, 3],
    ['established from 2018', '>=', 2018, 3],
  ] as const)('%s', (text, op, value, end) => {
    expect(at(text)).toMatchObject({ op, value, end });
  });

  it.each([
    'started in the last 3 years', // events start too
    'founded in the past years', // no span said
    'established from 2010 to 2015', // a range, read by the range readers
    'founded since 2012', // the quantity reader reads its own words' bounds
    'founded in 2012',
    'sponsors in the last 3 years',
  ])('%s: no founding window here', (text) => {
    expect(at(text)).toBeNull();
  });
});
