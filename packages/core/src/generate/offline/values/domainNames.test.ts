import { describe, expect, it } from 'vitest';
import { LEXICON_PHRASES } from '../parse/lexiconTable';
import { scanMentions } from '../parse/scanMentions';
import { buildValueIndexFromRows } from './ValueIndex';
import type { ValueRows } from './valueRows';

/** Value rows with only companies (the other tables absent). */
function rows(companies: { name: string; domain: string }[]): ValueRows {
  return {
    eventTexts: null,
    companyOverviews: null,
    events: null,
    companies: companies.map((c, i) => ({ id: i + 1, city: null, country: null, ...c })),
    people: null,
    jobTitles: null,
    peopleCountries: null,
    companyStates: null,
    peopleStates: null,
    companyIndustries: null,
    eventTags: null,
    peopleCities: null,
    industries: null,
    tags: null,
  };
}

describe("a company named by its web domain's name", () => {
  // the company of a hyphenated domain, and a dealer whose name holds the same words under a domain of its own
  const index = buildValueIndexFromRows(
    rows([
      { name: 'Quorvel-Dastrin Motor Company', domain: 'quorvel-dastrin.com' },
      { name: 'Barnby Quorvel-Dastrin', domain: 'barnbyquorvel.com' },
      { name: 'Zentrix Cloud Services (ZCS)', domain: 'zentrix.com' },
    ]),
    LEXICON_PHRASES,
  );
  const named = (q: string): string[] =>
    scanMentions(q, index, '2024-07-15').mentions.flatMap((m) => (m.t === 'company' ? m.hit.names : []));

  it('the words of a hyphenated domain are that company, not every name holding them', () => {
    expect(named('contacts at quorvel dastrin')).toEqual(['Quorvel-Dastrin Motor Company']);
  });

  it("a domain's one word names its company whatever the company is called", () => {
    expect(named('people at zentrix')).toEqual(['Zentrix Cloud Services (ZCS)']);
  });
});
