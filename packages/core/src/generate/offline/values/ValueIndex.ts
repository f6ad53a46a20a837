import type BetterSqlite3 from 'better-sqlite3';
import { CITIES, SUBDIVISIONS } from '@musaeid/db';
import { COUNTRY_CODE_WORDS, COUNTRY_WORDS, REGION_WORDS } from '../lexicon/countryWords';
import { SHORTHAND_WORDS } from '../lexicon/shorthandWords';
import { STATE_WORDS } from '../lexicon/stateWords';
import { GENERIC_VENUE_WORDS, VENUE_GROUPS } from '../lexicon/venueWords';
import { warmDateParser } from '../parse/periods';
import { demonymNouns } from '../text/demonymNouns';
import { inWordNet, isLowerCaseWord, loadLanguageData, wordNet } from '../text/language';
import { normKey } from '../text/tokenize';
import { domainLabel, sharedBrands } from './brandNames';
import { eventHosts, type EventHost, type EventUrlRow } from './eventHosts';
import { cityNames, type CityHit, type DataCity } from './cityNames';
import { regionNameForms } from './regionNameForms';
import { readSqliteValueRows, type ValueRows } from './valueRows';
import { addSpellingVariantKeys } from './spellingVariantKeys';
import { countWrittenCase, writtenAsName, type WrittenCase } from './writtenCase';

/** A named value found in the database, under one of its spellings. */
export interface NamedHit {
  ids: number[];
  names: string[];
  /** 3 = exact name, 2 = name without year/edition/legal suffix, 1 = leading part of the name. */
  quality: number;
  /** One common word: only read as a name when typed with a capital. */
  needsCaps: boolean;
}

export interface VenueHit {
  patterns: string[];
  label: string;
  /** The gazetteer's venue complex the words name (the derived `venue_group` of its events). */
  group?: string;
}

export interface CountryHit {
  names: string[];
  /** Read only when typed in capitals (or as a code before a noun: "us companies"). */
  strict: boolean;
  /** Read only right after a place word ("in", "from", "based in"): a two-letter ISO code. */
  afterPlaceWord?: boolean;
  /**
   * A two-letter code read there in lower case too ("contacts in jp"): no word of the language (WordNet writes it
   * only with capitals: "JP", "Au") and no state's code ("ca", "de" may be California, Delaware: capitals only).
   */
  lowerCase?: boolean;
}

export interface TagEntry {
  tag: string;
  label: string;
  /** Normalised spellings that name the tag ("oil and gas", "oil gas"). */
  keys: string[];
  /** Single words of the label and tag id, to match "banking events". */
  words: string[];
  /** Words of the description ("refining", "fintech"), a weaker match. */
  descWords: string[];
  /** The normalised description, padded with spaces (phrases such as "f and b"). */
  descText: string;
}

/**
 * Everything the parser can link a phrase to, built once from the database's own values:
 * event and company names (with variants), venues, countries, cities, industries and event tags.
 */
export interface ValueIndex {
  events: Map<string, NamedHit>;
  companies: Map<string, NamedHit>;
  /** Events by a distinctive word of their name ("space" -> the events whose name says "Space"). */
  eventNameWords: Map<string, NamedHit>;
  /** People by full name (two words or more). */
  people: Map<string, NamedHit>;
  /** People's first names and surnames, lower-cased -> as most often written (first written wins a tie). */
  firstNames: Map<string, string>;
  surnames: Map<string, string>;
  venues: Map<string, VenueHit>;
  countries: Map<string, CountryHit>;
  /** Cities by every name the gazetteer and the data give them, each with the data's spellings. */
  cities: Map<string, CityHit>;
  /** State / province names -> the spellings stored in the data (name and code). */
  states: Map<string, { label: string; values: string[]; cities: string[] }>;
  industries: { name: string; tokens: string[] }[];
  tags: TagEntry[];
  /** Words frequent in descriptions and overviews: ordinary English, not names. */
  commonWords: Set<string>;
  /**
   * Words the descriptions and overviews use in two texts or more ("subsea", "nonprofit"): words of the data's own
   * running text, so a word typed so is read as the data writes it, never taken apart ("sub sea").
   */
  textWords: Set<string>;
  /**
   * Words the descriptions and overviews write as names (capitalised inside sentences more often than not, "Boeing",
   * "Lockheed"), though no event or company is named by them: names the data knows of, never typing slips.
   */
  namesInText: Set<string>;
  /** Number of events whose name or description uses a word (free-text topics must match some event). */
  eventWords: Map<string, number>;
  /** The words of each event's name and description, by its name (what a description typed of it may say). */
  eventTextWords: Map<string, Set<string>>;
  eventCount: number;
  /** Two-word phrases of people's job titles ("revenue management", "account manager") -> how many titles use them. */
  titlePhrases: Map<string, number>;
  /** The words of people's job titles ("dean", "professor", "mba") -> how many titles use them. */
  titleWords: Map<string, number>;
  /** The distinct job titles, normalised (`normKey`): a phrase asked for is counted against them. */
  titleTexts: string[];
  maxSpan: number;
  /** Every event and company by its name as stored (rows with one name together), for the name matcher. */
  named: NamedEntity[];
  /** Each event row's place and years (in its name, of its start), to read the words typed beside its name. */
  eventFacts: Map<number, EventFacts>;
  /** Each company row's industries (in their order), country and name as stored: what a company asked about by
   * likeness shares, and what a description after its name ("the swiss one") is checked against. */
  companyTraits: Map<
    number,
    { industries: string[]; country: string | null; name?: string; domain?: string; employees?: number | null }
  >;
  /**
   * The words of the overviews of the companies taking part in each event row (event id -> word -> the company rows
   * saying it): what the event is about as its participants say it ("subsea" of Submarine Networks World's sponsors).
   */
  participantWords: Map<number, Map<string, number[]>>;
  /**
   * The words each company row says of itself (company id -> words): of its name, its web domain, its industries and
   * its overview; what a company described instead of named ("the swedish electric car brand") is checked against.
   */
  companyWords: Map<number, Set<string>>;
  /** The events each company row takes part in, with the relation (company id -> event id and relation). */
  companyLinks: Map<number, { event: number; relation: string }[]>;
  /** Each event row's theme tags (tag ids): what an event asked about by likeness shares. */
  eventTags: Map<number, string[]>;
  /** The company rows with people in the data. */
  staffedCompanies: Set<number>;
  /** The sites hosting events' pages, by their domain label ("terrapinn"): an organiser named (`eventHosts.ts`). */
  eventHosts: Map<string, EventHost>;
}

