import type { EntityKind, Relation } from '../ir/Request';

/** A noun that names an entity the user asks about (optionally one relation of a company to an event). */
export interface EntityWord {
  phrase: string;
  entity: EntityKind;
  relations?: readonly Relation[];
}

const events = [
  'event',
  'events',
  'shows',
  'conference',
  'conferences',
  'exhibition',
  'exhibitions',
  'expo',
  'expos',
  'summit',
  'summits',
  'trade show',
  'trade shows',
  'trade fair',
  'trade fairs',
  'fair',
  'fairs',
  'festival',
  'festivals',
  'congress',
  'congresses',
  'forum',
  'forums',
  'convention',
  'conventions',
  'meetup',
  'meetups',
  'gathering',
  'gatherings',
  'seminar',
  'seminars',
  'workshop',
  'workshops',
  'happenings',
];
const companies = [
  'company',
  'companies',
  'firm',
  'firms',
  'organisation',
  'organisations',
  'organization',
  'organizations',
  'org',
  'orgs',
  'business',
  'businesses',
  'brand',
  'brands',
  'vendor',
  'vendors',
  'enterprise',
  'enterprises',
  'corporation',
  'corporations',
  // British plural noun ("big corporates")
  'corporates',
  'startup',
  'startups',
  'employer',
  'employers',
  'account',
  'accounts',
  'agency',
  'agencies',
  'institution',
  'institutions',
  // business English: a company active in a market or at an event ("the big players in fintech", "key players at X");
  // WordNet knows only the person who plays, so the sense is listed here (the job titles' "player" is no role asked)
  'player',
  'players',
];

/**
 * People nouns that, after a noun naming a line of work, are the people of that department ("events people", "events
 * team", "events folks"): the work is a word of their job titles. A noun of contacts ("event contacts") is not one.
 */
export const DEPARTMENT_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'ppl', 'folks', 'staff', 'team']);

/** The plain nouns of companies ("company", "firm", "business"): the head of "insurance company", "publishing firm". */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(companies);

/**
 * Nouns of a participant in a market, said with an adjective of standing ("key players", "major players", "big
 * names"): the adjective is part of the idiom, so "names" so graded is a noun of companies and a grade no column
 * holds ("major", "leading") says nothing the noun does not (`parse/scan/prominentParticipants.ts`).
 */
export const PARTICIPANT_NOUNS: ReadonlySet<string> = new Set(['player', 'players', 'name', 'names']);

/** Adjectives of standing that grade nothing elsewhere (filler words there: "the key point"), as in "key players". */
export const STANDING_ADJECTIVES: ReadonlySet<string> = new Set(['key']);
const people = [
  'people',
  'person',
  'persons',
  'contact',
  'contacts',
  'employee',
  'employees',
  'staff',
  'staffers',
  'individual',
  'individuals',
  'professional',
  'professionals',
  'team member',
  'team members',
  'members',
  'team',
  'folks',
  'lead',
  'leads',
  'prospect',
  'prospects',
  'representatives',
  'reps',
  'colleague',
  'colleagues',
  'workers',
  'personnel',
  'workforce',
  'everyone',
  'everybody',
];
const participations = [
  'participation',
  'participations',
  'company participations',
  'company event links',
  'links',
  'relationships',
  'relations',
  'company event rows',
  'appearances',
  'entries',
];

const relationNouns: readonly [string, readonly Relation[]][] = [
  ['sponsor', ['sponsor']],
  ['sponsors', ['sponsor']],
  ['exhibitor', ['exhibitor']],
  ['exhibitors', ['exhibitor']],
  ['speaker', ['speaker']],
  ['speakers', ['speaker']],
  ['partner', ['partner']],
  ['partners', ['partner']],
  ['organiser', ['organizer']],
  ['organisers', ['organizer']],
  ['organizer', ['organizer']],
  ['organizers', ['organizer']],
  ['host', ['organizer']],
  ['hosts', ['organizer']],
  ['expert', ['expert']],
  ['experts', ['expert']],
  ['associate', ['associate']],
  ['associates', ['associate']],
  ['attendee', []],
  ['attendees', []],
  ['participant', []],
  ['participants', []],
  ['participating companies', []],
  ['attending companies', []],
];

