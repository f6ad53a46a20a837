/**
 * "anyone in sales over in japan? (where the person sits)", "sponsors in germany - where the company is based": a
 * clause "where <subject> <verb of being placed>" that names no place of its own says WHOSE the place said elsewhere in
 * the question is: its subject's. A noun of people makes it the person's place, a noun of companies the headquarters,
 * a pronoun ("where they're based") the rows asked for. Its words are read here, before "sits" is read as a slip of a
 * company's name (SITA) and "where" as asking for the location; the place it speaks of is given its owner once every
 * place is read (`ownPlaces`). With no place said anywhere ("sales people at X (where they sit)") the clause asks
 * where they are: the location shown.
 */
import { HEADQUARTERS_PHRASES, PLACED_IN_PHRASES } from '../../lexicon/placeWords';
import { LEXICON } from '../lexiconTable';
import type { Mention, Prep } from '../Mention';
import { dwellingVerb } from './personPlaceVerbs';
import { spanText, type ScanState } from './ScanState';

/** Whose place the clause says: a person's, a company's headquarters, or the rows asked for (a pronoun). */
export type PlaceOwner = 'people' | 'companies' | 'asked';

export interface PlaceOwnerClause {
  start: number;
  end: number;
  owner: PlaceOwner;
  /** The clause as typed. */
  text: string;
  /** "doesn't matter where the person sits": the owner's place is left free (no condition, no location asked). */
  free?: true;
}

/** Words that may open the clause before "where" (a restatement's marker: "i.e. where they sit", "as in where ..."). */
const CLAUSE_LEADS: ReadonlySet<string> = new Set(['i', 'mean', 'ie', 'i.e', 'meaning', 'as', 'in', 'so', 'by']);
/** Determiners of the clause's subject ("the person", "each contact", "their company"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'each', 'that', 'this', 'their', 'his', 'her']);
/** Pronouns standing for the rows asked ("where they're based"). */
const ASKED_PRONOUNS: ReadonlySet<string> = new Set(['they', 'he', 'she', 'it']);
/** Copulas and auxiliaries between the subject and its verb ("is based", "are sitting", "'s located"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's', 'be', 'actually', 'physically']);
/** Adverbs that may close the clause after its verb ("where they sit now"). */
const CLOSING_ADVERBS: ReadonlySet<string> = new Set(['now', 'currently', 'today', 'physically', 'actually']);
/** The verbs of being placed that are not verbs of dwelling: the lexicon's "based", "located", "headquartered" ... */
const PLACED_VERBS: ReadonlySet<string> = new Set(
  [...PLACED_IN_PHRASES, ...HEADQUARTERS_PHRASES].map((p) => p.split(' ')[0] ?? ''),
);

/** The owner a subject word names: a noun of people or companies in the lexicon, or a pronoun of the rows asked. */
function ownerOf(word: string): PlaceOwner | null {
  if (ASKED_PRONOUNS.has(word)) return 'asked';
  const entity = LEXICON.get(word)?.find((r) => r.t === 'entity');
  if (entity?.t !== 'entity' || entity.relations !== null) return null;
  return entity.entity === 'people' ? 'people' : entity.entity === 'companies' ? 'companies' : null;
}

/** Nouns of a place owned ("the person's location", "the company's country", "their base"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'location',
  'locations',
  'place',
  'country',
  'city',
  'base',
  'whereabouts',
  'address',
]);
/**
 * Words saying that which value a dimension takes is left free, before the clause they govern ("doesn't matter
 * where the person sits", "no matter where they're based", "dont care where the company is"): the negation is part
 * of the idiom and negates no condition.
 */
const FREE_LEADS: readonly (readonly string[])[] = [
  ['does', 'not', 'matter'],
  ['do', 'not', 'matter'],
  ['not', 'matter'],
  ['no', 'matter'],
  ['does', 'not', 'care'],
  ['do', 'not', 'care'],
  ['not', 'care'],
  ['i', 'do', 'not', 'care'],
  ['we', 'do', 'not', 'care'],
  ['irrespective', 'of'],
  ['regardless', 'of'],
];

/**
 * The owner clause starting at i and its end: "where <subject> <verb of being placed>" or "<subject>'s <place noun>"
 * ("the person's location", "their company's country"; `elided`: the noun may be left out where the clause ends, as
 * in the second half of a contrast); null when the words there are no such clause.
 */
function ownerClauseAt(
  w: readonly string[],
  typed: readonly string[],
  i: number,
  stops: (k: number) => boolean,
  elided = false,
): { owner: PlaceOwner; end: number } | null {
  let k = i;
  const where = w[k] === 'where';
  if (where) k++;
  while (SUBJECT_DETERMINERS.has(w[k] ?? '')) k++;
  const owner = ownerOf(w[k] ?? '');
  if (owner === null || (!where && owner === 'asked')) return null;
  k++;
  if (where) {
    while (AUXILIARIES.has(w[k] ?? '')) k++;
    const verb = typed[k] ?? '';
    if (!(PLACED_VERBS.has(verb) || dwellingVerb(verb))) return null;
    k++;
  } else {
    // "the person's location" (the possessive's ending is no token), "the company country": the noun of its place
    // ... or none after the owner of a contrast, its noun said once before ("the company's location, not the person's")
    if (PLACE_NOUNS.has(w[k] ?? '')) k++;
    else if (!elided || !(k >= w.length || stops(k))) return null;
  }
  while (k < w.length && !stops(k) && CLOSING_ADVERBS.has(w[k] ?? '')) k++;
  return { owner, end: k };
}

