import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture, type Fixture } from '../testkit';

const interpretationOf = (asked: ReturnType<Fixture['ask']>): string =>
  asked.kind === 'sql' ? (asked.interpretation ?? '') : '';

describe.skipIf(!hasRealData)('an industry word matches industries saying a form of it (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'industryWordForms');

  it.each([
    // "pharmaceutical" (typed right or with a slip) is no form of the "Pharmacies" of Drug Stores & Pharmacies
    ['pharmaceutical firms at events', 'Pharmaceutical Manufacturing'],
    ['pharmacuetical compnaies', 'Pharmaceutical Manufacturing'],
    ['which pharmaceutical companies sponsor events', 'Pharmaceutical Manufacturing'],
    // a clipping is the word the dictionary gives for it ("pharma": pharmaceutical company)
    ['pharma firms taking part in events', 'Pharmaceutical Manufacturing'],
    ['list pharma companies', 'Pharmaceutical Manufacturing'],
  ])('"%s" reads only %s', (question, industry) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(question);
    expect(a.kind, question).toBe('sql');
    expect(interpretationOf(a)).toContain(industry);
    expect(interpretationOf(a)).not.toContain('Drug Stores');
  });

  it.each(['pharmacy companies', 'drug store companies'])('"%s" is the pharmacies, not the drug makers', (question) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(question);
    expect(a.kind, question).toBe('sql');
    expect(interpretationOf(a)).toContain('Drug Stores & Pharmacies');
    expect(interpretationOf(a)).not.toContain('Pharmaceutical Manufacturing');
  });
});
