import { describe, expect, it } from 'vitest';
import { buildValueIndexFromRows } from '../../values/ValueIndex';
import { companyValueRows, mentionWindows } from '../../testkit';
import { LEXICON_PHRASES } from '../lexiconTable';
import type { Mention } from '../Mention';
import { scanMentions } from '../scanMentions';

const index = buildValueIndexFromRows(
  companyValueRows([{ name: 'Quillon Freight', domain: 'quillonfreight.com', country: 'France' }]),
  LEXICON_PHRASES,
);

const read = (q: string): Mention[] => scanMentions(q, index, '2024-07-15').mentions;
const timePointers = (ms: readonly Mention[]): string[] =>
  ms.flatMap((m) => (m.t === 'anaphor' && m.time ? [m.text] : []));

describe('a bare "then" that points at a period', () => {
  it.each([
    ['could you list all the conferences starting then', 'then'],
    ['which shows kick off then?', 'then'],
    ['anything happening then, in france', 'then'],
    ['what gets held around then', 'around then'],
  ])('%s: a pointer at a period (asked about with none said)', (q, pointer) => {
    expect(timePointers(read(q))).toEqual([pointer]);
  });

  it.each([
    'ok then, which events are in france',
    'which conferences are in france then?',
    'then list the events in france',
    'which events start in march, and then which of them are in france',
  ])('%s: a word of the conversation, no pointer', (q) => {
    expect(timePointers(read(q))).toEqual([]);
  });

  it('takes the period the same message says before it', () => {
    const ms = read('my team is free in november. which conferences begin then?');
    expect(timePointers(ms)).toEqual([]);
    expect(mentionWindows(ms)).toEqual([['2024-11-01', '2024-11-30']]);
  });
});
