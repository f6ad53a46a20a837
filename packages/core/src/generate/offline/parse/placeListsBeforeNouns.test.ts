import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';

/**
 * A list of places before a noun ("German, Austrian or Swiss companies") premodifies that noun as a whole: the first
 * places of the list were read as where the people asked about are based, the last one alone as the companies'.
 */
describe("a list of places before a noun is the noun's (demo data)", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());
  const interpretation = (q: string): string => {
    const r = f.gen.generateSync({ question: q, history: [], asOf: '2024-07-15' });
    return r.kind === 'sql' ? r.interpretation : `(${r.kind})`;
  };

  it.each([
    ['senior people at German, Austrian or Swiss companies', 'companies in Germany or Austria or Switzerland'],
    ['people at german or swiss companies', 'companies in Germany or Switzerland'],
    ['contacts at french and italian firms', 'companies in France or Italy'],
  ])('%s', (q, companies) => {
    const said = interpretation(q);
    expect(said).toContain(companies);
    // no place of the people's own
    expect(said).not.toMatch(/people in (Germany|France)/);
  });

  it('a place said of the people stays theirs', () => {
    expect(interpretation('contacts in germany or austria at swiss companies')).toMatch(
      /people in Germany or Austria.*companies in Switzerland/,
    );
  });
});
