import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner } from '../testkit';

/**
 * Changes of the data asked without its words: a verb of taking rows away or tidying (WordNet, phrasal ones included),
 * a row given a new name with a store of the data, and a wish about what a field should say. Refused, never asked
 * back; questions that merely use such words stay questions.
 */
describe('indirect requests to change the data', () => {
  const { fixture } = demoScanner();
  const ask = (q: string) => {
    const f = fixture();
    return f.ask(q.replace(/X/g, busiestCompany(f)));
  };

  it.each([
    'could you get rid of everyone at X who left',
    'we have loads of repeats in the events, would you mind tidying them up?',
    'the people list is messy, clean up the duplicates pls',
    'scrap all the sponsors of the first event',
    'from now on can we dub X Acme in the database',
    'just call X Acme Group in our crm',
    "it would be nice if the city of X's events said Singapore",
    'the address for X should read Berlin',
    'can the industry of X say fintech instead',
    'could you pls weed out the contacts with no title',
  ])('%s is refused as a data change', (q) => {
    const asked = ask(q);
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).toBe('MODIFICATION_REQUEST');
  });

  it.each([
    'which companies got rid of their sponsorship',
    'events renamed this year',
    'can you say which events are in 2025',
    'name the sponsors of events in 2025',
    'sort out the events in 2025 by date',
    'what does the description of the first event say',
    // a word of change that opens a noun phrase: no imperative
    'clean energy companies',
    'clean tech events in 2025',
  ])('%s is no data change', (q) => {
    const asked = ask(q);
    expect(asked.kind === 'refusal' ? asked.code : asked.kind).not.toBe('MODIFICATION_REQUEST');
  });

  it('a verb of removing in a later clause of a follow-up edits the earlier answer', () => {
    const f = fixture();
    const edited = f.ask('events in 2025', 'get rid of the ones in singapore');
    expect(edited.kind).toBe('sql');
  });
});
