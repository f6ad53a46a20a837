import type { Mention } from '../../Mention';
import type { EntityKind } from '../../../ir/Request';
import { applyModifier } from '../applyModifier';
import type { BuildState } from '../BuildState';
import type { Draft } from '../Draft';
import { ensure, ensureFrom, nearest } from '../graph';
import type { MentionOf } from '../MentionHandler';
import { openPendingWho } from '../openPendingWho';
import { continuesNegatedList } from '../negatedLists';
import { originHost } from '../originPlace';
import { ADJECTIVE_DEMONYMS } from '../../../lexicon/countryWords';

/** A noun of things that have a place of their own: events (where held), companies (where headquartered). */
const isPlacedNoun = (m: Mention | undefined): boolean =>
  m?.t === 'entity' && (m.entity === 'events' || m.entity === 'companies');

/**
 * The generic noun of companies ("companies", "firms", "cos"): a noun that names the companies as such, so a place
 * said right after it is theirs ("staff of companies based in India"). A relation noun ("sponsors", "partners")
 * names them by their part at an event and says nothing of where their people sit.
 */
const isGenericCompanyNoun = (m: Mention | undefined): boolean =>
  m?.t === 'entity' && m.entity === 'companies' && (m.relations === null || m.relations.length === 0);

/** A relation noun of companies ("sponsors", "partners"). */
const isRelationNoun = (m: Mention | undefined): boolean =>
  m?.t === 'entity' && m.entity === 'companies' && (m.relations?.length ?? 0) > 0;

/**
 * "events without sponsors in sg", "conferences with no exhibitors in Japan": a relation noun said under "without" /
 * "no" is a set the events lack, no set of rows; "in <place>" after it is where the events asked are held (read as
 * the companies' headquarters it answered the events lacking Singapore sponsors, held anywhere). The events node
 * asked about, when the place would go to the lacked companies.
 */
function negatedLinkOwner(
  s: BuildState,
  host: Draft | null,
  placePrep: MentionOf<'prep'> | null,
  before: Mention | undefined,
): Draft | null {
  if (placePrep?.p !== 'in' || !host || host !== s.current || host.entity !== 'companies') return null;
  if (!isRelationNoun(before)) return null;
  const edge = host.edges.find((e) => e.negate && (e.a === host ? e.b : e.a) === s.target);
  return edge && s.target?.entity === 'events' ? s.target : null;
}

/** A noun of events ("events", "conferences", "trade shows"). */
const isEventsNoun = (m: Mention | undefined): boolean => m?.t === 'entity' && m.entity === 'events';

/**
 * The mention a place phrase at k describes: k itself, or the noun before a relative pronoun and copula ("events that
 * are based in ...").
 */
function placedNounAt(ms: readonly Mention[], k: number): number {
  let j = k;
  if (ms[j]?.t === 'copula') j--;
  if (ms[j]?.t === 'relpron') j--;
  return j;
}

/** "whose company is in X": the entity of the noun after "whose", when only a copula or prepositions lead to mention k. */
function possessedBefore(ms: readonly Mention[], k: number): EntityKind | null {
  let j = k - 1;
  while (j >= 0 && (ms[j]?.t === 'copula' || ms[j]?.t === 'prep')) j--;
  const noun = ms[j];
  const whose = ms[j - 1];
  return noun?.t === 'entity' && whose?.t === 'relpron' && whose.text.toLowerCase() === 'whose' ? noun.entity : null;
}

/**
 * "german, austrian or swiss companies": a place opening a list of places of its kind (joined by "or" / "and" or a
 * comma alone) that ends right before a noun premodifies that noun with the rest of the list.
 */
function listedBeforeNoun(ms: readonly Mention[], k: number): boolean {
  const first = ms[k];
  let j = k;
  for (;;) {
    const join = ms[j + 1];
    const step = join?.t === 'or' || join?.t === 'and' ? 2 : 1;
    const next = ms[j + step];
    if (!next || next.t !== first?.t || next.start !== (step === 2 ? join?.end : ms[j]?.end)) break;
    j += step;
  }
  const noun = ms[j + 1];
  return j > k && noun?.t === 'entity' && noun.start === ms[j]?.end;
}

