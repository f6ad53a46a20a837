import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture } from '../../testkit';
import { normKey } from '../../text/tokenize';
import { scanMentions } from '../scanMentions';
import { isEnglishWord } from './vocabularySpelling';

/**
 * Company names typed as users type them, generated from the data's own names (never from a question): a word of
 * the name written short after the word before it in the name ("... tourism brd"), the breaks between its words put
 * elsewhere ("swissbel hotel"), and a letter typed twice in a one-word name. Each is that company, not a question back.
 */
/** True when changing one letter of the word makes an English word ("paypall": "paywall"). */
function oneLetterFromEnglish(word: string): boolean {
  for (let k = 0; k < word.length; k++)
    for (const c of 'abcdefghijklmnopqrstuvwxyz')
      if (c !== word[k] && isEnglishWord(`${word.slice(0, k)}${c}${word.slice(k + 1)}`)) return true;
  return false;
}

describe('company names typed loosely (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'nameSpellings');

  /** The company names of the data, as normalised words (legal forms and parentheses aside). */
  const companyWords = (): { name: string; words: string[] }[] => {
    const { f } = scanned;
    if (!f) return [];
    return [...f.oracle('SELECT DISTINCT name FROM companies ORDER BY name')].map((n) => ({
      name: String(n),
      words: normKey(String(n).replace(/\([^)]*\)/g, ' '))
        .split(' ')
        .filter(Boolean),
    }));
  };

  /**
   * True when the question about people at `typed` was answered with the named company, or (with `orOffered`) asked
   * back offering it among names as close ("aeropayy": Aeropay or Aeropaye).
   */
  const answersWith = (typed: string, name: string, orOffered = false): boolean => {
    const r = scanned.f?.ask(`who works at the ${typed}`);
    if (orOffered && r?.kind === 'clarify') return r.clarification.options.some((o) => o.label.includes(name));
    return r?.kind === 'sql' && r.interpretation.includes(name);
  };

  it('reads the last word of a name typed without its vowels after the word before it', ({ skip }) => {
    if (!scanned.f) return skip();
    const tried: string[] = [];
    for (const { name, words } of companyWords()) {
      const last = words[words.length - 1] ?? '';
      // names of three plain words whose last word loses two letters or more to its consonants
      if (words.length !== 3 || !words.every((x) => /^[a-z]{4,}$/.test(x))) continue;
      const skeleton = last[0] + last.slice(1).replace(/[aeiou]/g, '');
      if (skeleton.length < 3 || last.length - skeleton.length < 2 || isEnglishWord(skeleton)) continue;
      const typed = [...words.slice(0, -1), skeleton].join(' ');
      expect(answersWith(typed, name), `${typed} (${name})`).toBe(true);
      tried.push(typed);
      if (tried.length >= 6) break;
    }
    if (tried.length === 0) skip();
  });

  it('reads a name whose words are typed with the breaks in other places', ({ skip }) => {
    if (!scanned.f) return skip();
    const tried: string[] = [];
    for (const { name, words } of companyWords()) {
      // two long distinctive words: the first three letters of the second typed onto the first
      if (words.length !== 2 || !words.every((x) => /^[a-z]{7,}$/.test(x) && !isEnglishWord(x))) continue;
      const [a = '', b = ''] = words;
      const typed = `${a}${b.slice(0, 3)} ${b.slice(3)}`;
      expect(answersWith(typed, name), `${typed} (${name})`).toBe(true);
      tried.push(typed);
      if (tried.length >= 6) break;
    }
    if (tried.length === 0) skip();
  });

  it('reads an English word typed alone as itself, never as a run of a name’s words written together', ({ skip }) => {
    const { index } = scanned;
    if (!index) return skip();
    const tried: string[] = [];
    for (const { words } of companyWords()) {
      // a name that starts with a letter and a word ("i deal ..."): the two written together are an English word
      const [a = '', b = ''] = words;
      if (a.length !== 1 || !isEnglishWord(`${a}${b}`)) continue;
      const read = scanMentions(`sponsors of some event, the ${a}${b} list`, index, '2024-07-15');
      expect(
        read.mentions.some((m) => m.t === 'company' && m.text === `${a}${b}`),
        `${a}${b}`,
      ).toBe(false);
      tried.push(`${a}${b}`);
      if (tried.length >= 5) break;
    }
    if (tried.length === 0) skip();
  });

  it('reads a one-word name typed with its last letter twice, whatever word the slip also spells', ({ skip }) => {
    if (!scanned.f) return skip();
    const tried: string[] = [];
    for (const { name, words } of companyWords()) {
      const [only = ''] = words;
      if (words.length !== 1 || !/^[a-z]{6,8}$/.test(only) || isEnglishWord(only)) continue;
      const typed = `${only}${only.slice(-1)}`;
      // ... where the slip is also one letter from an English word (which the vocabulary's spelling may respell it to)
      if (isEnglishWord(typed) || !oneLetterFromEnglish(typed)) continue;
      expect(answersWith(typed, name, true), `${typed} (${name})`).toBe(true);
      tried.push(typed);
      if (tried.length >= 8) break;
    }
    if (tried.length === 0) skip();
  });
});
