import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { readPersonPlaceVerbs } from './personPlaceVerbs';

const norms = (q: string): string[] => {
  const tokens = tokenize(q);
  readPersonPlaceVerbs(tokens);
  return tokens.map((t) => t.norm);
};

describe('verbs of dwelling in any form', () => {
  it.each([
    ['people who sit in india', 'people who living in india'],
    ['staff who resided in japan', 'staff who living in japan'],
    ['who dwells in japan', 'who living in japan'],
    ['people who work out of singapore', 'people who based out of singapore'],
  ])('"%s" reads as "%s"', (q, read) => {
    expect(norms(q)).toEqual(tokenize(read).map((t) => t.norm));
  });

  it.each(['people living in india', 'events that sit on the agenda', 'who works at google'])(
    '"%s" is left as typed',
    (q) => {
      expect(norms(q)).toEqual(tokenize(q).map((t) => t.norm));
    },
  );
});

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('a person place said with any verb of dwelling on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('personPlaceVerbs');
  });
  afterAll(() => f?.close());

  it.each([
    ['which people sit in Singapore?', 'which people are based in Singapore?'],
    ['people who reside in India', 'people based in India'],
    ['people who work out of Singapore', 'people based in Singapore'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });
});
