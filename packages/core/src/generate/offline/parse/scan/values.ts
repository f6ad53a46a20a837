/**
 * Names and values of any length still unread, longest first: countries (codes only in capitals), events,
 * companies, venues, states and cities, as the value index spells them.
 */
import { AMBIGUOUS_SUBDIVISION_NAMES } from '@musaeid/db';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { LEXICON } from '../lexiconTable';
import { nounLemma } from '../../text/language';
import type { Mention, MentionBody } from '../Mention';
import { KNOWN_VALUE_COLUMNS } from '../../lexicon/attributeWords';
import { HEADQUARTERS_NOUNS } from '../../lexicon/placeWords';
import { STATED_SIZE_NOUNS } from '../statedSizeAsked';
import { CODE_PLACE_WORDS } from './countryCodes';
import { partOfOneEventName } from './partialEventNames';
import { capsOk, claim, isFree, readAcrossBreaks, type ScanState } from './ScanState';

/** Words after which a lower-case country code modifies the noun that follows ("contacts at us companies"). */
const CODE_LEADS: ReadonlySet<string> = new Set(
  'at in from of for with the all any which what are many our only non'.split(' '),
);

/**
 * A country code typed in lower case ("us", the pronoun too) is the country when it stands before a noun of
 * companies, people or events and after a preposition or determiner: "contacts at us companies", "which us
 * firms"; never after a verb ("show us companies").
 */
function codeBeforeNoun(s: ScanState, a: number, b: number): boolean {
  const next = s.w[b] ?? '';
  if (codeBeforeHeadquartersModifier(s, b)) return true;
  const noun =
    LEXICON.get(next)?.some((r) => r.t === 'entity') === true ||
    next === 'based' ||
    next === 'headquartered' ||
    // "sponsors us hq", "firms uk headquarters": a noun of the headquarters after the code says whose place it is
    HEADQUARTERS_NOUNS.has(next);
  return noun && (a === 0 || CODE_LEADS.has(s.w[a - 1] ?? '') || afterNoun(s, a));
}

/** Participles that make a place before them where a company is ("us-based", "uk headquartered"). */
const HEADQUARTERED_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'headquartered', 'hqd', "hq'd"]);

/**
 * "count us-headquartered sponsors", "list us based firms", "count us hq sponsors": a code before a participle of being
 * headquartered, or before a headquarters noun that modifies a noun of rows, is where the companies are, whatever
 * word comes before it. The pronoun object never takes such a modifier ("show us companies", "give us hq addresses"
 * keep it): before a verb, only these words make the code a place (dropped, the count was of every company).
 */
function codeBeforeHeadquartersModifier(s: ScanState, b: number): boolean {
  const next = s.w[b] ?? '';
  if (HEADQUARTERED_PARTICIPLES.has(next)) return true;
  if (!HEADQUARTERS_NOUNS.has(next)) return false;
  return LEXICON.get(s.w[b + 1] ?? '')?.some((r) => r.t === 'entity') === true;
}

/** Readings of a noun: a pronoun object never follows one ("marketing directors us companies" is terse for US). */
const NOUN_READINGS: ReadonlySet<MentionBody['t']> = new Set(['entity', 'function', 'seniority', 'title', 'topic']);

/** True when the word before token `a` was read as a noun (an entity, a job, a theme), not a verb. */
function afterNoun(s: ScanState, a: number): boolean {
  return s.mentions.some(
    (m) => m.end === a && NOUN_READINGS.has(m.t) && (m.t !== 'function' && m.t !== 'seniority' ? true : m.noun),
  );
}

/**
 * "count contacts jp", "sales people sg, 2025": a two-letter code no word of the language, typed right after a noun of
 * rows and closing its clause, is where they are, the place word left out as terse questions do (asked back, it was
 * read as nothing). A code that is a word ("us", "in") never reaches here.
 */
function codeClosingNoun(s: ScanState, a: number, b: number): boolean {
  return afterNoun(s, a) && (b === s.w.length || s.breaks.has(b));
}

/** Prepositions of place: after them a lower-case code is the country ("AEs in the us", "ppl from gb"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'outside', 'across', 'throughout', 'within']);

/** "in us", "in the us", "from gb": a place preposition (and "the") before the code; the pronoun never takes "the". */
function codeAfterPlacePreposition(s: ScanState, a: number): boolean {
  const before = s.w[a - 1] ?? '';
  return PLACE_PREPOSITIONS.has(before) || (before === 'the' && PLACE_PREPOSITIONS.has(s.w[a - 2] ?? ''));
}

