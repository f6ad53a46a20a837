import { describe, expect, it } from 'vitest';
import { LEXICON } from '../parse/lexiconTable';
import { demoScanner, sqlWithParams } from '../testkit';
import { expandShorthand } from './expandShorthand';

/**
 * Chat spellings, slips and sound-alikes of function words, number words and abbreviations (the chat lexicon in
 * `lexicon/shorthandWords.ts`, read by `expandShorthand`): a digit typed for a syllable, a real word that sounds like
 * a question word where the question needs one, a slip of a function word a phrase needs ("how many", "more than"), a
 * slip of a word of scale after a number, a participle's "-d" typed apart, and the data's own abbreviation after a
 * possessive. Each typed question must run the SQL of its plain wording (demo data); a word no rule explains is still
 * asked back, and a sound-alike where no question word is needed stays itself.
 */
const vocabulary = new Set([...LEXICON.keys()].flatMap((phrase) => phrase.split(' ')));
const rowNouns = (w: string): boolean => (LEXICON.get(w) ?? []).some((r) => r.t === 'entity');
const read = (q: string): string => expandShorthand(q, { vocabulary, isRowNoun: rowNouns }).text;

describe('expandShorthand: chat spellings of function words', () => {
  it.each([
    ['witch sponsors are german', 'which sponsors are german'],
    ['Witch fintech companies exhibit', 'which fintech companies exhibit'],
    ['wear is the summit held', 'where is the summit held'],
    ['were do the speakers work', 'where do the speakers work'],
    ['how may exhibitors are listed', 'how many exhibitors are listed'],
    ['firms with more tan 200 staff', 'firms with more than 200 staff'],
    ['firms with fewer then 20 staff', 'firms with fewer than 20 staff'],
    ['revenue above 4 milion', 'revenue above 4 million'],
    ['over six thousnd staff', 'over six thousand staff'],
    ['above 2 bilion dollars', 'above 2 billion dollars'],
    ['more than 3 hundrd staff', 'more than 3 hundred staff'],
    ["where are the firms reg'd", 'where are the firms registered'],
    ['where are the firms reg d', 'where are the firms registered'],
    ['firms regd in france', 'firms registered in france'],
    ['which firm has the most staff in our bd', 'which firm has the most staff in our database'],
    ['who is in your ds?', 'who is in your dataset?'],
  ])('%s', (typed, plain) => {
    expect(read(typed).toLowerCase()).toBe(plain);
  });

  it.each([
    'were the summits in june', // a yes/no question: "were" is the verb
    'which witch sponsors are german', // "which" opens the question: "witch" is no question word
    'people who wear hats', // not opening the question
    'events in may', // "may" the month, no "how" before it
    'how may i help', // no noun of rows after it
    'and then 5 more', // "then" after no comparative
    'the bd team of acme', // no possessive of the speaker: the job abbreviation stays
    'our bd people in japan', // the abbreviation does not close its clause
    'reg expo sponsors', // no "-d": no participle
  ])('leaves %s as typed', (typed) => {
    expect(read(typed)).toBe(typed);
  });
});

describe('chat spellings in questions (demo data)', () => {
  const demo = demoScanner();
  const sqlOf = (q: string): string => sqlWithParams(demo.fixture(), q);

  it.each([
    ['witch companies are exhibiting at events in japan', 'which companies are exhibiting at events in japan'],
    ['wear are the events in november 2024', 'where are the events in november 2024'],
    ['how may speakers are at events in germany', 'how many speakers are at events in germany'],
    ['companies with more tan 200 employees', 'companies with more than 200 employees'],
    ['companies with revenue above 3 milion', 'companies with revenue above 3 million'],
    ['companies with more than 4 thousnd employees', 'companies with more than 4 thousand employees'],
    ["count the companies reg'd in each country", 'count the companies registered in each country'],
    ['which company has the most people in our bd', 'which company has the most people in our database'],
    ['gr8, now list the exhibitors at events in japan', 'great, now list the exhibitors at events in japan'],
    ['some1 in marketing at sponsors?', 'someone in marketing at sponsors?'],
    // a deadline for the answer written short is when the user needs it, no condition
    ['cto emails at exhibitors by eod', 'cto emails at exhibitors'],
    ['sponsors of events in france by cob?', 'sponsors of events in france'],
    ['marketing people at speakers in japan, by eow', 'marketing people at speakers in japan'],
  ])('%s', (typed, plain) => {
    expect(sqlOf(typed)).toBe(sqlOf(plain));
  });

  it.each([
    // a made-up word is still asked about; a sound-alike where no question word fits is no filter
    'which witch events are in japan',
    'events with zorbly sponsors in japan',
    'companies with more than 5 blorps',
    // a deadline word that does not close the question is no deadline
    'events by eod street',
    // a two-letter place code one slip of a linking word, between two nouns: asked, never read as the place alone
    'which companies are partners fo events in germany',
  ])('still asks back or refuses: %s', (q) => {
    expect(demo.fixture().ask(q).kind).not.toBe('sql');
  });

  it('asks about a place code typed for a linking word, offering the word and the place', () => {
    const asked = demo.fixture().ask('which companies ae partners of events in japan');
    expect(asked.kind).toBe('clarify');
    if (asked.kind === 'clarify') expect(asked.clarification.options.map((o) => o.label)).toContain('"are"');
  });
});