const participationNouns: readonly [string, readonly Relation[]][] = [
  ['sponsorship', ['sponsor']],
  ['sponsorships', ['sponsor']],
  ['partnership', ['partner']],
  ['partnerships', ['partner']],
  ['speaking slot', ['speaker']],
  ['speaking slots', ['speaker']],
];

/** Entity nouns, kept as data. An empty `relations` list means "any relation". */
export const ENTITY_WORDS: readonly EntityWord[] = [
  ...events.map((phrase) => ({ phrase, entity: 'events' as const })),
  ...companies.map((phrase) => ({ phrase, entity: 'companies' as const })),
  ...people.map((phrase) => ({ phrase, entity: 'people' as const })),
  ...participations.map((phrase) => ({ phrase, entity: 'participations' as const })),
  ...relationNouns.map(([phrase, relations]) => ({ phrase, entity: 'companies' as const, relations })),
  ...participationNouns.map(([phrase, relations]) => ({ phrase, entity: 'participations' as const, relations })),
];

/** The nouns of events ("events", "conferences", "expos"): a state said right after one is theirs. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(events);

/**
 * Nouns of the rows an entity is listed in ("event listings", "records of events", "company rows"; "entries" are
 * the participations, `entityWords` above): the rows as
 * stored, each counted, where the entity itself is one per name ("the average length of the event listings" counts
 * an event listed twice twice; "of the events" once).
 */
export const ROW_NOUNS: ReadonlySet<string> = new Set(['listing', 'listings', 'record', 'records', 'row', 'rows']);

/**
 * WordNet's kinds of person that are a business dealing in goods or services ("suppliers", "providers", "vendors",
 * "distributors", "retailers": a supplier or a merchant): in this data they are companies, never a job title.
 */
export const BUSINESS_PERSON_KINDS: ReadonlySet<string> = new Set(['supplier', 'merchant']);

/**
 * WordNet's words for a business by what it does for someone ("suppliers", "providers": a supplier), a role toward
 * an event when said at one ("suppliers at X": the companies taking part), unlike a kind of business by its trade
 * ("retailers", "distributors": its industry).
 */
export const SERVING_ROLE_KINDS: ReadonlySet<string> = new Set(['supplier']);

/**
 * WordNet's words a sense of a noun of a business by its trade reaches up its kinds ("manufacturer": a business;
 * "dealer": a firm; "operator": a businessman; "wholesaler": a supplier; "brewer": a manufacturer; "shop": a place of
 * business): said right after a word naming an industry ("telecoms operators", "food makers", "aviation firms"), the
 * noun is the head of "companies of that industry" (`parse/scan/entitySynonyms.ts` tradeHeadAt). Owners are left
 * out: "hotel owners" may be people whose title says so.
 */
export const TRADE_GROUP_KINDS: ReadonlySet<string> = new Set([
  'business',
  'company',
  'enterprise',
  'firm',
  'place of business',
]);
export const TRADE_PERSON_KINDS: ReadonlySet<string> = new Set([
  'businessman',
  'businessperson',
  'supplier',
  'merchant',
  'manufacturer',
]);
/** Kinds of person that stop the search: a person owning something may be a person of the data ("hotel owners"). */
export const TRADE_PERSON_STOPS: ReadonlySet<string> = new Set(['owner', 'proprietor']);
/**
 * Nouns WordNet gives no business sense that name companies after a trade all the same ("hotel groups", "media
 * groups", "energy players"): the conglomerate and the market participant.
 */
export const TRADE_HEAD_NOUNS: ReadonlySet<string> = new Set(['group', 'player']);