/** Words joining two members of one list ("uk or us", "the us vs the uk", "google and sap"). */
const PLACE_COORDINATORS: ReadonlySet<string> = new Set(['or', 'and', 'vs', 'versus', 'v', 'nor', 'plus']);

/**
 * True when a code typed in lower case is coordinated with a country ("people in uk or us", "us vs uk"): a member of
 * a list of countries is a country too, not the pronoun "us" (dropped, it answered for the other country alone).
 */
function codeCoordinatedWithCountry(s: ScanState, a: number): boolean {
  const country = (k: number): boolean =>
    s.mentions.some((m) => m.t === 'country' && m.start <= k && k < m.end) ||
    s.index.countries.get(s.w[k] ?? '')?.strict === false;
  const back = s.w[a - 2] === 'the' ? 1 : 0;
  const joinedBefore = PLACE_COORDINATORS.has(s.w[a - 1] ?? '') && country(a - 2 - back);
  const ahead = s.w[a + 2] === 'the' ? 1 : 0;
  const joinedAfter = PLACE_COORDINATORS.has(s.w[a + 1] ?? '') && country(a + 2 + ahead);
  return joinedBefore || joinedAfter;
}

/**
 * True when the words [a, b) are a member of a list of company names ("siemens, sap and emerson", "google or sap"): a
 * name next to them, across a comma or a joining word, is a company's that reads in any case. A word that is also a
 * word of the language ("sap") then names a company too, as its neighbours do.
 */
function listedWithCompany(s: ScanState, a: number, b: number): boolean {
  const company = (k: number): boolean =>
    s.mentions.some((m) => m.t === 'company' && m.start <= k && k < m.end) ||
    s.index.companies.get(s.w[k] ?? '')?.needsCaps === false;
  const joinedBefore = PLACE_COORDINATORS.has(s.w[a - 1] ?? '') ? a - 2 : s.breaks.has(a) ? a - 1 : -1;
  const joinedAfter = PLACE_COORDINATORS.has(s.w[b] ?? '') ? b + 1 : s.breaks.has(b) ? b : -1;
  return (joinedBefore >= 0 && company(joinedBefore)) || (joinedAfter >= 0 && company(joinedAfter));
}

/** Words that put what follows in the place of an event ("at", "attending", "exhibiting at"). */
const ATTENDANCE_WORDS: ReadonlySet<string> = new Set(['at', 'attending', 'attend', 'attends', 'attended']);
/** Prepositions joining a relation noun to the event it is of ("sponsors of X", "exhibitors for X"). */
const RELATION_NOUN_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at']);

/** A noun of companies in a relation ("sponsors", "exhibitors"): what it is of is an event. */
function relationNoun(m: Mention | undefined): boolean {
  return m?.t === 'entity' && m.entity === 'companies' && m.relations !== null && m.relations.length > 0;
}

/**
 * True when a relation noun ("dmwf sponsors") or a plural noun of companies ("dmwf cos") follows the name ending at
 * `b`: the name is the event they are of (a company's name does not sort companies; "the dmwf company" does name one).
 */
function companiesNounAfter(s: ScanState, b: number): boolean {
  const m = s.mentions.find((x) => x.start === b);
  if (m?.t !== 'entity' || m.entity !== 'companies') return false;
  const word = s.w[b] ?? '';
  return relationNoun(m) || (m.end === b + 1 && nounLemma(word) !== word);
}

/**
 * Which of a company or an event the question asks about at the name at token `i`, when the name could be either:
 * a verb of employment governs it ("who works at X"), or the question asks what only companies have (a head count:
 * "how many employees does X have"; revenue, industry, founding year) or only events have (a venue, a description).
 */
function kindAsked(s: ScanState, name: number): 'companies' | 'events' | 'unknown' {
  const i = s.w[name - 1] === 'the' && !s.claimed[name - 1] ? name - 1 : name;
  if (s.mentions.some((m) => m.t === 'employment' && (m.end === i || (m.end === i - 1 && s.w[i - 1] === 'at'))))
    return 'companies';
  if (s.w.some((x) => STATED_SIZE_NOUNS.has(x))) return 'companies';
  const owners = new Set(s.mentions.flatMap((m) => (m.t === 'attribute' ? [KNOWN_VALUE_COLUMNS[m.attr]?.entity] : [])));
  if (owners.has('companies') && !owners.has('events')) return 'companies';
  if (owners.has('events') && !owners.has('companies')) return 'events';
  return 'unknown';
}

