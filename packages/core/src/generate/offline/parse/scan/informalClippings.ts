/**
 * A word clipped informally with an "o" put on the cut ("gyno", "physio", "ortho"): the cut without its "o" starts a
 * word of the events' text or of a theme ("gynecology"), and the word is read as that word (the token's `norm`; `raw`
 * stays as typed), so the event or theme readers find it. Only a word no recogniser knows and that is no English word,
 * and only when every word the cut starts is one word in its spellings and derivations ("gynecology", "gynaecology",
 * "gynecological"); a cut starting several words ("neuro": neurology, neuroscience) is left as typed for the parser
 * to report.
 */
import { spellingVariants } from '../../text/spellingVariants';
import type { Token } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';

/** The cut keeps at least this many letters before its "o" ("gyn"). */
const MIN_CUT = 3;
/** Words the cut starts share this many letters past the cut: one word, not several words of one root. */
const SHARED_PAST_CUT = 3;

const wordsOf = new WeakMap<ValueIndex, readonly string[]>();

/** The words of the events' text and of the industries and tags (built once per index). */
function vocabulary(index: ValueIndex): readonly string[] {
  const cached = wordsOf.get(index);
  if (cached) return cached;
  const words = [
    ...new Set([
      ...index.eventWords.keys(),
      ...index.industries.flatMap((i) => i.tokens),
      ...index.tags.flatMap((t) => t.words),
    ]),
  ].filter((x) => /^[a-z]+$/.test(x));
  wordsOf.set(index, words);
  return words;
}

/** One spelling of a word for all its British and American ones ("gynaecology" for "gynecology" too). */
function canonical(word: string): string {
  return [word, ...spellingVariants(word)].sort()[0] ?? word;
}

/**
 * The word an informal "-o" clipping stands for, or null.
 * @example informalClipping('gyno', index) // 'gynecology' (when the events say it)
 */
export function informalClipping(word: string, index: ValueIndex): string | null {
  if (!/^[a-z]+o$/.test(word) || word.length < MIN_CUT + 1) return null;
  const cut = word.slice(0, -1);
  const found = vocabulary(index).filter((x) => x.startsWith(cut) && x.length >= cut.length + SHARED_PAST_CUT);
  if (found.length === 0) return null;
  const forms = found.map(canonical);
  const shared = (forms[0] ?? '').slice(0, cut.length + SHARED_PAST_CUT);
  if (!forms.every((x) => x.startsWith(shared))) return null;
  found.sort((a, b) => a.length - b.length || a.localeCompare(b));
  return found[0] ?? null;
}

/** Rewrites informal "-o" clippings in place; `known(word)` says a word is read as typed (never rewritten). */
export function expandInformalClippings(tokens: Token[], index: ValueIndex, known: (word: string) => boolean): void {
  for (const t of tokens) {
    if (known(t.norm)) continue;
    const meant = informalClipping(t.norm, index);
    if (meant !== null) t.norm = meant;
  }
}