/** Where an event row is and the years it belongs to (a year in its name, the year it starts). */
export interface EventFacts {
  readonly country: string | null;
  readonly city: string | null;
  /** The venue as stored: what a description typed of the event ("the congress at suntec") is checked against. */
  readonly venue?: string | null;
  readonly start: string | null;
  readonly years: readonly number[];
}

/**
 * True for a word (or normalised phrase) that is a name in the data: an event, a company, a venue, a
 * country, a city or a state. Such a word is read as it is: never respelt, expanded or replaced.
 */
export function isDataName(index: ValueIndex, word: string): boolean {
  return (
    index.events.has(word) ||
    index.companies.has(word) ||
    index.venues.has(word) ||
    index.countries.has(word) ||
    index.cities.has(word) ||
    index.states.has(word)
  );
}

/** One event or company name of the data, with its rows' ids (and a company's web domain). */
export interface NamedEntity {
  kind: 'event' | 'company';
  name: string;
  ids: number[];
  domain: string | null;
}

const YEAR = /^(19|20)\d\d$/;
/** City names of the gazetteer: places, not words of a venue's own name. */
const CITY_KEYS: ReadonlySet<string> = new Set(CITIES.flatMap((c) => [c.name, ...(c.aliases ?? [])]).map(normKey));
const TAG_DESC_STOP = new Set([
  'and',
  'the',
  'events',
  'event',
  'industry',
  'industries',
  'trade',
  'other',
  'including',
  'with',
  'for',
  'fairs',
  'fair',
  'shows',
  'markets',
  'market',
  'consumer',
  'business',
  'services',
  'public',
  'digital',
  'tech',
  'innovation',
  'general',
]);
const ORDINAL = /^\d+(st|nd|rd|th)$/;
/** Words that end many company names and name none by themselves ("Alshaya Group"). */
export const GENERIC_COMPANY: ReadonlySet<string> = new Set([
  'group',
  'international',
  'global',
  'holdings',
  'company',
]);

/** Legal forms and articles around a company's name ("Acme Pte Ltd"). */
export const LEGAL: ReadonlySet<string> = new Set([
  'inc',
  'ltd',
  'llc',
  'pte',
  'limited',
  'corp',
  'corporation',
  'co',
  'gmbh',
  'ag',
  'sa',
  'plc',
  'bv',
  'srl',
  'pty',
  'sdn',
  'bhd',
  'llp',
  'lp',
  'the',
]);
/** Words many event names share (places, event nouns, small words): no event is named by them alone. */
export const GENERIC_EVENT: ReadonlySet<string> = new Set([
  'asia',
  'asian',
  'singapore',
  'world',
  'expo',
  'conference',
  'summit',
  'show',
  'festival',
  'international',
  'the',
  'and',
  'of',
  'fair',
  'week',
  'forum',
  'global',
  'annual',
  'event',
  'events',
  'exhibition',
  'in',
  'on',
  'for',
  'pacific',
  'apac',
  'southeast',
  'south',
  'east',
  'edition',
  'congress',
  'awards',
  'a',
  'at',
]);

/**
 * An everyday English word, whatever the data's text capitalises ("State", "House", "Medium", "Inform"): many
 * senses in WordNet, or several with a verb or adjective among them. A name that is only a name or a noun of
 * few senses ("Google", "Siemens", "Amazon") is not one.
 */
