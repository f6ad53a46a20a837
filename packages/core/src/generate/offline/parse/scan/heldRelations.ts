/**
 * "companies that sponsor one event and also have a speaker at some event", "companies having a speaker slot",
 * "companies with both sponsor and partner roles": a relation noun that a company holds (after a verb or preposition
 * of holding whose subject is the companies) is the company's own relation, as the verb would be ("speak", "sponsor
 * and partner"), never a second set of companies the first ones are linked to. Read as a noun, "have a speaker" after
 * "sponsor one event" nested companies in companies (companies sponsoring events at which speaker companies take part),
 * and "roles" after "sponsor and partner" was read as job titles.
 *
 * The subject is the companies when the holding word follows their noun ("companies having", "firms with"), the
 * relative pronoun after it ("companies that have"), or a verb joined to a relative clause of theirs ("companies that
 * sponsor X and also have ..."). Events holding a relation noun ("events that have a speaker") keep the noun: their
 * companies. A noun of the place held ("slot", "role", `RELATION_ROLE_NOUNS`) after the relation noun is part of it.
 * Runs before `indefiniteObjects`, which then reads "somewhere" after the relation as any event.
 */
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import {
  EXHIBIT_FLOOR_NOUNS,
  EXHIBIT_PLACE_NOUNS,
  HOLDING_WORDS,
  RELATION_ROLE_NOUNS,
} from '../../lexicon/relationWords';
import type { Mention } from '../Mention';
import { claim, type ScanState } from './ScanState';

/** Words between the holding word and the relation noun ("have a speaker", "with both ...", "holding any"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'any', 'some', 'the', 'both', 'either', 'also']);
/** Joiners of a clause to the relative clause before it ("... and also have", "... but also hold"). */
const CLAUSE_JOINERS: ReadonlySet<Mention['t']> = new Set(['and', 'both']);

type EntityMention = Mention & { t: 'entity' };

const isCompanies = (m: Mention | undefined): m is EntityMention => m?.t === 'entity' && m.entity === 'companies';
const isRelationNoun = (m: Mention | undefined): m is EntityMention =>
  isCompanies(m) && m.relations !== null && m.relations.length > 0;

/** Whether the companies are the subject of the holding word at `v`, by the mentions before it. */
function companiesHold(before: readonly Mention[], v: number): boolean {
  const prev = before.at(-1);
  if (!prev || prev.end !== v) {
    // "companies that also have": an adverb between the relative pronoun and the verb is no mention
    if (prev?.t !== 'relpron' && !CLAUSE_JOINERS.has(prev?.t ?? 'who')) return false;
  }
  if (isCompanies(prev)) return true;
  if (prev?.t === 'relpron') return isCompanies(before.at(-2));
  if (prev && CLAUSE_JOINERS.has(prev.t)) {
    // a clause joined to a clause of the companies: their noun with a relative pronoun, a copula or a verb of taking
    // part after it ("companies that sponsor X and also have", "which companies are a sponsor at X and also have",
    // "companies sponsor one event and have"), the last such, and a verb of taking part (or its noun) before the joiner
    const c = before.findLastIndex((m, k) => {
      // "companies both sponsor and provide": a "both" before the clause's verb
      const next = before[k + 1]?.t === 'both' ? k + 2 : k + 1;
      return (
        isCompanies(m) && ['relpron', 'copula', 'relation'].includes(before[next]?.t ?? '') && next < before.length - 1
      );
    });
    if (c < 0) return false;
    const clause = before.slice(c + 1, -1);
    return clause.some((m) => m.t === 'relation' || isRelationNoun(m));
  }
  return false;
}

export function readHeldRelations(s: ScanState): void {
  const { w, mentions } = s;
  for (let v = 1; v < w.length; v++) {
    if (!HOLDING_WORDS.has(w[v] ?? '')) continue;
    const at = mentions.find((m) => m.start <= v && v < m.end);
    // the word alone as a preposition ("with"), or misread as a job title of its own ("provide": "provider")
    if (at && !((at.t === 'prep' || at.t === 'title') && at.start === v && at.end === v + 1)) continue;
    const before = mentions.filter((m) => m.end <= v).sort((a, b) => a.start - b.start);
    if (!companiesHold(before, v)) continue;
    // the relation nouns after it, joined by "and" / "or", with a "both" before them kept for the list's reading
    let k = v + 1;
    while (DETERMINERS.has(w[k] ?? '') && (!s.claimed[k] || mentions.some((m) => m.start === k && m.t === 'both'))) k++;
    const listed: EntityMention[] = [];
    for (;;) {
      const noun = mentions.find((m) => m.start === k);
      if (!isRelationNoun(noun)) break;
      listed.push(noun);
      k = noun.end;
      const joiner = mentions.find((m) => m.start === k && (m.t === 'and' || m.t === 'or'));
      if (!joiner || !isRelationNoun(mentions.find((m) => m.start === joiner.end))) break;
      k = joiner.end;
    }
    const first = listed[0];
    const last = listed.at(-1);
    if (!first && readHeldExhibitPlace(s, v, k, at)) continue;
    if (!first || !last) continue;
    if (at) mentions.splice(mentions.indexOf(at), 1);
    s.claimed[v] = true;
    // "a speaker slot", "sponsor and partner roles": the noun of the place held is the relation's
    if (RELATION_ROLE_NOUNS.has(w[last.end] ?? '')) {
      const role = mentions.find((m) => m.start === last.end);
      if (role) mentions.splice(mentions.indexOf(role), 1);
      s.claimed[last.end] = true;
      last.end += 1;
      last.text = `${last.text} ${w[last.end - 1] ?? ''}`;
    }
    for (const noun of listed) asRelation(mentions, noun);
    v = k - 1;
  }
  readCoordinatedPredicates(s);
  readFrontedPredicates(s);
}

