import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';
import { verbClassAt } from '../../text/verbClasses';

describe('verbs of existence from WordNet', () => {
  it.each([
    ['appear', 1],
    ['appears', 1],
    ['exist', 1],
    ['show up', 2],
    ['showing up', 2],
    ['turn up', 2],
    ['pops up', 2],
  ] as const)('%s is a verb of existence', (phrase, length) => {
    expect(verbClassAt(phrase.split(' '))).toEqual({ cls: 'exist', length });
  });
});

/**
 * A verb of existence said of the asked set, with nothing after it but the data itself or the end of its clause, adds
 * no condition (the same SQL as the question without it); with anything else after it, it is never dropped.
 */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('verbs of existence end to end on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('existenceVerbs');
  });
  afterAll(() => f?.close());

  it.each([
    [
      'Which small companies with 11 to 200 employees appear in the data?',
      'Which small companies with 11 to 200 employees?',
    ],
    ['which german companies turn up in our records?', 'which german companies?'],
    ['which companies in Germany appear?', 'which companies in Germany?'],
    ['how many sales people show up in the database', 'how many sales people'],
    ['what sponsors exist on file?', 'what sponsors?'],
    // an indefinite place adverb names no place; a noun of what the data holds modifies the data's own noun
    ['which french companies appear anywhere?', 'which french companies?'],
    ['which sales people appear somewhere in our records', 'which sales people'],
    ['which french companies appear anywhere in the company database?', 'which french companies?'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it('keeps "show up at" an event as taking part, and asks about a verb of existence with a place after it', () => {
    if (!f) return;
    const at = f.ask('which companies show up at events in Singapore?');
    expect(at.kind).toBe('sql');
    expect(sql(at)).toBe(sql(f.ask('which companies take part in events in Singapore?')));
    // "appear in singapore": in the news? at events there? headquartered there? never silently one of them
    expect(f.ask('which companies appear in singapore?').kind).toBe('clarify');
    expect(f.ask('which companies appear anywhere in singapore?').kind).toBe('clarify');
  });
});
