/**
 * The data's own industry taxonomy: an industry named "Head - kind, kind & kind" ("Hospitality - Hotels, Resorts,
 * Restaurants & Bars") says that each listed kind is classed under the head industry. A theme word naming one of
 * those kinds ("hotel companies") names the companies the data classes there: the head's industries ("Hospitality",
 * "Hospitality General", the taxonomy entry itself) and an industry named by the word alone ("Hotel"). Industry
 * names that merely contain the word ("Hotel Distribution and Demand Products", "Other Restaurants, Hotels and
 * Leisure") are narrower products or mixed buckets, not the sector the word asks for.
 * Only a kind that is an establishment the sector runs (WordNet's first noun sense an artifact: a hotel, a restaurant,
 * a bar) reads so: an activity listed as a kind ("Utilities - Generation, Transmission & Distribution") is a word
 * many sectors use ("Wholesale Distribution"), not a kind of that one.
 */
import { nounLemma, wordNet } from '../text/language';
import { sameStem } from '../text/tokenize';
import type { ValueIndex } from '../values/ValueIndex';

/** "Head - kinds": the head before a spaced dash, the kinds after it. */
const TAXONOMY_ENTRY = /^(.+?) - (.+)$/;
/** Separators of the listed kinds ("Hotels, Resorts, Restaurants & Bars", "Generation, Transmission and Distribution"). */
const KIND_SEPARATORS = /\s*(?:,|&|\band\b)\s*/;
/** WordNet's lexicographer file of nouns of man-made things (noun.artifact): buildings, establishments, products. */
const ARTIFACT_FILE = 6;
/** Fewest kinds an entry must list to be a taxonomy (one would be an apposition: "Mediation - Alternative ..."). */
const MIN_KINDS = 2;

interface KindEntry {
  /** The head as the data writes it ("Hospitality"). */
  name: string;
  /** The head's words, lower case ("hospitality"). */
  head: string[];
  /** Each listed kind's words, lower case. */
  kinds: string[][];
}

const entriesByIndex = new WeakMap<ValueIndex, KindEntry[]>();

function taxonomyOf(index: ValueIndex): KindEntry[] {
  const cached = entriesByIndex.get(index);
  if (cached) return cached;
  const entries: KindEntry[] = [];
  for (const ind of index.industries) {
    const m = TAXONOMY_ENTRY.exec(ind.name);
    if (!m) continue;
    const kinds = (m[2] ?? '')
      .split(KIND_SEPARATORS)
      .map((k) =>
        k
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter(Boolean),
      )
      .filter((k) => k.length > 0);
    if (kinds.length < MIN_KINDS) continue;
    entries.push({
      name: (m[1] ?? '').trim(),
      head: (m[1] ?? '')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
      kinds,
    });
  }
  entriesByIndex.set(index, entries);
  return entries;
}

/** True when an industry's words begin with the head's words ("Hospitality General" under "Hospitality"). */
function underHead(tokens: readonly string[], head: readonly string[]): boolean {
  return head.length > 0 && head.every((h, k) => tokens[k] === h);
}

/**
 * The head industry and the industries a one-word theme names when the data's taxonomy lists it as a kind of that
 * head, or null when it lists it nowhere (or the word is the head itself: "hospitality" keeps its literal reading).
 * @example industriesOfKind('hotel', index) // { head: 'Hospitality', industries: ['Hospitality', 'Hotel', ...] }
 */
export function industriesOfKind(word: string, index: ValueIndex): { head: string; industries: string[] } | null {
  const [first] = wordNet().senses(nounLemma(word), 'noun');
  if (first === undefined || wordNet().synset(first, 'noun').lexFile !== ARTIFACT_FILE) return null;
  const entry = taxonomyOf(index).find(
    (e) => !e.head.some((h) => sameStem(word, h)) && e.kinds.some((k) => k.length === 1 && sameStem(word, k[0] ?? '')),
  );
  if (!entry) return null;
  const named = index.industries.filter(
    (ind) => underHead(ind.tokens, entry.head) || (ind.tokens.length === 1 && sameStem(word, ind.tokens[0] ?? '')),
  );
  return named.length > 0 ? { head: entry.name, industries: named.map((ind) => ind.name) } : null;
}