/** Words that may name the event before a noun of its floor ("the show floor", "the exhibition hall"). */
const FLOOR_MODIFIERS: ReadonlySet<string> = new Set(['exhibition', 'exhibit', 'trade', 'expo', 'event', 'show']);

/**
 * "companies that have a stand (on the show floor) at X", "firms with a booth": a place an exhibitor takes
 * (`EXHIBIT_PLACE_NOUNS`) held by the companies, with no relation noun before it, is the exhibitor relation; the floor
 * or hall of the event after it ("on the show floor", "in the exhibition hall") is where every stand is, no condition.
 * True when read.
 */
function readHeldExhibitPlace(s: ScanState, v: number, k: number, at: Mention | undefined): boolean {
  const { w, mentions } = s;
  if (!EXHIBIT_PLACE_NOUNS.has(w[k] ?? '')) return false;
  const placeMention = mentions.find((m) => m.start <= k && k < m.end);
  if (placeMention && (placeMention.start !== k || placeMention.end !== k + 1 || placeMention.t !== 'title'))
    return false;
  const end = exhibitFloorEnd(s, k + 1);
  for (const m of mentions.filter((x) => x.start > k && x.end <= end)) mentions.splice(mentions.indexOf(m), 1);
  if (placeMention) mentions.splice(mentions.indexOf(placeMention), 1);
  if (at) mentions.splice(mentions.indexOf(at), 1);
  for (let q = v; q < end; q++) s.claimed[q] = false;
  s.claimed[v] = false;
  claim(s, v, end, { t: 'relation', relations: ['exhibitor'], ambiguous: false });
  return true;
}

/**
 * The end of the floor or hall of the event said after an exhibitor's place ending at `end` ("on the show floor", "in
 * the exhibition hall"), or `end` when none follows: where every stand is, no condition.
 */
export function exhibitFloorEnd(s: ScanState, end: number): number {
  const { w } = s;
  if (!['on', 'in'].includes(w[end] ?? '')) return end;
  let j = end + 1;
  if (['the', 'its', 'their'].includes(w[j] ?? '')) j++;
  const from = j;
  while (j < w.length && j - from < 2 && (FLOOR_MODIFIERS.has(w[j] ?? '') || EVENT_NOUNS.has(w[j] ?? ''))) j++;
  return EXHIBIT_FLOOR_NOUNS.has(w[j] ?? '') && !s.claimed[j] ? j + 1 : end;
}

/** The relation noun read as the companies' own relation, like its verb. */
function asRelation(mentions: Mention[], noun: EntityMention): void {
  const relation: Mention = {
    start: noun.start,
    end: noun.end,
    text: noun.text,
    t: 'relation',
    relations: noun.relations ?? [],
    ambiguous: false,
    ...(noun.each ? { each: noun.each } : {}),
  };
  mentions.splice(mentions.indexOf(noun), 1, relation);
}

/**
 * "companies that are a sponsor at one event and a speaker at another", "which cos are sponsors at one event and
 * speakers at another": a relation noun joined to the companies' predicate relation noun (after their copula) is a
 * second predicate of the same companies, their relation too. Read as a noun, it became speaker companies linked to
 * the first event (blind29/30: the companies at an event with speakers).
 */
function readCoordinatedPredicates(s: ScanState): void {
  const { w, mentions } = s;
  for (const noun of [...mentions].sort((a, b) => a.start - b.start)) {
    if (!isRelationNoun(noun)) continue;
    const before = mentions.filter((m) => m.end <= noun.start).sort((a, b) => a.start - b.start);
    const joiner = before.at(-1);
    if (!joiner || !CLAUSE_JOINERS.has(joiner.t)) continue;
    if (!w.slice(joiner.end, noun.start).every((x) => DETERMINERS.has(x))) continue;
    // the companies' copula ("companies that are", "which cos are") and a relation noun right after it
    const cop = before.findLastIndex((m) => m.t === 'copula');
    const subject = before[cop - 1]?.t === 'relpron' ? before[cop - 2] : before[cop - 1];
    if (cop < 1 || !isCompanies(subject)) continue;
    const predicate = before[cop + 1]?.t === 'both' ? before[cop + 2] : before[cop + 1];
    if (!isRelationNoun(predicate) || predicate === noun || before.indexOf(predicate) >= before.length - 1) continue;
    asRelation(mentions, noun);
  }
}

/**
 * "sponsor at one event and speaker at another - which cos" (read with its question clause first: "which cos sponsor
 * at one event and speaker at another"): relation nouns right after the companies' noun, each with its own place
 * ("at ..."), joined by "and", are predicates of those companies said without a verb, each a relation of theirs. Read
 * as nouns, the second became companies linked to the first one's event.
 */
function readFrontedPredicates(s: ScanState): void {
  const { w, mentions } = s;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const k = sorted.findIndex(
    (m, j) =>
      isRelationNoun(m) &&
      j > 0 &&
      isCompanies(sorted[j - 1]) &&
      !isRelationNoun(sorted[j - 1]) &&
      sorted[j - 1]?.end === m.start &&
      sorted[j + 1]?.t === 'prep',
  );
  const first = sorted[k];
  if (k < 0 || !isRelationNoun(first)) return;
  const joined = sorted.filter(
    (m, j): m is EntityMention =>
      j > k &&
      isRelationNoun(m) &&
      CLAUSE_JOINERS.has(sorted[j - 1]?.t ?? 'who') &&
      w.slice(sorted[j - 1]?.end ?? 0, m.start).every((x) => DETERMINERS.has(x)) &&
      sorted[j + 1]?.t === 'prep',
  );
  if (joined.length === 0) return;
  for (const noun of [first, ...joined]) asRelation(mentions, noun);
}
