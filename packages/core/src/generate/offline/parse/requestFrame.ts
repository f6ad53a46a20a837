/**
 * The frame of a request inside a longer message: who the writer is, then what they want, then the request
 * ("im an sdr looking for sales folks at ...", "I'm a recruiter trying to find hr people at ...", "my boss wants me
 * to pull ...", "we would love to see ..."). A small grammar, by lemma, not a list of phrasings:
 *
 *     frame  := subject  self-description?  chain
 *     chain  := aux*  want-verb  (to | for | me | us | out | into | on)*  (ask-verb  particle*)?
 *
 * The self-description (a role, a company, a plan of the writer's) is context, and the chain ("looking for",
 * "trying to find", "would love to see", "wants me to pull") is no content: the request is what follows.
 */
import { REQUEST_VERBS } from '../lexicon/discourseWords';
import { verbLemma } from '../text/language';
import { BE_CONTRACTED_FORMS, BE_WRITTEN_FORMS } from '../lexicon/auxiliaryWords';

/** Auxiliaries and adverbs inside a chain ("am", "'d", "would", "just", "really"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...BE_WRITTEN_FORMS.filter((x) => x !== 'being'),
  ...BE_CONTRACTED_FORMS,
  'd',
  'would',
  'will',
  'll',
  'just',
  'also',
  'really',
  'now',
  'currently',
  'basically',
  'kinda',
  'mainly',
]);

/** Verbs of wanting or seeking that open a chain (lemmas): the verbs of asking for data and a few more. */
const WANT_VERBS: ReadonlySet<string> = new Set([
  ...REQUEST_VERBS,
  'look',
  'hunt',
  'try',
  'hope',
  'wish',
  'ask',
  'aim',
]);
/**
 * Verbs that go on a chain after a particle ("trying to build a list", "wants me to put together"), never opening
 * one: "we have a booth", "I'm preparing for a show" describe the writer.
 */
const LATER_VERBS: ReadonlySet<string> = new Set([
  ...WANT_VERBS,
  'build',
  'compile',
  'make',
  'put',
  'grab',
  'identify',
  'figure',
  'dig',
  'have',
  'prepare',
  'reach',
  'contact',
]);

/** Words between the verbs of a chain ("trying to find", "looking for", "wants me to", "find out"). */
const PARTICLES: ReadonlySet<string> = new Set(['to', 'for', 'me', 'us', 'out', 'into', 'on', 'up', 'together']);

/** True when the word at k is one of the verbs (by lemma). */
function verbAt(w: readonly string[], k: number, verbs: ReadonlySet<string>): boolean {
  const word = w[k] ?? '';
  return /^[a-z]+$/.test(word) && verbs.has(verbLemma(word));
}

/**
 * The end (exclusive) of the request chain starting at k ("looking for", "trying to find out", "would love to
 * see"), or k when no chain starts there. Auxiliaries may lead it.
 */
export function requestChainEnd(w: readonly string[], k: number): number {
  let j = k;
  while (AUXILIARIES.has(w[j] ?? '')) j++;
  if (!verbAt(w, j, WANT_VERBS)) return k;
  j++;
  // verbs and particles alternate: "trying to find", "wants me to pull", "looking to get hold of"
  for (;;) {
    let p = j;
    while (PARTICLES.has(w[p] ?? '')) p++;
    if (p > j && verbAt(w, p, LATER_VERBS)) {
      j = p + 1;
      continue;
    }
    return p;
  }
}
