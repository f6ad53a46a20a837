/**
 * Paraphrase operators of the typed8 round (issue 12: questions typed as users type), with the corpus's own word
 * lists (independent of the parser's lexicon on purpose):
 *  - `held-key`: one template word (outside the values, four letters or more) with one of its letters typed twice
 *    ("how manny", "evvents", "companiess"), as a key held a moment too long;
 *  - `typed-noise`: punctuation typed for effect: an ellipsis between two template words ("events...in"), an
 *    emoticon or repeated marks at the end (":D", "xD", "???", "!!"), or a comparison sign for the words before a
 *    number ("> 500" for "more than 500").
 * Phrasings carry their values between « and » as in `operators.ts`.
 */
import type { Random } from './random';

/** Template words of letters only (outside the values), with their offsets. */
function templateWords(marked: string, minLength: number): { at: number; word: string }[] {
  const out: { at: number; word: string }[] = [];
  const re = /[A-Za-z]+/g;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    const before = marked.slice(0, m.index);
    const inValue = before.lastIndexOf('«') > before.lastIndexOf('»');
    if (!inValue && m[0].length >= minLength) out.push({ at: m.index, word: m[0] });
  }
  return out;
}

/** One letter of a template word typed twice (never the first: a held key is mid-word); null when none fits. */
export function withHeldKey(marked: string, random: Random): string | null {
  const words = templateWords(marked, 4);
  if (words.length === 0) return null;
  const { at, word } = random.pick(words);
  const k = 1 + random.int(word.length - 1);
  const doubled = word.slice(0, k + 1) + (word[k] ?? '') + word.slice(k + 1);
  return marked.slice(0, at) + doubled + marked.slice(at + word.length);
}

/** Endings typed for effect. */
const NOISY_ENDINGS: readonly string[] = [' :D', ' xD', ' ;P', '???', '!!', ' !!!', '?!?', ' :-D'];

/** Comparison words a sign may stand for before a number. */
const COMPARISON_SIGNS: readonly (readonly [RegExp, string])[] = [
  [/\bmore than (?=«?\d)/, '> '],
  [/\bover (?=«?\d)/, '> '],
  [/\bfewer than (?=«?\d)/, '< '],
  [/\bless than (?=«?\d)/, '< '],
  [/\bunder (?=«?\d)/, '< '],
  [/\bat least (?=«?\d)/, '>= '],
];

/** An ellipsis, a noisy ending or a comparison sign (one of those that apply). */
export function withTypedNoise(marked: string, random: Random): string {
  const choices: (() => string)[] = [() => `${marked.replace(/[?.]$/, '')}${random.pick(NOISY_ENDINGS)}`];
  const pairs = [...marked.matchAll(/(?<![«A-Za-z])([a-z]{2,}) ([a-z]{2,})(?![A-Za-z»])/g)].filter((m) => {
    const before = marked.slice(0, m.index);
    return before.lastIndexOf('«') <= before.lastIndexOf('»');
  });
  if (pairs.length > 0)
    choices.push(() => {
      const m = random.pick(pairs);
      const a = m[1] ?? '';
      const at = m.index + a.length;
      return `${marked.slice(0, at)}...${marked.slice(at + 1)}`;
    });
  for (const [words, sign] of COMPARISON_SIGNS) if (words.test(marked)) choices.push(() => marked.replace(words, sign));
  return random.pick(choices)();
}
