import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { createScanState } from './ScanState';
import { readWholeThemeValues } from './wholeThemeValues';

/** Only the themes are read: a value index holding industries and tags alone (their words as the index keeps them). */
const index = {
  industries: [
    'Business Consulting and Services',
    'Events Services',
    'Staffing and Recruiting',
    'Sales and Marketing',
    'Transportation, Logistics, Supply Chain and Storage',
    'Hotels and Resorts',
    'Metals & Mining',
    'Metals & Mining General',
    'Retail',
    'Insurance',
    'Banking',
    'Human Resources',
    'Project Management',
  ].map((name) => ({ name, tokens: [] })),
  tags: [{ tag: 'oil_gas', label: 'Oil & Gas' }],
  eventWords: new Map([['retail', 2]]),
  commonWords: new Set(['the']),
} as unknown as ValueIndex;

/** The themes read, as their words joined. */
const themes = (q: string): string[] => {
  const s = createScanState(tokenize(q), index, '2024-07-15');
  readWholeThemeValues(s);
  return s.mentions.flatMap((m) => (m.t === 'topic' ? [m.words.join(' ')] : []));
};

describe('a theme value of the data typed in full', () => {
  it.each([
    ['companies in business consulting and services', 'business consulting and services'],
    ['business consulting & services firms in singapore', 'business consulting and services'],
    // a slip per two words, the joining word left out
    ['buisness consulting servics companies', 'business consulting and services'],
    ['list events services companies', 'events services'],
    ['events sevices firms', 'events services'],
    ['how many companies are in staffing and recruiting', 'staffing and recruiting'],
    [
      'companies in transportation, logistics, supply chain and storage',
      'transportation logistics supply chain and storage',
    ],
    ['hotels and resorts', 'hotels and resorts'],
    ['oil and gas companies', 'oil and gas'],
    // the longer value wins where both fit
    ['metals and mining general companies', 'metals and mining general'],
    ['metals and mining companies', 'metals and mining'],
    // a word of four letters may take a slip inside a long value
    [
      'list the transportation logistics supply chin and storage companies',
      'transportation logistics supply chain and storage',
    ],
    // one word with a slip where a theme stands
    ['companies in the retil industry', 'retail'],
    ['insurnce companies in australia', 'insurance'],
    // a value made only of vocabulary words is a theme where a field word names it
    ['companies whose industry is sales and marketing', 'sales and marketing'],
    ['firms in the sales and marketing sector', 'sales and marketing'],
  ])('%s -> %s', (q, expected) => {
    expect(themes(q)).toEqual([expected]);
  });

  it.each([
    // two job functions, no field word: people of those functions, not an industry
    'sales and marketing people at google',
    'companies with sales and marketing staff',
    // a word of the vocabulary in the value and nothing saying a theme stands there: left to the other readers
    'events services',
    // one word of a value is no value
    'retail companies',
    // too many slips to be the value
    'buisnes consultin and servics companies',
    // one word spelt right is left to the other readers; with a slip but no theme noun after it, it may be any word
    'retail companies',
    'who works in retil',
    // typed words of the vocabulary: a job function said whole, a people noun fitting a value's word by its stem
    'who does human resources at dyson',
    'project managers in singapore',
  ])('%s: no whole value', (q) => {
    expect(themes(q)).toEqual([]);
  });
});
