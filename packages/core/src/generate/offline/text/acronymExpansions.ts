import { wordNet } from './language';

/** Words joining a phrase's other words, which no acronym of them spells. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'the', 'for', 'in', 'to']);

const expansionCache = new Map<string, readonly (readonly string[])[]>();

/**
 * The phrases WordNet gives as what an acronym stands for, as words: only expansions whose initials are the acronym
 * (WordNet's "pr" is also praseodymium).
 * @example acronymExpansions('it') // [['information', 'technology']]
 */
export function acronymExpansions(typed: string): readonly (readonly string[])[] {
  if (typed.length < 2 || typed.length > 5 || !/^[a-z]+$/.test(typed)) return [];
  const hit = expansionCache.get(typed);
  if (hit) return hit;
  const wn = wordNet();
  const out: string[][] = [];
  for (const offset of wn.senses(typed, 'noun')) {
    const synset = wn.synset(offset, 'noun');
    if (!synset.acronyms.includes(typed)) continue;
    for (const phrase of synset.words) {
      const words = phrase.split(/[\s-]+/).filter((x) => !JOINING_WORDS.has(x));
      if (words.length === typed.length && words.every((x, k) => x[0] === typed[k])) out.push(words);
    }
  }
  expansionCache.set(typed, out);
  return out;
}
