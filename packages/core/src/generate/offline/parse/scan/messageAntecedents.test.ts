import { describe, expect, it } from 'vitest';
import { buildValueIndexFromRows } from '../../values/ValueIndex';
import { companyValueRows, mentionWindows } from '../../testkit';
import { LEXICON_PHRASES } from '../lexiconTable';
import type { Mention } from '../Mention';
import { scanMentions } from '../scanMentions';

const index = buildValueIndexFromRows(
  companyValueRows([
    { name: 'Quillon Freight', domain: 'quillonfreight.com', country: 'France' },
    { name: 'Marvell Tiles', domain: 'marvelltiles.com', country: 'Italy' },
  ]),
  LEXICON_PHRASES,
);

function read(q: string): { mentions: Mention[]; ignored: readonly string[] } {
  const scan = scanMentions(q, index, '2024-07-15');
  return { mentions: scan.mentions, ignored: scan.ignored };
}

const anaphors = (ms: readonly Mention[]): string[] => ms.flatMap((m) => (m.t === 'anaphor' ? [m.text] : []));
const companies = (ms: readonly Mention[]): string[][] =>
  ms.flatMap((m) => (m.t === 'company' ? [[...m.hit.names]] : []));

describe("a pointer takes its antecedent from the message's own earlier clause", () => {
  it.each([
    // the speaker's plan holds the period; "that window" / "that month" in the ask is it
    [
      'we are mapping out trips for the final quarter (oct thru dec). which events begin in that window?',
      '2024-10-01',
      '2024-12-31',
    ],
    ['my team will be in town a lot in november - which conferences are on that month?', '2024-11-01', '2024-11-30'],
    ['shows in march 2025. which companies exhibit at the events that month?', '2025-03-01', '2025-03-31'],
  ])('%s', (q, from, to) => {
    const r = read(q);
    expect(anaphors(r.mentions)).toEqual([]);
    expect(mentionWindows(r.mentions)).toEqual([[from, to]]);
    expect(r.ignored).toEqual([]);
  });

  it.each([
    // one window said twice, by a name and by its months ("h1 next year (jan to jun 2025)"): one antecedent
    [
      "we're budgeting for h1 next year (jan to jun 2025) - what events fall in that window?",
      '2025-01-01',
      '2025-06-30',
    ],
    ['for our 2025 kickoff, i.e. january 2025, which summits are on in that window?', '2025-01-01', '2025-01-31'],
    ['our plan covers q1 of next year (jan-mar 2025); events in those dates?', '2025-01-01', '2025-03-31'],
    ['the q4 push, so oct thru dec 2024: which expos happen in that period?', '2024-10-01', '2024-12-31'],
  ])('takes one window said in two spellings: %s', (q, from, to) => {
    const r = read(q);
    expect(anaphors(r.mentions)).toEqual([]);
    expect(mentionWindows(r.mentions)).toEqual([[from, to]]);
  });

  it('leaves "that window" after two different windows (never guessed)', () => {
    const r = read('we look at h2 2025 and at q1 2025 - which events are in that window?');
    expect(anaphors(r.mentions)).toEqual(['that window']);
  });

  it('puts the named company of the speaker\'s clause where "there" stands, and the plan\'s own time stays a remark', () => {
    const r = read("we're meeting quillon freight next week (exciting!) - who are the managers there?");
    expect(anaphors(r.mentions)).toEqual([]);
    expect(companies(r.mentions)).toEqual([['Quillon Freight']]);
    expect(mentionWindows(r.mentions)).toEqual([]);
  });

  it('leaves a pointer whose noun the period does not fit (a quarter is no month)', () => {
    const r = read('we are planning for q1 next year. which events start that month?');
    expect(anaphors(r.mentions)).toEqual(['that month']);
  });

  it('leaves a pointer with two different antecedents of its kind (never guessed)', () => {
    const r = read("we're meeting quillon freight and marvell tiles next week - who are the managers there?");
    expect(anaphors(r.mentions)).toEqual(['there']);
  });

  it('leaves "there" after a place the ask itself reads: two turns typed as one (the first part\'s events)', () => {
    expect(anaphors(read('which events are in france next year - sponsors there?').mentions)).toEqual(['there']);
  });

  it('leaves a pointer with nothing in the message to point at (the earlier turn, else asked)', () => {
    expect(anaphors(read('which events start that month?').mentions)).toEqual(['that month']);
    expect(anaphors(read('who are the managers there?').mentions)).toEqual(['there']);
  });
});
