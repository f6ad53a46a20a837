import { describe, expect, it } from 'vitest';
import { buildValueIndexFromRows } from '../../values/ValueIndex';
import { companyValueRows } from '../../testkit';
import { LEXICON_PHRASES } from '../lexiconTable';
import { scanMentions } from '../scanMentions';

/** Companies of one name in two countries and industries, and one company of its own name. */
const rows = companyValueRows(
  [
    { name: 'Velmora Brakes', domain: 'velmora.de', country: 'Germany' },
    { name: 'Velmora Brakes Inc', domain: 'velmora.com', country: 'Canada' },
    { name: 'Quillon Freight', domain: 'quillonfreight.com', country: 'France' },
    { name: 'Tarsen', domain: 'tarsen.com', country: 'Canada' },
    { name: 'Tarsen Health', domain: 'tarsenhealth.com', country: 'Canada' },
  ],
  {
    companyIndustries: [
      { c: 1, i: 'Automotive', p: 1 },
      { c: 2, i: 'Automotive', p: 1 },
      { c: 3, i: 'Logistics', p: 1 },
      { c: 4, i: 'Telecommunications', p: 1 },
      { c: 5, i: 'Hospitals and Health Care', p: 1 },
    ],
  },
);
const index = buildValueIndexFromRows(rows, LEXICON_PHRASES);

function read(q: string): { companies: string[][]; kinds: string[]; ignored: readonly string[] } {
  const scan = scanMentions(q, index, '2024-07-15');
  return {
    companies: scan.mentions.flatMap((m) => (m.t === 'company' ? [[...m.hit.names].sort()] : [])),
    kinds: scan.mentions.map((m) => m.t),
    ignored: scan.ignored,
  };
}

describe('a description after a company name says which company is meant', () => {
  it('picks the row of the name it fits (by country), and is no condition on the people', () => {
    const r = read('who works at velmora brakes? the german one');
    expect(r.companies).toEqual([['Velmora Brakes']]);
    expect(r.kinds).not.toContain('country');
    expect(r.ignored).toEqual([]);
  });

  it('picks the other row when it fits that one', () => {
    const r = read('people at velmora brakes - the canadian one');
    expect(r.companies).toEqual([['Velmora Brakes Inc']]);
    expect(r.kinds).not.toContain('country');
  });

  it('is an aside when the name is one company that fits it', () => {
    const r = read('when was quillon freight founded? the french one');
    expect(r.companies).toEqual([['Quillon Freight']]);
    expect(r.kinds).not.toContain('country');
    expect(r.ignored).toEqual([]);
  });

  it("fits by a word of the company's industry too", () => {
    const r = read('people at quillon freight, the logistics one');
    expect(r.companies).toEqual([['Quillon Freight']]);
    expect(r.ignored).toEqual([]);
    expect(r.kinds.filter((k) => k !== 'entity' && k !== 'prep')).toEqual(['company']);
  });

  it('is asked back, not made a filter, when no company of the name fits it', () => {
    const r = read('people at quillon freight, the japanese one');
    expect(r.kinds).not.toContain('country');
    expect(r.kinds).toContain('unclear');
    expect(r.ignored.join(' ')).toContain('japanese');
  });

  it('leaves a country said of the people as it was', () => {
    const r = read('people in germany at velmora brakes');
    expect(r.kinds).toContain('country');
  });

  it('fits by a clipped word ("telecom") or a closed compound ("healthcare") of an industry', () => {
    expect(read('sales people at tarsen, the telecom one').companies).toEqual([['Tarsen']]);
    expect(read('who works at tarsen? the telecom one').ignored).toEqual([]);
  });

  it('a negated description after the chosen one only restates the choice', () => {
    const r = read('sales people at tarsen - the telecom one not the healthcare one');
    expect(r.companies).toEqual([['Tarsen']]);
    expect(r.ignored).toEqual([]);
    expect(r.kinds).not.toContain('neg');
    expect(r.kinds).not.toContain('unclear');
  });

  it('a negated description alone leaves out the rows of the name it fits', () => {
    const r = read('people at velmora brakes, not the canadian one');
    expect(r.companies).toEqual([['Velmora Brakes']]);
    expect(r.kinds).not.toContain('country');
    expect(r.ignored).toEqual([]);
  });

  it('is asked back when the negated description fits every company of the name', () => {
    const r = read('people at quillon freight, not the logistics one');
    expect(r.kinds).toContain('unclear');
  });
});
