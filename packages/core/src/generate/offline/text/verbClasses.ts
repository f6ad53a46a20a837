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
import type { Synset } from './wordnet';

/**
 * The first of a verb's `senses` most usual senses (in WordNet's order) whose synset, or a hypernym up to `depth`
 * levels above it, `hit` finds something in: what it found, or null. The one search every reader of verbs by their
 * WordNet anchors makes (verb classes here, `verbNear`, `labellingVerbs.ts`); `from` is the sense the walk started at.
 */
export function firstSenseReaching<T>(
  lemma: string,
  senses: number,
  depth: number,
  hit: (synset: Synset, from: Synset) => T | null,
): T | null {
  const wn = wordNet();
  for (const sense of wn.senses(lemma, 'verb').slice(0, senses)) {
    const from = wn.synset(sense, 'verb');
    let frontier = [sense];
    for (let level = 0; level <= depth && frontier.length > 0; level++) {
      const synsets = frontier.map((o) => wn.synset(o, 'verb'));
      for (const x of synsets) {
        const found = hit(x, from);
        if (found !== null) return found;
      }
      frontier = synsets.flatMap((x) => x.hypernyms);
    }
  }
  return null;
}

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
  const found = firstSenseReaching(lemma, VERB_CLASS_SENSES, VERB_CLASS_DEPTH, (x) => anchorOf(x.words));
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
  const lemmas = [...new Set([verbLemma(word), word.endsWith('ed') ? word.slice(0, -1) : ''])].filter(Boolean);
  const holds = (words: readonly string[]): boolean =>
    anchors.some((a) => words.includes(a.word) && (a.with ?? []).every((x) => words.includes(x)));
  return lemmas.some(
    (lemma) =>
      firstSenseReaching(lemma, VERB_CLASS_SENSES, VERB_CLASS_DEPTH, (x) => (holds(x.words) ? true : null)) !== null,
  );
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
