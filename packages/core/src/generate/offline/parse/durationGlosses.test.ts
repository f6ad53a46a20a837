import { describe, expect, it } from 'vitest';
import { buildValueIndexFromRows } from '../values/ValueIndex';
import { companyValueRows } from '../testkit';
import { LEXICON_PHRASES } from './lexiconTable';
import { scanMentions } from './scanMentions';

const index = buildValueIndexFromRows(
  companyValueRows([{ name: 'Quillon Freight', domain: 'quillonfreight.com', country: 'France' }]),
  LEXICON_PHRASES,
);

describe("a superlative of an event's length reads its running time and its gloss by the event's own days", () => {
  it.each([
    ['which expo has the longest running time from opening day to closing day?', 'desc'],
    ['which conference runs the longest from start to finish', 'desc'],
    ['the summit with the shortest run time', 'asc'],
    ['which event lasts longest from the opening day through the final day', 'desc'],
    ['what has the longest running time, first day to last day?', 'desc'],
    ['which event goes on the longest from beginning to end', 'desc'],
  ])('%s', (q, order) => {
    const scan = scanMentions(q, index, '2024-07-15');
    expect(scan.mentions).toContainEqual(expect.objectContaining({ t: 'superlative', column: 'duration', order }));
    // no date window: the days glossed are each event's own
    expect(scan.mentions.filter((m) => m.t === 'cond')).toEqual([]);
    expect(scan.ignored).toEqual([]);
  });

  it('a range of calendar days after a verb of running stays a window', () => {
    const scan = scanMentions('which events run from the 3rd to the 9th of march', index, '2024-07-15');
    expect(scan.mentions).toContainEqual(
      expect.objectContaining({ t: 'cond', cond: expect.objectContaining({ from: '2025-03-03', to: '2025-03-09' }) }),
    );
  });
});
