/**
 * "find me some people", "any companies?", "show me some events": an indefinite determiner (`INDEFINITE_PART_DETERMINERS`)
 * before the noun of the rows asked, in a request that says nothing else of them (no condition, no ranking, no count,
 * no field asked, no earlier turn to narrow), asks for an unstated part of the whole table: answered, it was every row.
 * It is asked about, offering the whole set the user can choose ("all people") and saying what would narrow it.
 * "list all companies", "show every event" ask for the whole set and are answered.
 */
import type { Request } from '../ir/Request';
import { INDEFINITE_PART_DETERMINERS } from '../lexicon/vagueNounWords';
import type { Scan } from './scanMentions';

/** What narrows each kind of row, as said in the question back. */
const NARROWING: Readonly<Record<string, string>> = {
  people: 'a company, an event, a job function, a seniority or a country',
  companies: 'an event they take part in, an industry, a country or a size',
  events: 'a theme, a place, a venue or a period',
  participations: 'an event, a company or a relation',
};

/**
 * The determiner and the noun of an indefinite request for a whole table, or null.
 * @example indefiniteWholeSet(request, scanMentions('find me some people', index, asOf)) // { word: 'some', noun: 'people', ... }
 */
export function indefiniteWholeSet(request: Request, scan: Scan): { word: string; noun: string; why: string } | null {
  if (request.target.conds.length > 0 || request.attributes.length > 0 || request.ignored.length > 0) return null;
  if (request.shape.kind !== 'list' || request.shape.limit !== undefined || request.shape.withCount) return null;
  const nouns = scan.mentions.filter((m) => m.t === 'entity');
  const [noun] = nouns;
  if (nouns.length !== 1 || !noun || noun.t !== 'entity' || noun.entity !== request.target.entity) return null;
  const det = scan.tokens[noun.start - 1];
  if (!det || !INDEFINITE_PART_DETERMINERS.has(det.norm)) return null;
  const what = NARROWING[noun.entity] ?? 'a condition';
  return {
    word: det.raw,
    noun: noun.text,
    why: `"${det.raw} ${noun.text}" says nothing of which ones, and every one of them would answer more than was asked; say which ${noun.text} you mean (${what})`,
  };
}