/**
 * A country, city or state: a premodifier of the noun right after it ("German companies"), else the place of the
 * node it describes: events are held there, companies headquartered there, people based there ("who live in",
 * "whose company is in", "contacts at Siemens outside Germany").
 */
export function readPlace(s: BuildState, m: MentionOf<'country' | 'city' | 'state'>): void {
  const k = s.k;
  const ms = s.ms;
  const prevM = ms[k - 1];
  const nextM = ms[k + 1];
  const placePrep = prevM?.t === 'prep' ? prevM : null;
  const outside = placePrep?.p === 'outside' || placePrep?.p === 'livesOutside';
  // "headquartered in" is only a company's place; "based / located / sitting in" anyone's, by the noun it describes
  // "headquartered in another country" / "headquartered elsewhere": the negated place is still the headquarters'
  const hqBefore = ms[k - 2]?.t === 'prep' && (ms[k - 2] as MentionOf<'prep'>).p === 'hq';
  const hq = placePrep?.p === 'hq' || (outside && hqBefore);
  const placed = placePrep?.p === 'placedIn';
  const lives = placePrep?.p === 'livesIn' || placePrep?.p === 'livesOutside';
  // "US-headquartered companies", "US-headquartered Cloud Expo companies" (an event's name modifying the noun too):
  // the place participle makes the place a premodifier of the noun of companies after it
  const participle = nextM?.t === 'prep' && (nextM.p === 'hq' || nextM.p === 'placedIn');
  const afterParticiple = ms[k + 2]?.t === 'event' && ms[k + 3]?.t === 'entity' ? ms[k + 3] : ms[k + 2];
  const nextIsNoun = nextM && (nextM.t === 'entity' || (participle && afterParticiple?.t === 'entity'));
  const negate: boolean = outside || s.neg || continuesNegatedList(s, k, m.t);
  s.negatedListOf = negate ? m.t : null;
  s.neg = false;
  // "events in sg sponsors": the place is the object of the "in" said after the events, no premodifier of the
  // relation noun ending the fragment
  const objectOfEventsIn =
    placePrep?.p === 'in' && isEventsNoun(ms[k - 2]) && s.current?.entity === 'events' && isRelationNoun(nextM);
  if (
    !objectOfEventsIn &&
    ((nextIsNoun && (nextM?.start === m.end || nextM?.t === 'prep')) || listedBeforeNoun(ms, k))
  ) {
    if (nextM?.t === 'prep') s.k++;
    s.pendingPre.push(m);
    if (negate) s.negatedPre.add(m);
    return;
  }
  // "who is based in Singapore": the people there (as "who is at Siemens" asks for its people)
  openPendingWho(s, 'people');
  // "based in singapore or malaysia": the next place of a list is a place of the same thing as the first
  const listed = (prevM?.t === 'or' || prevM?.t === 'and') && ms[k - 2]?.t === m.t && s.lastPlaceHost !== null;
  if (listed && s.lastPlaceHost) {
    applyModifier(s, s.lastPlaceHost, m, negate);
    return;
  }
  // "sdrs at X partners - based in singapore", "hr folks at cos sponsoring events, but outside the states": a place
  // added after a clause break describes what the question asks for, not the noun just before it
  if (placePrep?.afterBreak && s.target && !lives) {
    const head = s.target.entity === 'participations' ? ensureFrom(s, s.target, 'events') : s.target;
    s.lastPlaceHost = hq && head.entity === 'people' ? ensureFrom(s, head, 'companies') : head;
    applyModifier(s, s.lastPlaceHost, m, negate);
    return;
  }
  let host: Draft | null = s.current;
  // "companies at events located in Singapore", "events that are based in Japan": a place said of a noun of events
  // (right after it, or after its relative pronoun and copula) is where they are held, whatever the question asks
  // ... or of the events the copula before it is said of ("which events that pharma companies attend are located in X")
  const eventsPlace =
    placed &&
    s.current?.entity === 'events' &&
    (isEventsNoun(ms[placedNounAt(ms, k - 2)]) || (ms[k - 2]?.t === 'copula' && s.target === s.current));
  // "cos sponsoring in singapore", "companies exhibiting in Japan": a place right after a verb of taking part that has
  // no object yet is where they take part, the events' place (the verb's object), never the companies' headquarters
  const verbBefore = ms[k - 2];
  if (
    placePrep?.p === 'in' &&
    verbBefore?.t === 'relation' &&
    s.pendingRelations !== null &&
    s.current?.entity === 'companies'
  )
    host = ensure(s, 'events');
  else if (
    (hq || placed) &&
    !eventsPlace &&
    s.current &&
    s.current.entity !== 'companies' &&
    s.current.entity !== 'people'
  )
    host = ensure(s, 'companies');
  // "people who work for companies attending events in Singapore": a place right after the events noun is
  // the events' place, even inside a clause about people
  // "people who work for companies in Germany": likewise the companies' place (where they are headquartered), and
  // "people who work at companies headquartered / based in Germany" too
  const nounPlace = placePrep !== null && (placePrep.p === 'in' || hq || placed) && isPlacedNoun(ms[k - 2]);
  if (lives || (s.afterWho && s.current?.entity !== 'people' && !nounPlace)) host = nearest(s, 'people') ?? host;
  // "people whose company is in Japan": the place is the possessed noun's, not the people's
  const ofPossessedCompany = !lives && possessedBefore(ms, k) === 'companies';
  if (ofPossessedCompany) host = nearest(s, 'companies') ?? ensure(s, 'companies');
  // "contacts at Siemens outside Germany", "directors at Marriott based in Singapore": a named company's country is
  // known, so the place is the people's
  if (!hq && host?.entity === 'companies' && host.conds.some((c) => c.kind === 'ids') && s.target?.entity === 'people')
    host = s.target;
  // "sponsors of the aviation fest that are swiss or canadian": a named event's place is known, so a nationality said
  // of it as a predicate (a demonym after a copula, no preposition) is the nationality of the rows asked
  if (
    m.t === 'country' &&
    prevM?.t === 'copula' &&
    ADJECTIVE_DEMONYMS.has(m.text.toLowerCase()) &&
    host?.entity === 'events' &&
    host.conds.some((c) => c.kind === 'ids') &&
    s.target &&
    s.target !== host &&
    (s.target.entity === 'companies' || s.target.entity === 'people')
  )
    host = s.target;
  // "ppl at X sponsors based in india", "people at companies at X located in Japan": when the answer is people, a
  // place anyone can be in is the people's own unless the generic noun of companies holds it ("staff of companies
  // based in India") or the words say headquarters (question writers read it so: the people are what is placed)
  // ... but "people whose company is based in Japan" says whose it is
  if (
    placed &&
    !eventsPlace &&
    !ofPossessedCompany &&
    s.target?.entity === 'people' &&
    host?.entity !== 'people' &&
    !isGenericCompanyNoun(ms[k - 2])
  )
    host = s.target;
  // "staff headquartered in Japan": a headquarters is their companies'
  if (hq && host?.entity === 'people') host = ensureFrom(s, host, 'companies');
  // "cos at worldchefs from the us": where the companies come from, not where the event is held
  host = originHost(s, placePrep) ?? host;
  host = negatedLinkOwner(s, host, placePrep, ms[k - 2]) ?? host;
  if (!host) {
    s.pendingPre.push(m);
    return;
  }
  if (host.entity === 'participations') host = ensureFrom(s, host, 'events');
  s.lastPlaceHost = host;
  applyModifier(s, host, m, negate);
}

/** A venue: a condition on the events ("at Marina Bay Sands"); "not at A or B" negates the whole list. */
export function readVenue(s: BuildState, m: MentionOf<'venue'>): void {
  const host = s.current?.entity === 'events' ? s.current : ensure(s, 'events');
  // "not at Marina Bay Sands or Suntec": the negation covers the whole list (neither)
  const negate: boolean = s.neg || continuesNegatedList(s, s.k, 'venue');
  applyModifier(s, host, m, negate);
  s.negatedListOf = negate ? 'venue' : null;
  s.neg = false;
}
