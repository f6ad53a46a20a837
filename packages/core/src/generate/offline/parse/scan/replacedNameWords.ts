/**
 * An event's name typed with one of its words replaced ("subsea networks wrld": Submarine Networks World 2024): the
 * other words found the event (a part of its name, read by the short-name readers), and the words typed where the
 * name's remaining word stands read nothing. Left so, those words are asked about with no option ("what did you
 * mean by sub sea?") although the rest of the phrase names one event. When the typed word is near the name's word
 * (the same first three letters, a slip or a shortening: "subsea" for "submarine") the whole phrase is that event,
 * and the interpretation names it; otherwise the phrase is asked about with that event as the option, never guessed.
 * Only one word of the name may be missing, at either end of the part found, and the event must be one (its
 * editions are one event).
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { phraseEdits } from '../../text/spelling';
import { normKey } from '../../text/tokenize';
import type { Mention } from '../Mention';
import { abbreviates } from './nameTypos';
import { readAcrossBreaks, type ScanState } from './ScanState';

/** Letters a replacing word shares with the name's word at its start to stand for it ("sub" of "subsea", "submarine"). */
const SHARED_START = 3;
/** Most tokens typed for the one word ("sub sea": a word split in two). */
const MAX_TYPED = 2;

/** The words of a name that carry it: no year, no edition number. */
const carryingWords = (name: string): string[] =>
  normKey(name)
    .split(' ')
    .filter((x) => x !== '' && !/\d/.test(x));

/** True when a typed word is a name's word, exactly, with a slip or shortened. */
const fits = (typed: string, word: string): boolean =>
  typed === word || abbreviates(typed, word) || phraseEdits([typed], [word]) !== null;

/** True when the typed word may stand for the name's word: it begins the same, is a slip of it or shortens it. */
const nearWord = (typed: string, word: string): boolean =>
  (typed.length >= SHARED_START && typed.slice(0, SHARED_START) === word.slice(0, SHARED_START)) || fits(typed, word);

/** The one word of the name the mention's words leave out at its start or at its end, with that side; else null. */
function missingWord(m: Mention, typed: readonly string[]): { word: string; before: boolean } | null {
  if (m.t !== 'event') return null;
  const forms = new Set(m.hit.names.map((n) => carryingWords(n).join(' ')));
  // the editions of one event share their words; two events are not one name to complete
  if (forms.size !== 1) return null;
  const words = [...forms][0]?.split(' ') ?? [];
  const found = typed.filter((x) => !/\d/.test(x));
  if (found.length === 0 || words.length !== found.length + 1) return null;
  if (found.every((x, k) => fits(x, words[k + 1] ?? ''))) return { word: words[0] ?? '', before: true };
  if (found.every((x, k) => fits(x, words[k] ?? ''))) return { word: words[words.length - 1] ?? '', before: false };
  return null;
}

/** @param discourse the positions of words about the conversation, never a name's. */
export function readReplacedNameWords(s: ScanState, discourse: readonly boolean[]): void {
  const { w, claimed, mentions } = s;
  const unread = (k: number): boolean =>
    k >= 0 &&
    k < w.length &&
    !claimed[k] &&
    !discourse[k] &&
    /^[a-z]+$/.test(w[k] ?? '') &&
    !FILLER_WORDS.has(w[k] ?? '');
  for (const [at, m] of mentions.entries()) {
    if (m.t !== 'event') continue;
    const missing = missingWord(m, w.slice(m.start, m.end));
    if (!missing) continue;
    // the unread words on that side, nearest first, as many as one word split in two
    const run: number[] = [];
    for (
      let k = missing.before ? m.start - 1 : m.end;
      unread(k) && run.length < MAX_TYPED;
      k += missing.before ? -1 : 1
    )
      run.push(k);
    // the word split in two ("sub sea"), else the nearest word alone
    const near = [run, run.slice(0, 1)].find(
      (r) => r.length > 0 && nearWord(w.slice(Math.min(...r), Math.max(...r) + 1).join(''), missing.word),
    );
    const taken = near ?? run;
    if (taken.length === 0) continue;
    const a = Math.min(m.start, ...taken);
    const b = Math.max(m.end, ...taken.map((k) => k + 1));
    if (!readAcrossBreaks(s, a, b, m.hit.names)) continue;
    for (const k of taken) claimed[k] = true;
    const text = s.tokens
      .slice(a, b)
      .map((t) => t.raw)
      .join(' ');
    if (near) {
      mentions[at] = { ...m, start: a, end: b, text };
      continue;
    }
    mentions[at] = {
      start: a,
      end: b,
      text,
      t: 'unclear',
      about: 'name',
      why: `no event is named "${text}", but its other words name one`,
      options: [{ t: 'event', hit: m.hit }],
    };
  }
}
