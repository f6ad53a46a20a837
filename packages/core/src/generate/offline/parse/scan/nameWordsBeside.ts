/**
 * Words of a name typed beside the part of it that was found ("the big data ai world thing": "data ai world" found
 * Big Data & AI World, and "big" is its first word): a free word right before or after an event's or a company's
 * mention that is a word of every name the mention found belongs to that mention. Without this the word is left
 * over, and an everyday word ("big", "new", "global") is asked about or read as something else.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { normKey } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import type { Mention } from '../Mention';
import { readAcrossBreaks, type ScanState } from './ScanState';
import { wordsInOrder } from '../../text/wordOrder';

const nameWords = (name: string): Set<string> =>
  new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/** A company's name as words in order, by name (built once per index). */
const companyNamesCache = new WeakMap<ValueIndex, readonly { name: string; ids: number[]; words: string[] }[]>();
function companyNames(index: ValueIndex): readonly { name: string; ids: number[]; words: string[] }[] {
  let out = companyNamesCache.get(index);
  if (!out) {
    out = index.named
      .filter((n) => n.kind === 'company')
      .map((n) => ({ name: n.name, ids: n.ids, words: normKey(n.name).split(' ') }));
    companyNamesCache.set(index, out);
  }
  return out;
}

/**
 * "the chief exec at surrey council": a word typed right after a company's mention that no name it found holds
 * ("surrey": University of Surrey, City of Surrey), where the mention's words and that word stand in order in exactly
 * one company's name, words left out between them ("Surrey County Council"): that company, the word its own.
 */
function narrowByNextWord(s: ScanState, m: Extract<Mention, { t: 'company' }>): void {
  const next = s.w[m.end];
  if (next === undefined || s.claimed[m.end] || FILLER_WORDS.has(next) || !/^[a-z]{3,}$/.test(next)) return;
  if (s.breaks.has(m.end) || s.mentions.some((x) => x !== m && x.start === m.end)) return;
  const typed = [...s.w.slice(m.start, m.end), next].filter((x) => !FILLER_WORDS.has(x));
  if (typed.length < 2) return;
  const fits = companyNames(s.index).filter((n) => wordsInOrder(typed, n.words));
  const names = new Set(fits.map((n) => n.name));
  const [only] = fits;
  if (names.size !== 1 || !only) return;
  m.hit = { ids: fits.flatMap((n) => n.ids), names: [only.name], quality: 1, needsCaps: false };
  s.claimed[m.end] = true;
  m.text = `${m.text} ${s.tokens[m.end]?.raw ?? ''}`;
  m.end++;
}

export function readNameWordsBeside(s: ScanState): void {
  const { mentions, claimed, w } = s;
  for (const m of mentions) {
    if (m.t === 'company' && !m.hit.names.some((n) => nameWords(n).has(w[m.end] ?? ''))) narrowByNextWord(s, m);
    if (m.t !== 'event' && m.t !== 'company') continue;
    const sets = m.hit.names.map(nameWords);
    if (sets.length === 0) continue;
    const ofEveryName = (k: number): boolean => {
      const word = w[k];
      return word !== undefined && !claimed[k] && sets.every((set) => set.has(word));
    };
    const own = (x: Mention): boolean => x === m;
    // never across a clause break ("the sponsors: umbraly, group" is no "Umbraly Group")
    const within = (a: number, b: number): boolean => readAcrossBreaks(s, a, b, m.hit.names);
    while (
      m.start > 0 &&
      ofEveryName(m.start - 1) &&
      within(m.start - 1, m.end) &&
      !mentions.some((x) => !own(x) && x.end === m.start)
    ) {
      m.start--;
      claimed[m.start] = true;
      m.text = `${s.tokens[m.start]?.raw ?? ''} ${m.text}`;
    }
    while (
      m.end < w.length &&
      ofEveryName(m.end) &&
      within(m.start, m.end + 1) &&
      !mentions.some((x) => !own(x) && x.start === m.end)
    ) {
      claimed[m.end] = true;
      m.text = `${m.text} ${s.tokens[m.end]?.raw ?? ''}`;
      m.end++;
    }
  }
}
