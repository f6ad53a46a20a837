import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, demoScanner, type Fixture } from '../testkit';
import { correctSlips, slipTies } from './correctSlips';

/** Typing slips in the words the parser left unread (demo data's value index; words of this test's own). */
describe('correctSlips', () => {
  const demo = demoScanner();
  const fix = (...words: string[]) => {
    const out = correctSlips(words, demo.index());
    return out ? Object.fromEntries(out) : null;
  };

  it('corrects a longer word one edit from exactly one known word', () => {
    expect(fix('Whihc')).toEqual({ Whihc: 'which' });
  });

  it('breaks a tie of equally near words by the neighbouring key', () => {
    expect(fix('thete')).toEqual({ thete: 'there' });
  });

  it('corrects a four-letter word only for a dropped letter, and never an English word', () => {
    expect(fix('whch')).toEqual({ whch: 'which' });
    expect(fix('wich', 'evnt')).toEqual({ wich: 'which', evnt: 'event' });
    // "arre" is "are" with a letter added: not corrected at four letters
    expect(fix('arre')).toBeNull();
    // an English word left unread is asked about, not taken for a neighbour
    expect(fix('crow')).toBeNull();
  });

  it('never silently respells a longer English word into its neighbour (it is asked about instead)', () => {
    // real words one letter from a vocabulary word: read as it, they would drop what was said
    for (const word of ['shops', 'stuff', 'boots', 'frogs']) expect(fix(word), word).toBeNull();
    // ... while a slip that is no English word still is corrected
    expect(fix('compnies')).not.toBeNull();
  });

  it('corrects nothing when a word of the data is as near ("coud": "could" or the theme "cloud")', () => {
    expect(fix('coud')).toBeNull();
  });

  it('the words a slip is tied between are what a question about it offers', () => {
    expect(slipTies('coud', demo.index())).toEqual(expect.arrayContaining(['could', 'cloud']));
    // one reading, or none: nothing tied
    expect(slipTies('Whihc', demo.index())).toEqual([]);
    expect(slipTies('zzzzzz', demo.index())).toEqual([]);
  });

  it('asks about a tied slip with the words it was tied between, never with no options', () => {
    const asked = demo.fixture().ask('coud you list the events in Singapore');
    expect(asked.kind).toBe('clarify');
    const labels = asked.kind === 'clarify' ? asked.clarification.options.map((o) => o.label) : [];
    expect(labels).toEqual(expect.arrayContaining(['"could"', '"cloud"']));
  });

  it('corrects no number the request left unread ("3 companies" is no slip of "companies")', () => {
    expect(fix('3 companies')).toBeNull();
    expect(fix('20 sponsors')).toBeNull();
    // ... while the slips beside it are corrected
    expect(fix('Whihc', '2006')).toEqual({ Whihc: 'which' });
  });

  it('corrects nothing unless every word has one reading', () => {
    expect(fix('whch', 'zzzzzz')).toBeNull();
  });
});

/** A content word that is a real English word, injected into questions that are answered, is never dropped. */
describe('real English words beside vocabulary words (demo data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f?.close());

  const answered = ['software companies at events in 2025', 'companies at events in singapore'];
  // each one letter from a vocabulary word ("shows", "from", "dates"): respelt silently, the question read was another
  // ("shops" after an industry word is now a trade head, "software shops" = software companies: `scan/tradeHeads.ts`)
  it.each(['ships', 'frogs', 'gates'])('"%s" injected before the last noun is asked about or refused', (word) => {
    if (!f) return;
    for (const q of answered) {
      expect(f.ask(q).kind, q).toBe('sql');
      const words = q.split(' ');
      const injected = [...words.slice(0, 1), word, ...words.slice(1)].join(' ');
      expect(f.ask(injected).kind, injected).not.toBe('sql');
    }
  });
});
