/**
 * Where a person is, said with any form of a verb of dwelling or sitting ("people who sit in Singapore", "staff who
 * reside in India", "folks that live outside the US", "who dwells in Japan"): the lexicon lists the phrases of a person's
 * place (`lexicon/placeWords.ts` PERSON_PLACE_PHRASES: "sitting in", "lives in", ...) in some of their forms; a verb is
 * one of them when its lemma is the lemma of a listed phrase's verb, or when WordNet files it with "dwell, live,
 * inhabit" (its first senses), before "in" or "outside". The token is rewritten to the listed form ("living"), its
 * typed text kept, so the readers of places read the phrase as listed. "work / operate out of X" is being based there.
 */
import { PERSON_PLACE_PHRASES } from '../../lexicon/placeWords';
import { verbLemma, wordNet } from '../../text/language';
import type { Token } from '../../text/tokenize';

/** The lemmas of the listed phrases' verbs ("sit", "live", "reside", "seat", "station"). */
const LISTED_LEMMAS: ReadonlySet<string> = new Set(PERSON_PLACE_PHRASES.map((p) => verbLemma(p.split(' ')[0] ?? '')));
/** How many of a verb's senses are searched for the synset of dwelling. */
const SENSES = 4;
/** Verbs of working or operating that say where one is based before "out of" ("works out of Singapore"). */
const BASED_OUT_OF_LEMMAS: ReadonlySet<string> = new Set(['work', 'operate', 'sit', 'live']);

/** True when the word is a verb of dwelling or sitting in any form ("sits", "resided", "dwelling"). */
export function dwellingVerb(word: string): boolean {
  const lemma = verbLemma(word);
  if (LISTED_LEMMAS.has(lemma)) return true;
  const wn = wordNet();
  return wn
    .senses(lemma, 'verb')
    .slice(0, SENSES)
    .some((o) => {
      const words = wn.synset(o, 'verb').words;
      return words.includes('dwell') && words.includes('inhabit');
    });
}

export function readPersonPlaceVerbs(tokens: Token[]): void {
  for (const t of tokens) {
    if (!/^[a-z]+$/.test(t.norm)) continue;
    const next = tokens[t.index + 1]?.norm ?? '';
    if ((next === 'in' || next === 'outside') && dwellingVerb(t.norm)) {
      // already a listed form ("living in"): left as typed
      if (!PERSON_PLACE_PHRASES.includes(`${t.norm} ${next}`)) t.norm = 'living';
    } else if (next === 'out' && tokens[t.index + 2]?.norm === 'of' && BASED_OUT_OF_LEMMAS.has(verbLemma(t.norm)))
      t.norm = 'based';
  }
}
