import { describe, expect, it } from 'vitest';
import { demoScanner, firstColumnNames } from '../testkit';

/** Questions of this test's own over the demo data. */
describe('an aside approving a plain answer ("- just names is fine")', () => {
  const demo = demoScanner();

  it.each([
    'which companies are in Singapore - just names is fine',
    'which companies are in Singapore? names only is ok',
    'which companies are in Singapore, a list is good enough',
    // a wish for the form, for now, the whole list
    'which companies are in Singapore? table format if possible',
    'which companies are in Singapore? names are enough for now',
    'which companies are in Singapore? need the full list',
    // a table asked for, which every answer is, with no approval or with one clipped as typed in chat
    'which companies are in Singapore (in a table pls)',
    'which companies are in Singapore? as a table if poss',
    // the whole answer handed over as a free relative whose clause only says the rows exist
    "which companies are in Singapore - just list whatever's there",
    'which companies are in Singapore? show me everything you have',
    'which companies are in Singapore, give me whatever comes up',
    "which companies are in Singapore. whatever you've got",
    'which companies are in Singapore? list all there is',
  ])('%s is the question without it', (q) => {
    const f = demo.fixture();
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(firstColumnNames(asked)).toEqual(firstColumnNames(f.ask('which companies are in Singapore')));
  });

  it('a table asked for beside another shape noun is no aside: "the number as a table" still asks the count', () => {
    const f = demo.fixture();
    const asked = f.ask('which companies are in Singapore? just the number as a table');
    expect(asked.kind === 'sql' ? asked.rows.length : 0).not.toEqual(
      firstColumnNames(f.ask('which companies are in Singapore')).length,
    );
  });

  // an estimate or a manner of computing accepted is no price ("fine") and no condition: the exact answer
  it.each([
    [
      'how many companies are in Singapore - ballpark is fine but give me the number',
      'how many companies are in Singapore',
    ],
    ['how many companies are in Singapore? a rough number is ok', 'how many companies are in Singapore'],
    // how exact the answer should be, said as a preference
    [
      'how many companies are in Singapore, approx? well exactly would be better',
      'how many companies are in Singapore',
    ],
    ['how many companies are in Singapore - a precise count is best', 'how many companies are in Singapore'],
    // an approval added to another ("too", "also") and said with a stance adverb or a hedge: no fee ("fine")
    ['how many companies are in Singapore? an exact count is fine too really', 'how many companies are in Singapore'],
    ['how many companies are in Singapore - a rough figure is also probably ok', 'how many companies are in Singapore'],
    [
      'average employees of companies in Singapore - using the lower end of each size band is fine',
      'average employees of companies in Singapore',
    ],
  ])('%j is %j', (q, plain) => {
    const f = demo.fixture();
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' && asked.sql).toBe((f.ask(plain) as { sql?: string }).sql);
  });

  it.each([
    // a free relative whose clause says which rows is a condition, never the whole answer
    'which companies are in Singapore? just list whatever is vegan',
  ])('%s keeps its condition', (q) => {
    const f = demo.fixture();
    const asked = f.ask(q);
    expect(
      asked.kind !== 'sql' ||
        firstColumnNames(asked).join() !== firstColumnNames(f.ask('which companies are in Singapore')).join(),
    ).toBe(true);
  });

  it('a preference word outside an aside about the answer is still asked about', () => {
    expect(demo.fixture().ask('companies in Singapore, better ones').kind).toBe('clarify');
  });

  it('"every company that ..." is the companies, no grouping per company', () => {
    const f = demo.fixture();
    const asked = f.ask('list every company that is in Singapore');
    expect(firstColumnNames(asked)).toEqual(firstColumnNames(f.ask('which companies are in Singapore')));
  });
});

/** Questions of this test's own over the demo data. */
describe('a remark that a range holds its ends ("inclusive is fine")', () => {
  const demo = demoScanner();
  const sqlOf = (q: string): string => {
    const asked = demo.fixture().ask(q);
    return asked.kind === 'sql' ? asked.sql : asked.kind;
  };

  it.each([
    'which companies have between 50 and 500 employees? inclusive is fine',
    'which companies have between 50 and 500 employees - inclusive',
  ])('%s is the range without it', (q) => {
    expect(sqlOf(q)).toEqual(sqlOf('which companies have between 50 and 500 employees'));
  });

  it('is no remark without a range of both ends', () => {
    expect(demo.fixture().ask('which companies have over 50 employees? inclusive is fine').kind).not.toBe('sql');
  });
});
