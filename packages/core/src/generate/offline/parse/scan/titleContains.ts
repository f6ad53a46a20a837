/**
 * A word asked for inside people's job titles, unquoted and in lower case: "which of them hold a director
 * title", "people having a VP title", "staff with manager in their title", "who carries the title of partner".
 * The words between the verb's determiner and "title" (or before "in their title") are read as a title
 * mention: the job title contains them. A title word of the vocabulary ("ceo") keeps its own forms (CEO /
 * chief executive officer / chief executive); a short form and its expansion match each other both ways
 * (`TITLE_ABBREVIATIONS`: VP / vice president, MD / managing director).
 */
import { CLOSED_CLASS_WORDS } from '../../lexicon/discourseWords';
import { TITLE_ABBREVIATIONS, type TitleWord } from '../../lexicon/jobWords';
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import { claim, isFree, type ScanState } from './ScanState';

/** Verbs of holding a title: "hold a director title", "has a VP title", "carrying the title". */
const HOLD_VERBS: ReadonlySet<string> = new Set([
  'hold',
  'holds',
  'holding',
  'held',
  'have',
  'has',
  'having',
  'had',
  'carry',
  'carries',
  'carrying',
  'bear',
  'bears',
  'bearing',
  'with',
]);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'any']);
const TITLE_NOUNS: ReadonlySet<string> = new Set(['title', 'titles', 'job title', 'job titles']);
const MAX_WORDS = 4;

/**
 * The forms a word asked for in a title stands for: the forms of its vocabulary entry that say the word itself or
 * spell it out ("ceo": CEO / chief executive officer; "founder": founder / co-founder, not "founding", which the
 * role "founders" also reads), or itself and its short form / expansion.
 */
export function titleWordForms(phrase: string): string[] {
  const known = LEXICON.get(phrase)?.find((r) => r.t === 'title');
  if (known?.t === 'title') {
    const initials = (form: string): string =>
      form
        .split(' ')
        .map((x) => x[0] ?? '')
        .join('');
    const own = known.word.patterns.filter(
      (form) =>
        ` ${form} `.includes(` ${phrase} `) || form.replace(/ /g, '').includes(phrase) || initials(form) === phrase,
    );
    return own.length > 0 ? own : [...known.word.patterns];
  }
  const singular = phrase.replace(/s$/, '');
  for (const forms of TITLE_ABBREVIATIONS) if (forms.includes(phrase) || forms.includes(singular)) return [...forms];
  return [phrase];
}

function readable(words: readonly string[]): boolean {
  return words.length > 0 && words.every((x) => /^[a-z][a-z&-]*$/.test(x) && !CLOSED_CLASS_WORDS.has(x));
}

function claimTitle(s: ScanState, a: number, b: number, words: readonly string[]): void {
  const label = words.join(' ');
  const word: TitleWord = { phrase: label, label, patterns: titleWordForms(label) };
  claim(s, a, b, { t: 'title', word, held: true });
}

/**
 * Words that name a seniority level of several words ("a VP-level title", "a C-suite title", "a director level
 * title"): the level, which the seniority reader takes, not words to find in the title ("vp level" is in no title:
 * "how many people hold a VP-level title" counted none). One word ("a director title") stays words of the title.
 */
function levelNamed(words: readonly string[]): (MentionBody & { t: 'seniority' }) | null {
  if (words.length < 2) return null;
  const level = (LEXICON.get(words.join(' ')) ?? []).find((r) => r.t === 'seniority');
  return level?.t === 'seniority' ? { ...level, noun: false } : null;
}

/** Claims "hold a <words> title" and "with <words> in their title". */
export function readTitleContains(s: ScanState): void {
  const { w } = s;
  for (let t = 0; t < w.length; t++) {
    // "job title" is one or two tokens; `end` is just past the title noun
    let nounStart = t;
    if (!TITLE_NOUNS.has(w[t] ?? '')) continue;
    if (w[t - 1] === 'job') nounStart = t - 1;
    const end = t + 1;
    // "<verb> <det> <words> title"
    for (let a = nounStart - 1; a >= Math.max(0, nounStart - MAX_WORDS); a--) {
      if (!DETERMINERS.has(w[a - 1] ?? '') || !HOLD_VERBS.has(w[a - 2] ?? '')) continue;
      const words = w.slice(a, nounStart);
      if (!readable(words) || !isFree(s, a - 2, end)) continue;
      const level = levelNamed(words);
      if (level) claim(s, a - 2, end, level);
      else claimTitle(s, a - 2, end, words);
      break;
    }
    // "<verb> <words> in <det> title", and typed without the determiner ("w/ director in title")
    const inAt =
      w[nounStart - 1] === 'in'
        ? nounStart - 1
        : w[nounStart - 2] === 'in' && DETERMINERS.has(w[nounStart - 1] ?? '')
          ? nounStart - 2
          : -1;
    if (inAt >= 0) {
      for (let a = inAt - 1; a >= Math.max(0, inAt - MAX_WORDS); a--) {
        if (!HOLD_VERBS.has(w[a - 1] ?? '')) continue;
        const words = w.slice(a, inAt);
        if (!readable(words) || !isFree(s, a - 1, end)) continue;
        claimTitle(s, a - 1, end, words);
        break;
      }
    }
  }
}