/**
 * True when the name at token `i` stands where an event is meant, by the grammar before it:
 * - the object of a verb of taking part ("cos going to X", "who is sponsoring X", "partnering with X"): every
 *   relation the data holds links a company to an event, so a relation verb's object is an event;
 * - after a relation noun and its preposition ("sponsors of X", "exhibitors for X");
 * - after "at" / "attending" said of companies or of "who is", not of people employed ("contacts at X", "who works
 *   at X" are employment, so a company).
 */
function eventPlaceBefore(s: ScanState, name: number): boolean {
  // "cos at THE dmwf", "sponsors of the dmwf": the article before the name leaves the grammar as it is
  const i = s.w[name - 1] === 'the' && !s.claimed[name - 1] ? name - 1 : name;
  const before = s.mentions.filter((m) => m.end <= i).sort((a, b) => b.start - a.start);
  const [last] = before;
  if (last?.t === 'relation' && last.end === i) return true;
  const link = s.w[i - 1] ?? '';
  const beforeLink = before.find((m) => m.end <= i - 1);
  if (RELATION_NOUN_LINKS.has(link) && beforeLink?.end === i - 1 && relationNoun(beforeLink)) return true;
  if (!ATTENDANCE_WORDS.has(link)) return false;
  for (const m of before) {
    // "the biggest co (employees) at X", "the largest firm by staff at X": a head-count noun that measures the size
    // a superlative grades is no noun of people the "at" is said of; the graded noun before it is
    if (sizeMeasure(s, m)) continue;
    // "who works at X": the verb of employment holds the "at"
    if (m.t === 'employment') return false;
    if (m.end > i - 1) continue;
    if (m.t === 'entity') return m.entity !== 'people';
    if (m.t === 'who' || m.t === 'relation') return true;
  }
  return false;
}

/** Mentions that may stand between a size superlative and the head-count noun measuring it ("biggest co by staff"). */
function gradedNounOrBy(m: Mention): boolean {
  return (m.t === 'entity' && m.entity !== 'people') || m.t === 'group' || (m.t === 'prep' && m.p === 'by');
}

/**
 * True when mention `m` is a head-count noun ("employees", "staff"; "staff at" read as employment) measuring the
 * size a superlative or a top N grades: "the biggest co (employees)", "largest sponsor by headcount", "top 5 cos by
 * staff", "the company with the most employees". It says what the ranking is measured in, as the builder reads it
 * (`build/handlers/entityNoun.ts`).
 */
function sizeMeasure(s: ScanState, m: Mention): boolean {
  if (m.t !== 'entity' && m.t !== 'employment') return false;
  if (m.t === 'entity' && m.entity !== 'people') return false;
  if (!STATED_SIZE_NOUNS.has(s.w[m.start] ?? '')) return false;
  const before = s.mentions.filter((x) => x.end <= m.start).sort((a, b) => b.start - a.start);
  for (const x of before) {
    if ((x.t === 'superlative' && x.column === 'size') || x.t === 'top') return true;
    // "the company with the most employees at X": the most of a head-count noun said of companies is their size
    if (x.t === 'most' && x.end === m.start) return before.some((y) => y.t === 'entity' && y.entity === 'companies');
    if (!gradedNounOrBy(x) && x.t !== 'number') return false;
  }
  return false;
}

/** Forms of "do" and "have" around the subject of "does X have" (a question's auxiliary and its verb). */
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);
const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had']);

/** True when tokens [a, b) stand between "do / does / did" and "have / has": the subject of the question's verb. */
function subjectOfHave(s: ScanState, a: number, b: number): boolean {
  return a > 0 && DO_FORMS.has(s.w[a - 1] ?? '') && HAVE_FORMS.has(s.w[b] ?? '');
}

/**
 * A state typed in lower case ("that conference in maryland") is the state when its name is no ordinary word
 * of the question's vocabulary and no other place: "georgia" (a country too) and "victoria" (cities) still need
 * the capital.
 */
function stateInLowerCase(s: ScanState, key: string): boolean {
  const { index } = s;
  if (LEXICON.has(key) || FILLER_WORDS.has(key)) return false;
  if (AMBIGUOUS_STATE_KEYS.has(key) || index.cities.has(key) || index.countries.has(key)) return false;
  return true;
}

/** Subdivision names that are also other places (the gazetteer's list), in the index's spelling. */
const AMBIGUOUS_STATE_KEYS: ReadonlySet<string> = new Set(AMBIGUOUS_SUBDIVISION_NAMES.map((n) => n.toLowerCase()));