function everydayWord(word: string): boolean {
  const wn = wordNet();
  const nouns = wn.senses(word, 'noun').length;
  const others = wn.senses(word, 'verb').length + wn.senses(word, 'adj').length + wn.senses(word, 'adv').length;
  return nouns + others >= 5 || (others > 0 && nouns + others >= 3);
}

function addHit(
  map: Map<string, NamedHit>,
  key: string,
  id: number,
  name: string,
  quality: number,
  needsCaps: boolean,
): void {
  if (!key) return;
  const prev = map.get(key);
  if (!prev || prev.quality < quality) {
    map.set(key, { ids: [id], names: [name], quality, needsCaps });
  } else if (prev.quality === quality && !prev.ids.includes(id)) {
    prev.ids.push(id);
    if (!prev.names.includes(name)) prev.names.push(name);
    prev.needsCaps = prev.needsCaps && needsCaps;
  }
}

function eventVariants(name: string): [string, number][] {
  const out: [string, number][] = [];
  const full = normKey(name).split(' ').filter(Boolean);
  out.push([full.join(' '), 3]);
  const heads = [full];
  const firstSegment = name.split(/\s[-–:|]\s|(?<=\d)-(?=[A-Za-z])|\s[-–]|[-–]\s/)[0];
  if (firstSegment && firstSegment !== name) heads.push(normKey(firstSegment).split(' ').filter(Boolean));
  // "FHA-Food & Beverage": a short name in capitals joined by a hyphen to what it stands for is the name alone
  const shortName = /^([A-Z][A-Z0-9]{1,7})-(?=[A-Z])/.exec(name)?.[1];
  if (shortName && shortName.length >= 3) out.push([shortName.toLowerCase(), 2]);
  // "Architecture & Building Services (ABS) 2024": the abbreviation in parentheses, alone and with the year
  const year = full.find((x) => YEAR.test(x));
  for (const m of name.matchAll(/\(([^)]+)\)/g)) {
    const inner = normKey(m[1] ?? '');
    if (inner.length >= 3 && !inner.includes(' ')) {
      out.push([inner, 2]);
      if (year && !inner.includes(year)) out.push([`${inner} ${year}`, 2]);
    }
  }
  for (const tokens of heads) {
    let t = [...tokens];
    while (t.length > 1 && (t[0] === 'the' || ORDINAL.test(t[0] ?? ''))) t = t.slice(1);
    while (t.length > 1 && (YEAR.test(t[t.length - 1] ?? '') || t[t.length - 1] === 'edition')) t = t.slice(0, -1);
    if (t.length > 0) out.push([t.join(' '), 2]);
    if (tokens !== full) out.push([tokens.join(' '), 2]);
    for (let k = 2; k < t.length; k++) {
      const prefix = t.slice(0, k);
      if (k / t.length >= 0.6 && prefix.some((w) => !GENERIC_EVENT.has(w) && !YEAR.test(w)))
        out.push([prefix.join(' '), 1]);
    }
    // shorter spans that keep every distinctive word: "Cloud Expo" for "Cloud Expo Asia Singapore 2024"
    const distinctive = t.filter((w) => !GENERIC_EVENT.has(w) && !YEAR.test(w));
    if (distinctive.length > 0) {
      for (let a = 0; a < t.length; a++) {
        for (let b = a + 2; b <= t.length; b++) {
          const span = t.slice(a, b);
          if (span.length < t.length && distinctive.every((w) => span.includes(w)) && !GENERIC_EVENT.has(span[0] ?? ''))
            out.push([span.join(' '), 1]);
        }
      }
    }
  }
  return out;
}

/** One-word place names (countries, regions, cities): left out at the end of an acronym ("... World Asia"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  [...COUNTRY_WORDS.flatMap((c) => c.aliases), ...REGION_WORDS.map((r) => r.phrase), ...CITY_KEYS, 'asian', 'pacific']
    .map(normKey)
    .filter((k) => !k.includes(' ')),
);

/** Words left out of an acronym ("Festival of Media" -> "fm"): the acronym is tried with and without them. */
const ACRONYM_SKIPPED = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'a', 'an', 'to']);

/**
 * The acronyms of an event name: initials of its words (year and edition left out), with and without small words;
 * and those of the name after a leading acronym of its own ("2024 IEEE International Conference on Multimedia and
 * Expo" is also "ICME": the organisation's initials head the name, the event's follow).
 */
export function acronyms(name: string): string[] {
  const bare = name.replace(/\([^)]*\)/g, ' ');
  const typed = bare.split(/\s+/).filter((w) => w && !/^\d+(st|nd|rd|th)?$/i.test(w));
  const lead = typed[0] ?? '';
  const own = /^[A-Z]{2,}$/.test(lead) && typed.length >= 4 ? initialsOf(typed.slice(1).join(' ')) : [];
  return [...new Set([...initialsOf(bare), ...own])];
}

