/**
 * Reads the class of a verb (`lexicon/verbClassWords.ts`) from WordNet: the verb is lemmatised
 * (wink-lemmatizer: "kicking" -> "kick", "held" -> "hold"), a phrasal verb is tried first with its particle
 * ("kick off", "wrap up", "go on"), and its first senses and their near hypernyms are searched for the class
 * anchors. The earliest sense that reaches an anchor decides, so a verb's usual meaning wins over a rare one.
 */
import {
  VERB_CLASS_ANCHORS,
  VERB_CLASS_DEPTH,
  VERB_CLASS_PHRASES,
  VERB_CLASS_SENSES,
  type VerbClass,
} from '../lexicon/verbClassWords';
import { verbLemma, wordNet } from './language';

const PHRASES = new Map<string, VerbClass>(VERB_CLASS_PHRASES.map(([p, c]) => [p, c]));
const MAX_PHRASE = Math.max(...VERB_CLASS_PHRASES.map(([p]) => p.split(' ').length), 2);
const CACHE_LIMIT = 2048;
const cache = new Map<string, VerbClass | null>();

function anchorOf(words: readonly string[]): VerbClass | null {
  for (const a of VERB_CLASS_ANCHORS)
    if (words.includes(a.word) && (a.with ?? []).every((x) => words.includes(x))) return a.cls;
  return null;
}

/** The class of a verb given in its dictionary form ("kick off"), or null. */
function classOfLemma(lemma: string): VerbClass | null {
  const hit = cache.get(lemma);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  let found: VerbClass | null = null;
  const senses = wn.senses(lemma, 'verb').slice(0, VERB_CLASS_SENSES);
  for (const sense of senses) {
    let frontier = [sense];
    for (let depth = 0; depth <= VERB_CLASS_DEPTH && frontier.length > 0 && !found; depth++) {
      const next: number[] = [];
      for (const offset of frontier) {
        const synset = wn.synset(offset, 'verb');
        found = anchorOf(synset.words);
        if (found) break;
        next.push(...synset.hypernyms);
      }
      frontier = next;
    }
    if (found) break;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lemma, found);
  return found;
}

/**
 * True when one of a verb's first senses, or a near hypernym of it, is a synset holding an anchor's words (the search
 * `verbClassAt` makes, over other anchors: `USE_VERB_ANCHORS`).
 * @example verbNear('utilized', USE_VERB_ANCHORS) // true
 */
export function verbNear(word: string, anchors: readonly { word: string; with?: readonly string[] }[]): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  const wn = wordNet();
  const lemmas = [...new Set([verbLemma(word), word.endsWith('ed') ? word.slice(0, -1) : ''])].filter(Boolean);
  const holds = (words: readonly string[]): boolean =>
    anchors.some((a) => words.includes(a.word) && (a.with ?? []).every((x) => words.includes(x)));
  for (const lemma of lemmas)
    for (const sense of wn.senses(lemma, 'verb').slice(0, VERB_CLASS_SENSES)) {
      let frontier = [sense];
      for (let depth = 0; depth <= VERB_CLASS_DEPTH && frontier.length > 0; depth++) {
        const synsets = frontier.map((o) => wn.synset(o, 'verb'));
        if (synsets.some((x) => holds(x.words))) return true;
        frontier = synsets.flatMap((x) => x.hypernyms);
      }
    }
  return false;
}

/**
 * The verb class read at the start of `words` (the question's words from some position): the longest phrase
 * first ("look after", "kick off", "take place"), then the single verb. `length` is how many words it spans.
 * @example verbClassAt(['wrap', 'up', 'in', 'november']) // { cls: 'end', length: 2 }
 */
export function verbClassAt(words: readonly string[]): { cls: VerbClass; length: number } | null {
  for (let len = Math.min(MAX_PHRASE, words.length); len >= 1; len--) {
    const part = words.slice(0, len);
    if (part.some((x) => !/^[a-z]+$/.test(x))) continue;
    const phrase = PHRASES.get(part.join(' ')) ?? PHRASES.get([verbLemma(part[0] ?? ''), ...part.slice(1)].join(' '));
    if (phrase) return { cls: phrase, length: len };
    if (len > 2) continue;
    const lemma = [verbLemma(part[0] ?? ''), ...part.slice(1)].join(' ');
    const cls = classOfLemma(lemma);
    if (cls) return { cls, length: len };
    // "staged", "hosted": a participle of a verb ending in "e" the lemmatiser cut one letter short ("stag")
    const first = part[0] ?? '';
    const eForm = first.endsWith('ed') ? first.slice(0, -1) : '';
    const eClass = eForm && eForm !== verbLemma(first) ? classOfLemma([eForm, ...part.slice(1)].join(' ')) : null;
    if (eClass) return { cls: eClass, length: len };
  }
  return null;
}