/**
 * Claims each clause "where <subject> <verb of being placed>" (or "<subject>'s location") closing at a break or the
 * question's end; a contrast after it with another owner ("the person's location, not where the company is HQ'd")
 * is part of it, its negation spent on no condition (it says whose the place is not), and one governed by a word of
 * indifference ("doesn't matter where the person sits") leaves that owner's place free.
 */
export function readPlaceOwnerClauses(s: ScanState): PlaceOwnerClause[] {
  const { w, claimed, breaks, tokens } = s;
  const typed = tokens.map((t) => t.raw.toLowerCase());
  const stops = (k: number): boolean => breaks.has(k);
  const found: PlaceOwnerClause[] = [];
  for (let i = 0; i < w.length; i++) {
    if (claimed[i]) continue;
    const clause = ownerClauseAt(w, typed, i, stops);
    if (!clause || (w[i] !== 'where' && i > 0 && !breaks.has(i))) continue;
    // it opens its clause, after a restatement's marker at most ("(where ...", "- i.e. where ..."), or after a word of
    // indifference ("doesn't matter where the person sits")
    let start = i;
    while (start > 0 && !breaks.has(start) && CLAUSE_LEADS.has(w[start - 1] ?? '')) start--;
    const free = FREE_LEADS.find((lead) => lead.every((x, d) => w[i - lead.length + d] === x));
    if (free && w[i] === 'where') start = i - free.length;
    if (start > 0 && !breaks.has(start)) continue;
    let { end } = clause;
    // "..., not where the company is HQ'd": the owner it is not, said after it
    if (!free) {
      const negAt = w[end] === 'not' ? end : -1;
      const other = negAt >= 0 ? ownerClauseAt(w, typed, negAt + 1, stops, true) : null;
      if (other && other.owner !== clause.owner && other.owner !== 'asked') end = other.end;
    }
    if (end < w.length && !breaks.has(end)) continue;
    if (claimed.slice(start, end).some(Boolean)) continue;
    for (let d = start; d < end; d++) claimed[d] = true;
    found.push({
      start,
      end,
      owner: clause.owner,
      text: spanText(tokens, start, end),
      ...(free ? { free: true } : {}),
    });
  }
  return found;
}

/** The preposition a place's owner takes, from the one typed ("in" a person's place is "living in"). */
function ownedPrep(p: Prep, owner: PlaceOwner): Prep | null {
  const outside = p === 'outside' || p === 'livesOutside';
  if (!outside && !['in', 'placedIn', 'from', 'livesIn', 'hq'].includes(p)) return null;
  if (owner === 'people') return outside ? 'livesOutside' : 'livesIn';
  if (owner === 'companies') return outside ? null : 'hq';
  return outside ? null : 'placedIn';
}

/** Mentions that bring people into the request (the rows asked, or a node the person's place can be said of). */
const PEOPLE_MENTIONS: ReadonlySet<Mention['t']> = new Set([
  'who',
  'function',
  'seniority',
  'title',
  'person',
  'employment',
]);
const saysPeople = (m: Mention): boolean => PEOPLE_MENTIONS.has(m.t) || (m.t === 'entity' && m.entity === 'people');

/**
 * Gives each place said outside an owner clause (a country, city or state after its preposition) the clause's owner;
 * with no such place, the clause asks where the rows are (the location shown, as "where" alone does).
 */
export function ownPlaces(mentions: Mention[], clauses: readonly PlaceOwnerClause[]): void {
  for (const clause of clauses) {
    // "doesn't matter where the person sits": no condition on that place, and none asked for
    if (clause.free) continue;
    // "companies in japan (where the person sits)": a person's place where no people are asked is not the companies'
    // headquarters, nor dropped: asked about
    if (clause.owner === 'people' && !mentions.some(saysPeople)) {
      const why = "a person's place where no people are asked";
      mentions.push({
        t: 'unclear',
        about: 'word',
        why,
        options: [],
        start: clause.start,
        end: clause.end,
        text: clause.text,
      });
      continue;
    }
    let owned = 0;
    for (let j = 1; j < mentions.length; j++) {
      const place = mentions[j];
      const prep = mentions[j - 1];
      if (place?.t !== 'country' && place?.t !== 'city' && place?.t !== 'state') continue;
      if (prep?.t !== 'prep' || (place.start >= clause.start && place.end <= clause.end)) continue;
      const p = ownedPrep(prep.p, clause.owner);
      if (p === null) continue;
      mentions[j - 1] = { ...prep, p, ...(clause.owner === 'asked' ? { afterBreak: true } : {}) };
      owned++;
    }
    if (owned > 0) continue;
    mentions.push({ t: 'attribute', attr: 'location', start: clause.start, end: clause.end, text: clause.text });
  }
  mentions.sort((a, b) => a.start - b.start);
}