/** Initials of a name's words (year and edition left out), with and without small words and trailing places. */
function initialsOf(name: string): string[] {
  const words = normKey(name)
    .split(' ')
    .filter((w) => w && !YEAR.test(w) && !ORDINAL.test(w) && w !== 'edition' && !/^\d+$/.test(w));
  const all = words.map((w) => w[0]).join('');
  const contentWords = words.filter((w) => !ACRONYM_SKIPPED.has(w));
  const content = contentWords.map((w) => w[0]).join('');
  // "Big Data & AI World Asia" is also "BDAW": trailing place and generic words are often left out
  const core = [...contentWords];
  while (core.length > 3 && PLACE_WORDS.has(core[core.length - 1] ?? '')) core.pop();
  const short = core.map((w) => w[0]).join('');
  return [...new Set([all, content, short])].filter((a) => a.length >= 3 && words.length >= 3);
}

/** Words that open the name of a unit inside an organisation ("... Institute for Aerospace Studies"). */
const SUB_UNIT_WORDS: ReadonlySet<string> = new Set([
  // "University of Notre Dame Press": a press, a library or a museum is a unit named after its parent too
  'press',
  'library',
  'museum',
  'institute',
  'school',
  'faculty',
  'department',
  'centre',
  'center',
  'division',
  'college',
  'laboratory',
  'lab',
]);
/** Words of the organisations such units belong to. */
const PARENT_ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'university',
  'universities',
  'polytechnic',
  'hospital',
]);

/**
 * The domain labels of the rows named exactly each key as stored ("marex" -> {"marex"} of marex.com): a row whose
 * name only reaches that key without its legal form is the same company as those rows only when its domain is one
 * of their labels (see `companyVariants`).
 */
function exactCompanyLabels(rows: readonly { name: string; domain: string }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = normKey(r.name.replace(/\([^)]*\)/g, ' '));
    const labels = out.get(key) ?? new Set<string>();
    labels.add(domainLabel(r.domain));
    out.set(key, labels);
  }
  return out;
}

function companyVariants(
  name: string,
  domain: string,
  exactLabels?: ReadonlyMap<string, ReadonlySet<string>>,
): [string, number][] {
  const out: [string, number][] = [
    [normKey(name), 3],
    [domain.toLowerCase(), 3],
  ];
  const noParen = name.replace(/\([^)]*\)/g, ' ');
  const tokens = normKey(noParen).split(' ').filter(Boolean);
  let t = [...tokens];
  while (t.length > 1 && LEGAL.has(t[t.length - 1] ?? '')) t = t.slice(0, -1);
  // a legal form is no part of the name: "Fujitsu General Limited" is named "fujitsu general" as fully as the row
  // "Fujitsu General" is, so the name typed reaches both (not only the row that happens to omit the form)
  // ... unless another row is named exactly so under another web domain ("Marex Inc" of marexinc.com beside
  // "Marex" of marex.com, a construction firm beside a broker): the row named exactly as typed is the one meant,
  // and the other is still reached loosely (quality 2) when nothing is named so exactly
  if (t.length < tokens.length) {
    const labels = exactLabels?.get(t.join(' '));
    out.push([t.join(' '), !labels || labels.has(domainLabel(domain)) ? 3 : 2]);
  }
  while (t.length > 1 && t[0] === 'the') t = t.slice(1);
  out.push([t.join(' '), 2]);
  // "Pan Pacific Hotels Group" is also "Pan Pacific Hotels"
  if (t.length > 2 && GENERIC_COMPANY.has(t[t.length - 1] ?? '')) out.push([t.slice(0, -1).join(' '), 2]);
  // "University of Toronto Institute for Aerospace Studies" is also "University of Toronto": a unit of a parent
  // organisation named after it, the parent's name leading
  const unit = t.findIndex((w, k) => k >= 2 && SUB_UNIT_WORDS.has(w));
  if (unit > 0 && t.slice(0, unit).some((w) => PARENT_ORGANISATION_WORDS.has(w)))
    out.push([t.slice(0, unit).join(' '), 2]);
  for (const m of name.matchAll(/\(([^)]+)\)/g)) {
    const inner = normKey(m[1] ?? '');
    if (inner.length >= 2) out.push([inner, 1]);
  }
  const label = domain.toLowerCase().split('.')[0] ?? '';
  if (label.length >= 4) out.push([label, 2]);
  return out;
}

/**
 * Builds the value index from the database (one pass over a few thousand distinct values). The general language
 * data the recognisers use (lemmas, WordNet) is loaded here too, so it is read once at create, not per question.
 */
export function buildValueIndex(db: BetterSqlite3.Database, lexiconPhrases: ReadonlySet<string>): ValueIndex {
  return buildValueIndexFromRows(readSqliteValueRows(db), lexiconPhrases);
}

