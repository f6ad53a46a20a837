/**
 * A company name that is also a word of the language ("sap") reads as the company in any case when it stands in a
 * list of company names (`values.ts` listedWithCompany); alone, or listed with no company, it is the word.
 */
import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';
import { beforeAll } from 'vitest';

describe.runIf(hasRealData)('a lower-case name listed with company names (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it.each([
    'how many of siemens, sap and emerson speak at events?',
    'people at sap or siemens',
    'sap, fujitsu and emerson: which events do they attend?',
    'list the vps at google and sap',
    'do siemens and sap sponsor anything?',
  ])('%s', (q) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    if (a.kind === 'sql') expect(a.interpretation, q).toMatch(/\bSAP\b/);
  });

  it('listed with no company name, or alone where no name is asked for, it is not read as the company', () => {
    for (const q of ['sap, resin and timber events', 'is sap better']) {
      const a = f.ask(q);
      const said = a.kind === 'sql' ? (a.interpretation ?? '') : '';
      expect(said, q).not.toMatch(/companies named SAP/);
    }
  });
});
