/**
 * What written shorthand, clipped words and British / American spellings may expand to, for one value index:
 * the parser's vocabulary (every word of the lexicon's phrases), the words that name something in the data
 * (never rewritten), and every word the data itself spells (event names and descriptions, industries, venues,
 * tags), which a spelling variant may land on ("center" is read as the data's "centre").
 */
import type { ShorthandOptions } from '../text/expandShorthand';
import type { ValueIndex } from '../values/ValueIndex';
import { LEXICON, LEXICON_PHRASES } from './lexiconTable';

/** Every word of the lexicon's phrases. */
const VOCABULARY: ReadonlySet<string> = new Set([...LEXICON_PHRASES].flatMap((p) => p.split(' ')));

/** True when two vocabulary words share a reading in the lexicon ("company" / "companies": the companies). */
export function sameMeaning(a: string, b: string): boolean {
  const x = new Set((LEXICON.get(a) ?? []).map((r) => JSON.stringify(r)));
  return (LEXICON.get(b) ?? []).some((r) => x.has(JSON.stringify(r)));
}

function wordsOf(phrases: Iterable<string>): string[] {
  return [...phrases].flatMap((p) => p.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length > 0);
}

/** The options of `expandShorthand` over this index (built once per generator). */
export function shorthandOptions(index: ValueIndex): ShorthandOptions {
  const isDataWord = (word: string): boolean =>
    index.companies.has(word) ||
    index.events.has(word) ||
    index.venues.has(word) ||
    index.countries.has(word) ||
    index.cities.has(word) ||
    index.states.has(word) ||
    index.tags.some((t) => t.words.includes(word));
  const spelt = new Set<string>([
    ...VOCABULARY,
    ...index.eventWords.keys(),
    ...index.commonWords,
    ...wordsOf(index.venues.keys()),
    ...wordsOf(index.eventNameWords.keys()),
    ...index.industries.flatMap((i) => i.tokens),
    ...index.tags.flatMap((t) => [...t.words, ...t.descWords]),
  ]);
  return { vocabulary: VOCABULARY, isDataWord, knownSpelling: (w) => spelt.has(w), sameMeaning };
}