/** {@link buildValueIndex} from rows already read (PostgreSQL reads them asynchronously, see `readValueRows`). */
export function buildValueIndexFromRows(rows: ValueRows, lexiconPhrases: ReadonlySet<string>): ValueIndex {
  loadLanguageData();
  warmDateParser();
  const index: ValueIndex = {
    events: new Map(),
    companies: new Map(),
    eventNameWords: new Map(),
    people: new Map(),
    firstNames: new Map(),
    surnames: new Map(),
    venues: new Map(),
    countries: new Map(),
    cities: new Map(),
    states: new Map(),
    industries: [],
    tags: [],
    commonWords: new Set(),
    textWords: new Set(),
    namesInText: new Set(),
    eventWords: new Map(),
    eventTextWords: new Map(),
    eventCount: 0,
    titlePhrases: new Map(),
    titleWords: new Map(),
    titleTexts: [],
    maxSpan: 1,
    named: [],
    eventFacts: new Map(),
    companyTraits: new Map(),
    participantWords: new Map(),
    companyWords: new Map(),
    companyLinks: new Map(),
    eventTags: new Map(),
    staffedCompanies: new Set(),
    eventHosts: new Map(),
  };
  const named = new Map<string, NamedEntity>();
  const dataCities: DataCity[] = [];
  const addNamed = (kind: NamedEntity['kind'], id: number, name: string, domain: string | null): void => {
    const key = `${kind}:${name}`;
    const prev = named.get(key);
    if (prev) prev.ids.push(id);
    else named.set(key, { kind, name, ids: [id], domain });
  };
  if (rows.jobTitles) {
    const titleTexts = new Set<string>();
    for (const r of rows.jobTitles as readonly { t: string }[]) {
      const words = normKey(r.t).split(' ');
      const seen = new Set<string>();
      for (let k = 0; k + 1 < words.length; k++) {
        const a = words[k] ?? '';
        const b = words[k + 1] ?? '';
        if (a.length < 3 || b.length < 3 || !/^[a-z]+$/.test(a + b)) continue;
        seen.add(`${a} ${b}`);
      }
      for (const key of seen) index.titlePhrases.set(key, (index.titlePhrases.get(key) ?? 0) + 1);
      for (const word of new Set(words)) index.titleWords.set(word, (index.titleWords.get(word) ?? 0) + 1);
      titleTexts.add(words.join(' '));
    }
    index.titleTexts = [...titleTexts];
  }

  // Common words: words used in several descriptions/overviews are ordinary language, not names.
  const freq = new Map<string, number>();
  const cases = new Map<string, WrittenCase>();
  const countWords = (text: string | null): void => {
    if (!text) return;
    for (const w of new Set(normKey(text).split(' '))) freq.set(w, (freq.get(w) ?? 0) + 1);
    countWrittenCase(text, cases);
  };
  if (rows.eventTexts) {
    for (const r of rows.eventTexts as readonly { n: string; d: string | null }[]) {
      countWords(r.d);
      index.eventCount += 1;
      const words = new Set(normKey(`${r.n} ${r.d ?? ''}`).split(' '));
      for (const w of words) index.eventWords.set(w, (index.eventWords.get(w) ?? 0) + 1);
      const own = index.eventTextWords.get(r.n) ?? new Set<string>();
      for (const w of words) own.add(w);
      index.eventTextWords.set(r.n, own);
    }
  }
  const overviewWords = new Map<number, readonly string[]>();
  if (rows.companyOverviews) {
    for (const r of rows.companyOverviews as readonly { c: number; d: string | null }[]) {
      countWords(r.d);
      if (r.d)
        overviewWords.set(
          Number(r.c),
          [...new Set(normKey(r.d).split(' '))].filter((w) => w.length >= 3),
        );
    }
  }
  for (const r of (rows.participants ?? []) as readonly { e: number; c: number; r?: string | null }[]) {
    if (r.r) {
      const links = index.companyLinks.get(Number(r.c)) ?? [];
      links.push({ event: Number(r.e), relation: r.r });
      index.companyLinks.set(Number(r.c), links);
    }
    const words = overviewWords.get(Number(r.c));
    if (!words) continue;
    const own = index.participantWords.get(Number(r.e)) ?? new Map<string, number[]>();
    for (const w of words) {
      const ids = own.get(w) ?? [];
      if (!ids.includes(Number(r.c))) ids.push(Number(r.c));
      own.set(w, ids);
    }
    index.participantWords.set(Number(r.e), own);
  }
  for (const [w, n] of freq) if (n >= 4 && !/\d/.test(w)) index.commonWords.add(w);
  for (const [w, n] of freq) if (n >= 2 && /^[a-z]{4,}$/.test(w)) index.textWords.add(w);
  for (const w of cases.keys()) if (w.length >= 4 && writtenAsName(cases, w)) index.namesInText.add(w);
  const isCommon = (key: string): boolean =>
    lexiconPhrases.has(key) || (!key.includes(' ') && index.commonWords.has(key));
  /** A common word the data's text writes in lower case: a name made of it may be an ordinary phrase. */
  const isOrdinary = (key: string): boolean =>
    isCommon(key) && (lexiconPhrases.has(key) || !writtenAsName(cases, key) || everydayWord(key));

  for (const c of COUNTRY_WORDS) {
    for (const a of [c.name, ...c.aliases]) index.countries.set(normKey(a), { names: [c.name], strict: false });
    for (const code of c.strictCodes ?? []) index.countries.set(code, { names: [c.name], strict: true });
  }
  // the people of a country named by a noun WordNet gives ("danes", "spaniards"): the country, for people
  for (const [noun, country] of demonymNouns()) {
    for (const key of [noun, `the ${noun}`])
      if (!index.countries.has(key)) index.countries.set(key, { names: [country], strict: false });
  }
  for (const r of REGION_WORDS) index.countries.set(normKey(r.phrase), { names: [...r.countries], strict: false });
  // the venue gazetteer first: its names stand even where a data venue's words would be skipped as generic
  for (const g of VENUE_GROUPS) {
    for (const a of g.aliases) index.venues.set(a, { patterns: g.aliases.map(toLike), label: g.label, group: g.label });
  }

  if (rows.events) {
    for (const r of rows.events as readonly {
      id: number;
      name: string;
      venue: string | null;
      city: string | null;
      country: string | null;
      start_date: string | null;
    }[]) {
      addNamed('event', r.id, r.name, null);
      const years = [...normKey(r.name).split(' '), (r.start_date ?? '').slice(0, 4)].filter((x) => YEAR.test(x));
      index.eventFacts.set(r.id, {
        country: r.country,
        city: r.city,
        venue: r.venue,
        start: r.start_date,
        years: [...new Set(years.map(Number))],
      });
      // "CeMAT SEA", "Meetings Show APAC": a region inside the name said another way is the same name
      const ownForms = eventVariants(r.name);
      const variants = [
        ...ownForms,
        ...ownForms.flatMap(([key, q]) => regionNameForms(key).map((f): [string, number] => [f, q])),
      ];
      for (const [key, q] of variants) {
        if (lexiconPhrases.has(key) || index.countries.has(key)) continue;
        addHit(index.events, key, r.id, r.name, q, !key.includes(' ') && isOrdinary(key));
      }
      // an acronym of the name ("Singapore International Water Week" -> "siww"): typed in capitals when it is
      // also a word
      for (const key of acronyms(r.name)) {
        if (lexiconPhrases.has(key) || index.countries.has(key)) continue;
        addHit(index.events, key, r.id, r.name, 1, key.length <= 3 || isCommon(key));
      }
      for (const w of new Set(normKey(r.name).split(' ')))
        if (w.length >= 3 && !GENERIC_EVENT.has(w) && !/\d/.test(w) && !lexiconPhrases.has(w))
          addHit(index.eventNameWords, w, r.id, r.name, 1, false);
      if (r.country && !index.countries.has(normKey(r.country)))
        index.countries.set(normKey(r.country), { names: [r.country], strict: false });
      if (r.city) dataCities.push({ value: r.city, placeOfRecord: true, people: 0 });
      if (r.venue) addVenue(index, r.venue, isCommon, lexiconPhrases);
    }
  }
  if (rows.companies) {
    const exactLabels = exactCompanyLabels(rows.companies as readonly { name: string; domain: string }[]);
    for (const r of rows.companies as readonly {
      id: number;
      name: string;
      domain: string;
      city: string | null;
      country: string | null;
      employees?: number | null;
    }[]) {
      addNamed('company', r.id, r.name, r.domain);
      index.companyTraits.set(r.id, {
        industries: [],
        country: r.country,
        name: r.name,
        domain: r.domain,
        employees: r.employees ?? null,
      });
      for (const [key, q] of companyVariants(r.name, r.domain, exactLabels)) {
        if (!key || lexiconPhrases.has(key) || index.countries.has(key)) continue;
        // a name made only of ordinary words ("Industry Events") is read as a name only when typed as one; four
        // words or more in a row of a name ("world association for music education") are the name however typed
        const words = key.split(' ');
        const ordinary = !key.includes('.') && words.length < 4 && words.every((x) => isOrdinary(x));
        addHit(index.companies, key, r.id, r.name, q, ordinary);
      }
      if (r.country && !index.countries.has(normKey(r.country)))
        index.countries.set(normKey(r.country), { names: [r.country], strict: false });
      if (r.city) dataCities.push({ value: r.city, placeOfRecord: true, people: 0 });
    }
    // "people at electrolux": a brand several rows share names them all (an exact name still wins: quality 3)
    const companyRows = rows.companies as readonly { id: number; name: string; domain: string }[];
    for (const brand of sharedBrands(companyRows, (w) => isOrdinary(w) || index.countries.has(w) || CITY_KEYS.has(w)))
      // an ordinary word as a brand ("Block ...") is read so only when typed as a name, as its rows' own keys are
      for (const r of brand.rows) addHit(index.companies, brand.key, r.id, r.name, 2, isOrdinary(brand.key));
  }
  if (rows.people) {
    const people = rows.people as readonly { id: number; full_name: string; first_name?: string; surname?: string }[];
    for (const r of people) {
      if (r.first_name && !index.firstNames.has(r.first_name.toLowerCase()))
        index.firstNames.set(r.first_name.toLowerCase(), r.first_name);
      if (r.surname && !index.surnames.has(r.surname.toLowerCase()))
        index.surnames.set(r.surname.toLowerCase(), r.surname);
    }
    for (const r of people) {
      const key = normKey(r.full_name);
      if (key.split(' ').length < 2 || /\d/.test(key) || lexiconPhrases.has(key) || index.countries.has(key)) continue;
      addHit(index.people, key, r.id, r.full_name, 3, false);
    }
  }
  for (const r of (rows.staffedCompanies ?? []) as readonly { c: number | string }[])
    index.staffedCompanies.add(Number(r.c));
  if (rows.peopleCountries) {
    for (const r of rows.peopleCountries as readonly { c: string }[]) {
      if (!index.countries.has(normKey(r.c))) index.countries.set(normKey(r.c), { names: [r.c], strict: false });
    }
  }
  for (const r of (rows.peopleCities ?? []) as readonly { c: string; n: number }[])
    dataCities.push({ value: r.c, placeOfRecord: false, people: Number(r.n) });
  // a state's name written in a person's city column ("California") stays the state
  const stateNames = new Set(STATE_WORDS.map(([name]) => normKey(name)));
  index.cities = cityNames(
    dataCities,
    (key) => index.countries.has(key) || lexiconPhrases.has(key) || stateNames.has(key),
    isOrdinary,
  );
  if (rows.industries) {
    for (const r of rows.industries as readonly { i: string }[]) {
      index.industries.push({
        name: r.i,
        tokens: normKey(r.i)
          .split(' ')
          .filter((w) => w && w !== 'and'),
      });
    }
  }
  const industryRows = (rows.companyIndustries ?? []) as readonly { c: number; i: string; p: number | null }[];
  for (const r of [...industryRows].sort((a, b) => a.c - b.c || (a.p ?? 0) - (b.p ?? 0)))
    index.companyTraits.get(Number(r.c))?.industries.push(r.i);
  // what each company says of itself: its name, domain, industries and overview, word by word
  for (const r of (rows.companies ?? []) as readonly { id: number; name: string; domain: string }[]) {
    const traits = index.companyTraits.get(Number(r.id));
    const text = [r.name, r.domain.replace(/[.-]/g, ' '), ...(traits?.industries ?? [])].join(' ');
    const words = new Set([...normKey(text).split(' '), ...(overviewWords.get(Number(r.id)) ?? [])]);
    words.delete('');
    index.companyWords.set(Number(r.id), words);
  }
  for (const r of (rows.eventTags ?? []) as readonly { e: number; t: string }[]) {
    const tags = index.eventTags.get(Number(r.e)) ?? [];
    if (!tags.includes(r.t)) tags.push(r.t);
    index.eventTags.set(Number(r.e), tags);
  }
  if (rows.tags) {
    for (const r of rows.tags as readonly { tag: string; label: string; description: string | null }[]) {
      const label = normKey(r.label);
      const keys = new Set([label, label.replace(/ and /g, ' '), r.tag.replace(/_/g, ' ')]);
      const words = new Set([...label.split(' '), ...r.tag.split('_')].filter((w) => w && w !== 'and'));
      const desc = normKey(r.description ?? '')
        .split(' ')
        .filter((w) => w.length >= 3 && !TAG_DESC_STOP.has(w));
      index.tags.push({
        tag: r.tag,
        label: r.label,
        keys: [...keys],
        words: [...words],
        descWords: [...new Set(desc)],
        descText: ` ${normKey(r.description ?? '')} `,
      });
    }
  }
  addCountryCodes(index, lexiconPhrases);
  for (const [name, code, cities] of STATE_WORDS) {
    const key = normKey(name);
    if (index.countries.has(key)) continue;
    const hit = {
      label: name.replace(/ State$/, ''),
      values: [name.replace(/ State$/, ''), ...(code ? [code] : [])],
      cities: [...cities],
    };
    index.states.set(key, hit);
    // "the state of Maryland", "Maryland state": the word "state" belongs to the name
    const bare = normKey(hit.label);
    for (const variant of [`state of ${bare}`, `${bare} state`])
      if (!index.states.has(variant)) index.states.set(variant, hit);
  }
  addDataStates(index, [...(rows.companyStates ?? []), ...(rows.peopleStates ?? [])], lexiconPhrases);
  addSpellingVariantKeys([index.venues, index.events, index.companies, index.eventNameWords]);
  if (rows.events) index.eventHosts = eventHosts(rows.events as unknown as readonly EventUrlRow[], index.venues.keys());
  for (const map of [index.states, index.events, index.companies, index.venues, index.countries, index.cities]) {
    for (const key of map.keys()) index.maxSpan = Math.max(index.maxSpan, key.split(' ').length);
  }
  index.maxSpan = Math.min(index.maxSpan, 12);
  index.named = [...named.values()];
  return index;
}

