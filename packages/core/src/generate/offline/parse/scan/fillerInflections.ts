/**
 * Other tenses of the filler verbs ("made", "earned", "generated" of "make", "earn", "generate"): the filler list
 * holds the present forms; a past form typed in a question ("cos that made under 5 mil revenue") carries no
 * constraint either (the data has no tense for a company's revenue), so it is read as its lemma, which the
 * recognisers know. The lemma comes from wink-lemmatizer (irregular forms included). A word some recogniser
 * reads as it is keeps its own reading.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { verbLemma } from '../../text/language';
import type { Token } from '../../text/tokenize';

/**
 * Rewrites the other tenses of filler verbs to their lemma, in place (the token's `norm`; `raw` stays as typed).
 * @example readFillerInflections(tokenize('cos that made under 5 mil revenue'), known) // 'made' -> 'make'
 */
export function readFillerInflections(tokens: Token[], known: (word: string) => boolean): void {
  for (const t of tokens) {
    const w = t.norm;
    if (!/^[a-z]+$/.test(w) || known(w)) continue;
    const lemma = verbLemma(w);
    // a past form: "-ed", or an irregular one no longer than its lemma ("made", "sold"); not a plural-looking
    // "-s" word, which may be a misspelt noun ("employes" is not "employ")
    const past = w.endsWith('ed') || (w.length <= lemma.length && !w.endsWith('s'));
    if (lemma !== w && past && FILLER_WORDS.has(lemma)) t.norm = lemma;
  }
}
