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

/** Claims each clause "where <subject> <verb of being placed>" closing at a break or the question's end. */
export function readPlaceOwnerClauses(s: ScanState): PlaceOwnerClause[] {
  const { w, claimed, breaks, tokens } = s;
  const typed = tokens.map((t) => t.raw.toLowerCase());
  const found: PlaceOwnerClause[] = [];
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== 'where' || claimed[i]) continue;
    // it opens its clause, after a restatement's marker at most ("(where ...", "- i.e. where ...")
    let start = i;
    while (start > 0 && !breaks.has(start) && CLAUSE_LEADS.has(w[start - 1] ?? '')) start--;
    if (start > 0 && !breaks.has(start)) continue;
    let k = i + 1;
    while (SUBJECT_DETERMINERS.has(w[k] ?? '')) k++;
    const owner = ownerOf(w[k] ?? '');
    if (owner === null) continue;
    k++;
    while (AUXILIARIES.has(w[k] ?? '')) k++;
    const verb = typed[k] ?? '';
    if (!(PLACED_VERBS.has(verb) || dwellingVerb(verb))) continue;
    let end = k + 1;
    while (end < w.length && !breaks.has(end) && CLOSING_ADVERBS.has(w[end] ?? '')) end++;
    if (end < w.length && !breaks.has(end)) continue;
    if (claimed.slice(start, end).some(Boolean)) continue;
    for (let d = start; d < end; d++) claimed[d] = true;
    found.push({ start, end, owner, text: spanText(tokens, start, end) });
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