/**
 * The ISO codes of countries, once the data's own names are in: a code that names an event, a company, a venue or
 * a city in the data is that name. A code that is also an English word (WordNet, the lexicon, a word frequent in
 * the data's descriptions) is read only in capitals; a two-letter code only in capitals after a place word.
 */
/**
 * Regions the data's own state columns hold beyond the gazetteer ("Bavaria", "Île-de-France", "England", "Surrey"):
 * a question naming one asks for that state value. Codes (two or three letters), numbers, and names that are
 * already a country, a city, a gazetteer state or a word of the questions' vocabulary are left to those readings.
 */
function addDataStates(
  index: ValueIndex,
  rows: readonly Record<string, unknown>[],
  lexiconPhrases: ReadonlySet<string>,
): void {
  const byKey = new Map<string, string[]>();
  for (const r of rows) {
    const value = typeof r.s === 'string' ? r.s.trim() : '';
    const key = normKey(value);
    if (key.length <= 3 || /\d/.test(key)) continue;
    if ([index.states, index.countries, index.cities].some((m) => m.has(key)) || CITY_KEYS.has(key)) continue;
    if (lexiconPhrases.has(key) || index.commonWords.has(key)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), value]);
  }
  for (const [key, values] of byKey) {
    const hit = { label: values[0] ?? key, values: [...new Set(values)], cities: [] };
    index.states.set(key, hit);
    // "the state of Bavaria": the word "state" belongs to the name
    if (!index.states.has(`state of ${key}`)) index.states.set(`state of ${key}`, hit);
  }
}

