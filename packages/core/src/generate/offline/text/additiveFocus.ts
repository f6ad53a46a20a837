import { ADDITIVE_FOCUS_ADVERBS } from '../lexicon/exclusionWords';

const ADVERB = `(?:${ADDITIVE_FOCUS_ADVERBS.join('|')})`;

/** "not only A but also B", "not just A, but B too": group 1 is A, group 2 is B (without its "too" / "as well"). */
const NOT_ONLY_BUT = new RegExp(
  `\\bnot\\s+${ADVERB}\\s+([^,;:.?!()]+?)\\s*,?\\s+but\\s+(?:also\\s+)?([^,;:.?!()]+?)(?:\\s+(?:too|as\\s+well))?(?=\\s*(?:[,;:.?!()]|$))`,
  'gi',
);

/**
 * "(not just speaking at)", ", not only the sponsors", "and not merely in 2024": a "not <focus adverb>" aside with no
 * "but" after it, closing its sentence or set off in parentheses. It says that what follows it alone is not all that
 * is asked: the main clause already says what is, so the aside adds no condition.
 */
const NOT_ONLY_ASIDE = new RegExp(
  `\\s*(?:\\(\\s*(?:and\\s+|but\\s+)?not\\s+${ADVERB}\\s+(?![^()]*\\bbut\\b)[^()]+?\\)|(?:,|\\band)\\s*not\\s+${ADVERB}\\s+(?![^,;:.?!()]*\\bbut\\b)[^,;:.?!()]+?(?=\\s*(?:[;:.?!]|$)))`,
  'gi',
);

/**
 * Reads "not just / only / merely" as the addition it is. "not only A but also B" is "A and also B" (as the parser
 * reads that: both relations of one company, "companies that not only sponsor but also exhibit", or either value of a
 * list, "people not just in sales but also marketing"); read as a negation it answered the companies that exhibit and
 * do NOT sponsor. An aside "(not just A)" / ", not only A" closing the sentence is dropped: "which events is AWS
 * sponsoring (not just speaking at)" asks for the events it sponsors, whether or not it also speaks there (read as
 * "excluding", it left out the events where it does both).
 * @example readAdditiveFocus('companies that not only sponsor but also exhibit') // 'companies that sponsor and also exhibit'
 * @example readAdditiveFocus('events aws sponsors (not just speaks at)') // 'events aws sponsors'
 */
export function readAdditiveFocus(text: string): string {
  return text.replace(NOT_ONLY_BUT, '$1 and also $2').replace(NOT_ONLY_ASIDE, '');
}