export function readValues(s: ScanState): void {
  const { w, index, tokens } = s;
  const n = w.length;
  for (let len = Math.min(index.maxSpan, n); len >= 1; len--) {
    for (let i = 0; i + len <= n; i++) {
      // never a name of the words of two clauses (a name typed with its own comma is read by `databaseNames`)
      if (!isFree(s, i, i + len) || !readAcrossBreaks(s, i, i + len, [])) continue;
      const key = w.slice(i, i + len).join(' ');
      const country = index.countries.get(key);
      const capitals = tokens.slice(i, i + len).every((t) => t.raw === t.raw.toUpperCase());
      if (
        country &&
        (country.afterPlaceWord
          ? (capitals || country.lowerCase === true) &&
            (CODE_PLACE_WORDS.has(w[i - 1] ?? '') || codeBeforeNoun(s, i, i + len) || codeClosingNoun(s, i, i + len))
          : !country.strict ||
            capitals ||
            codeBeforeNoun(s, i, i + len) ||
            codeAfterPlacePreposition(s, i) ||
            codeCoordinatedWithCountry(s, i))
      ) {
        claim(s, i, i + len, { t: 'country', names: country.names });
        continue;
      }
      const ev = index.events.get(key);
      if (ev && (!ev.needsCaps || capsOk(s, i, i + len)) && !FILLER_WORDS.has(key)) {
        claim(s, i, i + len, { t: 'event', hit: ev });
        continue;
      }
      const co = index.companies.get(key);
      const eventByWord = len === 1 ? index.eventNameWords.get(key) : undefined;
      // "how many sponsors does seamless have": what the subject of "does ... have" has is a relation noun, an event's
      const relationHad = subjectOfHave(s, i, i + len) && s.mentions.some((m) => m.t === 'entity' && relationNoun(m));
      if (co && eventByWord && (eventPlaceBefore(s, i) || companiesNounAfter(s, i + len) || relationHad)) {
        // "the cos at seamless", "cos going to dmwf": a company's name that is also an event's distinctive word
        // (the company "DMWF" and the event "#DMWF Asia"), where the grammar asks for an event ("dmwf sponsors" too)
        claim(s, i, i + len, { t: 'event', hit: eventByWord });
        continue;
      }
      const asked = co && eventByWord && co.quality === 3 && partOfOneEventName([key], index) ? kindAsked(s, i) : null;
      if (asked === 'events' && eventByWord) {
        // "dmwf venue": what is asked of it only an event has
        claim(s, i, i + len, { t: 'event', hit: eventByWord });
        continue;
      }
      if (asked === 'unknown' && co && eventByWord) {
        // "when is dmwf", "dmwf contacts": an acronym that is a company's whole name and one event's, with nothing
        // around it that asks for either: both are offered, neither is guessed
        claim(s, i, i + len, {
          t: 'unclear',
          about: 'name',
          why: `"${key}" names a company and an event`,
          options: [
            { t: 'event', hit: eventByWord },
            { t: 'company', hit: co },
          ],
        });
        continue;
      }
      const placeState = index.states.get(key);
      // "companies based in Surrey": after a place preposition a state the data holds beats a word of a name
      const statePlace =
        placeState !== undefined && co !== undefined && co.quality < 3 && codeAfterPlacePreposition(s, i);
      // "how many employees does seamless have": the subject of "does ... have" is a name whatever its case, a
      // company's when what is asked only companies have (a word of an event's name too is left to the readers after)
      const haveSubject = subjectOfHave(s, i, i + len) && (!eventByWord || kindAsked(s, i) === 'companies');
      if (
        co &&
        !statePlace &&
        (!co.needsCaps || capsOk(s, i, i + len) || haveSubject || listedWithCompany(s, i, i + len)) &&
        !FILLER_WORDS.has(key) &&
        key.length >= 2
      ) {
        claim(s, i, i + len, { t: 'company', hit: co });
        continue;
      }
      const venue = index.venues.get(key);
      if (venue && !FILLER_WORDS.has(key)) {
        claim(s, i, i + len, { t: 'venue', hit: venue });
        continue;
      }
      const state = index.states.get(key);
      if (state && (capsOk(s, i, i + len) || stateInLowerCase(s, key))) {
        claim(s, i, i + len, { t: 'state', label: state.label, values: state.values, cities: state.cities });
        continue;
      }
      const city = index.cities.get(key);
      if (city && !FILLER_WORDS.has(key)) {
        claim(s, i, i + len, { t: 'city', name: city.label, values: [...city.values] });
        continue;
      }
    }
  }
}