/** The codes of states and provinces, lower-cased: a two-letter country code that is one too stays in capitals. */
const SUBDIVISION_CODES: ReadonlySet<string> = new Set(SUBDIVISIONS.map((x) => x.code.toLowerCase()));

function addCountryCodes(index: ValueIndex, lexiconPhrases: ReadonlySet<string>): void {
  for (const c of COUNTRY_CODE_WORDS) {
    const { code } = c;
    if ([index.countries, index.events, index.companies, index.venues, index.cities].some((m) => m.has(code))) continue;
    const listed = lexiconPhrases.has(code) || index.commonWords.has(code) || code in SHORTHAND_WORDS;
    const word = inWordNet(code) || listed;
    // a two-letter code WordNet knows only as a name or symbol ("JP", "Au") is no word: read after a place word, in
    // lower case too, unless a state has it ("ca", "de": `stateCodes` reads those)
    const nameOnly = c.letters === 2 && !listed && !SUBDIVISION_CODES.has(code) && !isLowerCaseWord(code);
    if (c.letters === 2 && word && !nameOnly) continue;
    index.countries.set(code, {
      names: [c.name],
      strict: word || c.letters === 2,
      afterPlaceWord: c.letters === 2,
      ...(c.letters === 2 && !SUBDIVISION_CODES.has(code) ? { lowerCase: true } : {}),
    });
  }
}

