/**
 * "find me some people", "any companies?", "show me some events": an indefinite determiner (`INDEFINITE_PART_DETERMINERS`)
 * before the noun of the rows asked, in a request that says nothing else of them (no condition, no ranking, no count,
 * no field asked, no earlier turn to narrow), asks for an unstated part of the whole table: answered, it was every row.
 * It is asked about, offering the whole set the user can choose ("all people") and saying what would narrow it.
 * "list all companies", "show every event" ask for the whole set and are answered.
 */
import type { Request } from '../ir/Request';
import { SIZE_ADJECTIVES } from '../lexicon/sizeWords';
import { DEFINITE_SET_DETERMINERS, FAVOUR_OBJECTS, INDEFINITE_PART_DETERMINERS } from '../lexicon/vagueNounWords';
import { phrasalVerb } from './discourse';
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

/** An unstated set asked about: the words to ask back on, what to offer in their place, and why. */
export interface UnstatedSet {
  word: string;
  why: string;
  choices: { label: string; replacement: string }[];
}

/**
 * "the big players", "the large companies": a definite determiner, a vague size word and the noun of the rows, with
 * nothing else said of them and no earlier turn: "the" takes the set as known (the big players of which market or
 * event?), and the size word names no threshold of its own. Asked about, offering every row of that size (the
 * threshold the product reads it as) and saying what would narrow it. "large companies", "all big companies",
 * "the big sponsors of X" are answered.
 * @example unstatedSizedSet(request, scanMentions('the big players', index, asOf)) // { word: 'the big', ... }
 */
export function unstatedSizedSet(request: Request, scan: Scan): UnstatedSet | null {
  if (request.attributes.length > 0 || request.ignored.length > 0 || request.shape.kind !== 'list') return null;
  const { mentions, tokens } = scan;
  const sizes = mentions.filter(
    (m) => m.t === 'cond' && m.end === m.start + 1 && SIZE_ADJECTIVES.has(m.text.toLowerCase()),
  );
  const nouns = mentions.filter((m) => m.t === 'entity');
  const [size] = sizes;
  const [noun] = nouns;
  if (sizes.length !== 1 || nouns.length !== 1 || !size || !noun || noun.start !== size.end) return null;
  // the size, and the role the noun itself names ("the large exhibitors": exhibitors of any event)
  const bare = (c: Request['target']['conds'][number]): boolean =>
    c.kind === 'compare' || (c.kind === 'link' && c.node.conds.length === 0);
  if (mentions.length !== 2 || !request.target.conds.every(bare)) return null;
  const det = tokens[size.start - 1];
  if (!det || !DEFINITE_SET_DETERMINERS.has(det.norm) || noun.t !== 'entity' || !noun.entity) return null;
  const label = size.t === 'cond' && 'label' in size.cond ? size.cond.label : size.text;
  const what = NARROWING[noun.entity] ?? 'a condition';
  return {
    word: `${det.raw} ${size.text}`,
    why: `"${det.raw} ${size.text} ${noun.text}" takes a set as known that the question does not name; say which ${noun.text} you mean (${what}), or take every one of that size (${label})`,
    choices: [{ label: `all ${size.text} ${noun.text}`, replacement: `all ${size.text}` }],
  };
}

/** What each kind of row offered back stands for, as a request's words. */
const ROW_KINDS: readonly string[] = ['events', 'companies', 'people'];

/**
 * "can you sort me out for next week", "help us out with q4": a favour asked for the speaker (a phrasal verb of
 * WordNet around "me" / "us": "sort out", "help out", "set up") in a message that names no rows, no field and no
 * thing of the data, at most a period: what to look up is unsaid (answered, it was a guess at events). Asked about,
 * offering the kinds of rows.
 */
export function unstatedFavour(request: Request, scan: Scan): UnstatedSet | null {
  if (request.attributes.length > 0 || request.ignored.length > 0) return null;
  const { mentions, tokens } = scan;
  if (mentions.some((m) => m.t !== 'cond' && m.t !== 'prep')) return null;
  const w = tokens.map((t) => t.norm);
  const at = w.findIndex((x, k) => k > 0 && FAVOUR_OBJECTS.has(x) && phrasalVerb(w[k - 1] ?? '', w[k + 1] ?? ''));
  if (at < 0) return null;
  const part = tokens
    .slice(at - 1, at + 2)
    .map((t) => t.raw)
    .join(' ');
  return {
    word: part,
    why: `"${part}" says nothing of what to look up; say whether you want events, companies or people, and what narrows them`,
    choices: ROW_KINDS.map((kind) => ({ label: kind, replacement: `show ${w[at]} ${kind}` })),
  };
}
