/**
 * What the answer's text needs of a comparison between named things (`scan/comparedNames.ts`): which end of the
 * measure wins, the result's column holding it, what its value is said in, and, for a yes/no question, the thing
 * said to win. Null when the question compares nothing or its request shows no value per compared thing.
 */
import type { Request } from '../../ir/Request';
import { COMPARED_UNITS } from '../../lexicon/comparisonWords';
import { RANK_COLUMN } from '../../compile/capabilities';
import type { ComparisonAsked } from '../../../../types/ComparisonAsked';
import type { Mention } from '../Mention';

/** Kinds of words qualifying the noun an amount's comparative counts ("more SALES people"). */
const QUALIFIERS: ReadonlySet<Mention['t']> = new Set(['function', 'seniority', 'title']);

/**
 * The words of the noun counted after the comparative `at`: the qualifiers and the entity noun standing one after
 * another from its end (or set beside it, at its place, by `scan/comparedNames.ts`); undefined when no noun follows.
 */
function countedNoun(mentions: readonly Mention[], at: Mention): string | undefined {
  const words: string[] = [];
  let from = at.end;
  for (;;) {
    // a mention moved to the comparative's place has no width: the next one at that place, in the order said
    const next = mentions.find(
      (m) => m.start === from && m !== at && !words.includes(m.text) && (m.t === 'entity' || QUALIFIERS.has(m.t)),
    );
    if (!next) return undefined;
    words.push(next.text);
    if (next.t === 'entity' || ((next.t === 'function' || next.t === 'seniority') && next.noun)) return words.join(' ');
    from = next.end;
  }
}

export function comparisonAsked(mentions: readonly Mention[], request: Request): ComparisonAsked | null {
  const said = mentions.find(
    (m): m is Extract<Mention, { t: 'most' | 'superlative' }> =>
      (m.t === 'most' || m.t === 'superlative') && m.compared !== undefined,
  );
  // an amount compared between values of a dimension is read as a count per value (`countPerValue`)
  const contrast = mentions.find((m): m is Extract<Mention, { t: 'and' }> => m.t === 'and' && m.contrast !== undefined);
  const counted = contrast ? mentions.find((m) => m.t === 'count' && m.end > m.start) : undefined;
  const { shape, target } = request;
  const claimed = said?.compared?.claimed ?? contrast?.contrast?.claimed ?? null;
  // the noun counted: the one said right after the comparative ("more CONTACTS"), with the words qualifying it ("more
  // SALES PEOPLE")
  const at = said ?? counted;
  const noun = at ? countedNoun(mentions, at) : undefined;
  if (said?.t === 'superlative' && shape.kind === 'rankByColumn' && shape.limit === null) {
    const column = RANK_COLUMN[shape.column][target.entity] ?? null;
    return {
      order: shape.order,
      measure: column,
      unit: COMPARED_UNITS[shape.column],
      word: said.text.toLowerCase(),
      claimed,
    };
  }
  if (said?.t === 'most' && shape.kind === 'countEach')
    return {
      order: said.order,
      measure: null,
      unit: { before: '', after: noun ?? shape.label },
      word: said.text.toLowerCase(),
      claimed,
    };
  if (contrast?.contrast && shape.kind === 'group' && !shape.measure && shape.limit === null)
    return {
      order: contrast.contrast.order,
      measure: null,
      unit: { before: '', after: noun ?? target.entity },
      word: counted?.text.toLowerCase() ?? 'more',
      claimed,
    };
  return null;
}
