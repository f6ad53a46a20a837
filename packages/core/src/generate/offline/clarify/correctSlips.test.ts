import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, demoScanner, type Fixture } from '../testkit';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { LEXICON } from '../parse/lexiconTable';
import { isEnglishWord } from '../parse/scan/vocabularySpelling';
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

  it('never respells an English word spelt right into a filler word one letter from it (dropped, it went unread)', () => {
    // every English word the parser does not know with one letter of a filler word struck for another: read as the
    // filler, the question would be answered without it ("listing" was "lasting", then dropped)
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let tried = 0;
    for (const filler of [...FILLER_WORDS].filter((x) => /^[a-z]{5,}$/.test(x))) {
      for (let i = 0; i < filler.length; i++)
        for (const ch of letters) {
          const word = filler.slice(0, i) + ch + filler.slice(i + 1);
          if (word === filler || FILLER_WORDS.has(word) || LEXICON.has(word) || !isEnglishWord(word)) continue;
          tried++;
          expect(fix(word)?.[word], word).toBeUndefined();
        }
    }
    expect(tried).toBeGreaterThan(20);
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

  it('reads a slip of an English word outside the vocabulary as that word', () => {
    expect(fix('retreive')).toEqual({ retreive: 'retrieve' });
    expect(fix('ocurred')).toEqual({ ocurred: 'occurred' });
    // a tie between English words is asked about, never guessed
    expect(fix('wierd')).toBeNull();
    // a capitalised word may be a name typed: never respelt as an English word
    expect(fix('Ocurred')).toBeNull();
  });

  it('reads a letter moved two places as a slip of the vocabulary word it keeps every letter of', () => {
    expect(fix('parnters')).toEqual({ parnters: 'partners' });
  });

  it('reads a slip beside words left unread only because of it ("the most" beside a slip)', () => {
    expect(fix('parnters', 'the most')).toEqual({ parnters: 'partners' });
    // an English word spelt right is no slip, and is accounted again when the question is read again
    expect(fix('retreive', 'gates')).toEqual({ retreive: 'retrieve' });
  });

  it('never respells a word one slip from a name of the data as an English word', () => {
    const index = demo.index();
    // a surname of the data's people with its last two letters swapped: a slip of the name, whatever English word
    // it may also be near
    for (const name of [...index.surnames.keys()].filter((k) => /^[a-z]{6,}$/.test(k)).slice(0, 20)) {
      const typed = `${name.slice(0, -2)}${name.slice(-1)}${name.slice(-2, -1)}`;
      if (typed === name) continue;
      expect(fix(typed)?.[typed] ?? name, typed).toBe(name);
    }
  });
});

describe('slips of English words asked end to end (demo data)', () => {
  const demo = demoScanner();

  it('reads a request verb typed with a slip as the verb spelt right', () => {
    const right = demo.fixture().ask('could you retrieve the events in Singapore');
    const slipped = demo.fixture().ask('could you retreive the events in Singapore');
    expect(right.kind).toBe('sql');
    expect(slipped.kind === 'sql' && right.kind === 'sql' ? slipped.sql : slipped.kind).toBe(
      right.kind === 'sql' ? right.sql : right.kind,
    );
  });

  it('asks back about an English word it cannot read by its right spelling', () => {
    const asked = demo.fixture().ask('events with quantm computing in Singapore');
    expect(asked.kind).toBe('clarify');
    if (asked.kind === 'clarify') expect(asked.clarification.question).toContain('quantum');
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
