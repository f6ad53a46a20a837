import { describe, expect, it } from 'vitest';
import { buildValueIndexFromRows } from '../../values/ValueIndex';
import { companyValueRows } from '../../testkit';
import { LEXICON_PHRASES } from '../lexiconTable';
import { scanMentions } from '../scanMentions';

const index = buildValueIndexFromRows(
  companyValueRows([{ name: 'Quillon Freight', domain: 'quillonfreight.com', country: 'France' }]),
  LEXICON_PHRASES,
);

const entities = (q: string): string[] =>
  scanMentions(q, index, '2024-07-15').mentions.flatMap((m) => (m.t === 'entity' ? [`${m.entity}:${m.text}`] : []));

describe('kinds of events listed together are one noun of events', () => {
  it.each([
    ['which summits, forums or congresses start in october?', 'events:summits, forums or congresses'],
    ['expos and trade fairs in france', 'events:expos and trade fairs'],
    ['how many conferences or exhibitions are there in 2025', 'events:conferences or exhibitions'],
    ['list the trade shows, conferences and fairs coming up', 'events:trade shows, conferences and fairs'],
    ['festivals & expos next month', 'events:festivals and expos'],
  ])('%s', (q, noun) => {
    expect(entities(q)).toEqual([noun]);
  });

  it('nouns of different rows stay apart', () => {
    expect(entities('events and companies in france')).toEqual(['events:events', 'companies:companies']);
  });
});
