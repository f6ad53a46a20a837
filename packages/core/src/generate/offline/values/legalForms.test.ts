import { describe, expect, it } from 'vitest';
import { LEXICON_PHRASES } from '../parse/lexiconTable';
import { scanMentions } from '../parse/scanMentions';
import { normKey } from '../text/tokenize';
import { buildValueIndexFromRows } from './ValueIndex';
import { companyValueRows } from '../testkit';

describe('a company name with a legal form', () => {
  // two rows of one name, one with its legal form, one without (two domains, as the data holds them), and a third
  // company whose name only begins the same
  const index = buildValueIndexFromRows(
    companyValueRows([
      { name: 'Zentrix Thermal', domain: 'zentrixthermal.com' },
      { name: 'Zentrix Thermal Limited', domain: 'zentrix-thermal.com' },
      { name: 'Zentrix', domain: 'zentrix.com' },
    ]),
    LEXICON_PHRASES,
  );

  it('typed without the form is every row of that name: the form is no part of it', () => {
    expect(index.companies.get(normKey('Zentrix Thermal'))?.names.sort()).toEqual([
      'Zentrix Thermal',
      'Zentrix Thermal Limited',
    ]);
    const { mentions } = scanMentions('people at Zentrix Thermal', index, '2024-07-15');
    const named = mentions.flatMap((m) => (m.t === 'company' ? m.hit.names : []));
    expect(named.sort()).toEqual(['Zentrix Thermal', 'Zentrix Thermal Limited']);
  });

  it('typed with the form is that row only, and a shorter name is its own company', () => {
    expect(index.companies.get(normKey('Zentrix Thermal Limited'))?.names).toEqual(['Zentrix Thermal Limited']);
    expect(index.companies.get(normKey('Zentrix'))?.names).toEqual(['Zentrix']);
  });
});

describe('a legal form on another web domain than the row named exactly so', () => {
  // a broker named plainly and a builder of another domain whose name adds only a legal form: two companies
  const index = buildValueIndexFromRows(
    companyValueRows([
      { name: 'Quorvex', domain: 'quorvex.com' },
      { name: 'Quorvex Inc', domain: 'quorvexinc.com' },
      { name: 'Tallow Brook Ltd', domain: 'tallowbrook.co.uk' },
    ]),
    LEXICON_PHRASES,
  );

  it('typed without the form is the row named exactly so, not the other domain', () => {
    expect(index.companies.get(normKey('Quorvex'))?.names).toEqual(['Quorvex']);
    const { mentions } = scanMentions('when was quorvex founded', index, '2024-07-15');
    const named = mentions.flatMap((m) => (m.t === 'company' ? m.hit.names : []));
    expect(named).toEqual(['Quorvex']);
  });

  it('typed with the form is the other row, and a form with no plain namesake still drops', () => {
    expect(index.companies.get(normKey('Quorvex Inc'))?.names).toEqual(['Quorvex Inc']);
    expect(index.companies.get(normKey('Tallow Brook'))?.names).toEqual(['Tallow Brook Ltd']);
  });
});