/**
 * 'sands expo' -> '%sands_expo%': the words of a venue name next to each other, one space or punctuation mark
 * apart ("Singapore EXPO" is not "Marina Bay Sands Singapore, expo and convention centre"); "and" / "&" vary
 * between rows, so the runs either side of it only keep their order. LIKE is case-insensitive.
 */
export function toLike(phrase: string): string {
  const runs = phrase
    .split(/\band\b/)
    .map((run) => run.trim().split(' ').filter(Boolean).join('_'))
    .filter(Boolean);
  return `%${runs.join('%')}%`;
}

function addVenue(
  index: ValueIndex,
  venue: string,
  isCommon: (k: string) => boolean,
  lexiconPhrases: ReadonlySet<string>,
): void {
  for (const piece of venue.split(',')) {
    const tokens = normKey(piece).split(' ').filter(Boolean);
    for (let a = 0; a < tokens.length; a++) {
      for (let b = a + 1; b <= tokens.length; b++) {
        const span = tokens.slice(a, b);
        const key = span.join(' ');
        if (index.venues.has(key) || index.countries.has(key)) continue;
        // a venue needs a word of its own: "Peridot 201-202" must not make "201 to" a venue
        const distinctive = span.filter(
          (w) =>
            !GENERIC_VENUE_WORDS.has(w) &&
            !/^\d+$/.test(w) &&
            !lexiconPhrases.has(w) &&
            !index.countries.has(w) &&
            !CITY_KEYS.has(w),
        );
        if (distinctive.length === 0) continue;
        if (span.length === 1 && (key.length < 5 || isCommon(key))) continue;
        // "Singapore Management University" is no venue "singapore ...": a place name does not start a venue key
        const first = span[0] ?? '';
        if (span.length >= 2 && (GENERIC_VENUE_WORDS.has(first) || index.countries.has(first) || CITY_KEYS.has(first)))
          continue;
        const group = VENUE_GROUPS.find((g) =>
          g.aliases.some((al) => key.includes(al) || (span.length >= 2 && al.includes(key))),
        );
        index.venues.set(
          key,
          group
            ? { patterns: group.aliases.map(toLike), label: group.label, group: group.label }
            : { patterns: [toLike(key)], label: piece.trim() },
        );
      }
    }
  }
}
