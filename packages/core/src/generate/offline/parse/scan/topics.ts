/**
 * Themes: before a marker noun ("oil and gas events", "companies in the pharmaceuticals sector") or after a
 * marker word following an event or company noun ("events about blockchain", "events related to technology").
 * A theme is an event tag or a company industry (`matchTopic`), or words of the events' own text; a theme the data
 * does not know is kept in `unknownTopics` (refused naming it), unless it is a name typed loosely.
 */
import { eventTagsNamedBy } from '@musaeid/db';
import { ORDERING_WORDS } from '../../lexicon/aggregateWords';
import { ANY_DETERMINERS, VERB_OR_NOUN } from '../../lexicon/relationWords';
import { DATA_SELF_LEADS, DATA_SELF_WORDS } from '../../lexicon/discourseWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { VAGUE_NOUNS } from '../../lexicon/vagueNounWords';
import { isEmphasisAdjective, isEmphasisAdverb, isExtentAdjective } from '../../text/emphasisAdverbs';
import { QUALIFIER_WORDS } from '../../lexicon/qualifierWords';
import { EVALUATIVE_WORDS } from '../../lexicon/evaluativeWords';
import { FEW_QUANTIFIER_WORDS } from '../../lexicon/exampleWords';
import { LEXICON, MAX_LEXICON_SPAN } from '../lexiconTable';
import { nounLemma, verbLemma, wordNet } from '../../text/language';
import { verbClassAt } from '../../text/verbClasses';
import { normKey } from '../../text/tokenize';
import { themeOfInitials } from '../themeInitials';
import { matchTopic } from '../matchTopic';
import type { MentionBody } from '../Mention';
import type { AttributeName } from '../../lexicon/attributeWords';
import { EVENT_NOUNS } from './eventByWords';
import { EVENT_NOUNS as EVENT_NOUN_WORDS } from '../../lexicon/entityWords';
import { matchLooseName } from './looseNames';
import { partOfOneEventName } from './partialEventNames';
import { claim as claimTokens, isCapitalised, type ScanState } from './ScanState';

const ORDERING: ReadonlySet<string> = new Set(ORDERING_WORDS);
/** Words joining the themes of a list ("space and aerospace", "space or aviation"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);

/** Marker nouns a theme stands before ("oil and gas events", "the pharmaceuticals sector"). */
/** Attributes that measure a company or an event: what a number is said of, never a theme's word alone. */
const MEASURE_ATTRIBUTES: ReadonlySet<AttributeName> = new Set(['revenue', 'employees', 'founded', 'duration']);

/**
 * Plural nouns of events of the vocabulary (`lexicon/entityWords.ts`: "gatherings", "meetups", "seminars"): a theme
 * stands before any of them as before "events" ("medical gatherings"). Singular ones often close an event's name
 * ("... Security Summit"), left to the name readers.
 */
const PLURAL_EVENT_NOUNS: readonly string[] = [...EVENT_NOUN_WORDS].filter(
  (x) => !x.includes(' ') && x.endsWith('s') && (nounLemma(x) !== x || EVENT_NOUN_WORDS.has(x.slice(0, -1))),
);

const TOPIC_MARKERS_BEFORE = new Set([
  ...PLURAL_EVENT_NOUNS,
  'sector',
  'sectors',
  'industry',
  'industries',
  'space',
  'vertical',
  'verticals',
  'field',
  'related',
  'themed',
  'focused',
  'oriented',
  'centric',
  'companies',
  'company',
  'cos',
  'orgs',
  'firms',
  'business',
  'businesses',
  'events',
  'event',
  'conferences',
  'conference',
  'exhibitions',
  'shows',
  'trade',
  'summits',
  'expos',
  'fairs',
  'festivals',
  'sponsors',
  'exhibitors',
  'organisations',
  'organizations',
  'vendors',
  'startups',
  'brands',
  'players',
  'forums',
  'congresses',
  'ones',
  'agencies',
  'agency',
  'institutions',
]);
/**
 * Nouns of a kind said after a theme as a hedge ("banks / financial services type cos", "fintech-type companies"):
 * the theme is the condition and the noun of kind carries nothing more, as "related" does.
 */
const KIND_HEDGES: ReadonlySet<string> = new Set(['type', 'types', 'kind', 'sort', 'style']);
/** Prepositions and subordinators of time that never name a theme. */
const THEMELESS_WORDS: ReadonlySet<string> = new Set(['since', 'until', 'till', 'before', 'after', 'during', 'while']);

/** Words after which a theme follows an event or company noun ("events about blockchain"). */
const TOPIC_MARKERS_AFTER = new Set([
  'about',
  'on',
  'covering',
  'around',
  'regarding',
  'concerning',
  'to',
  'tagged',
  'labelled',
  'labeled',
]);

/** Prepositions after a verb of meaning something for a public ("aimed at", "geared towards", "caters for"). */
const AUDIENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to', 'towards', 'toward', 'for', 'on']);

/** Nouns a theme after a marker word describes ("events about blockchain"). */
const THEMED_NOUNS: ReadonlySet<string> = new Set([
  ...PLURAL_EVENT_NOUNS,
  'events',
  'event',
  'conferences',
  'companies',
  'exhibitions',
  'summits',
  'shows',
  'firms',
  'organisations',
  'organizations',
  // the pronouns of an earlier set of events or companies ("which of them is about aviation", "the ones on food")
  'them',
  'those',
  'these',
  'ones',
  'one',
]);
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['are', 'is', 'that', 'which']);
/** WordNet's lexicographer files of verbs of thinking, telling, feeling and perceiving (verb.cognition ...). */
const MENTAL_VERB_FILES: ReadonlySet<number> = new Set([31, 32, 37, 39]);

/**
 * "thinking about flying over", "asking about it": "about" after the -ing form of a verb of thinking, saying or
 * feeling is that verb's object (the speaker's own clause), not the theme of a noun before it.
 */
function aboutIsVerbObject(w: readonly string[], claimed: readonly boolean[], j: number): boolean {
  const before = w[j - 1] ?? '';
  if (w[j] !== 'about' || claimed[j - 1] || !before.endsWith('ing') || LEXICON.has(before)) return false;
  const [first] = wordNet().senses(verbLemma(before), 'verb');
  return first !== undefined && MENTAL_VERB_FILES.has(wordNet().synset(first, 'verb').lexFile);
}

/** A preposition of the lexicon ("in", "at", "from"): it opens a phrase that modifies the noun before it. */
const isPreposition = (x: string): boolean => LEXICON.get(x)?.some((r) => r.t === 'prep') ?? false;

/**
 * True when a themed noun stands before the marker word at `lead`: within three words, or six across a copula or
 * relative pronoun ("events in Singapore are related to"), where a run of words already read as one phrase (a
 * period, a place, a name) counts as one word, and so does a preposition with the phrase or place it opens: the
 * noun's modifiers stack ("events in sg in the next 2 months about food": two modifiers, then the theme).
 */
function themedNounBefore(
  w: readonly string[],
  claimed: readonly boolean[],
  lead: number,
  isPlace: (x: string) => boolean,
  raw: readonly string[] = w,
): boolean {
  if (lead < 0) return false;
  let d = 0;
  let linked = false;
  for (let k = lead - 1; k >= 0 && d < 6; k--) {
    // a phrase read before the themes (claimed tokens in a row) is one constituent
    while (k > 0 && claimed[k] && claimed[k - 1] && !THEMED_NOUNS.has(w[k] ?? '')) k--;
    d++;
    const x = w[k] ?? '';
    // the words as typed: "one" is read as the number 1
    if (THEMED_NOUNS.has(x) || THEMED_NOUNS.has(raw[k] ?? '')) return d <= 3 || linked;
    if (CLAUSE_LINKS.has(x)) linked = true;
    // ... with the preposition that opens it ("in the next 2 months", "in sg")
    if (k > 0 && (claimed[k] || isPlace(x)) && !claimed[k - 1] && isPreposition(w[k - 1] ?? '')) k--;
  }
  return false;
}

export function readTopics(s: ScanState): void {
  const { w, tokens, index, claimed, unknownTopics } = s;
  const n = w.length;
  const raw = tokens.map((t) => t.raw.toLowerCase());
  const claim = (a: number, b: number, body: MentionBody): void => claimTokens(s, a, b, body);
  /**
   * A word of a theme phrase the data or the language knows: a word of the events or their descriptions, a theme
   * of its own, a word of the lexicon. A phrase matching a theme by some of its words ("hospitality wumbescent")
   * is not known while another of its words is known nowhere: that word would be dropped from the answer.
   */
  const knownTopicWord = (x: string): boolean =>
    x === 'and' ||
    x === 'or' ||
    index.eventWords.has(x) ||
    index.commonWords.has(x) ||
    LEXICON.has(x) ||
    FILLER_WORDS.has(x) ||
    index.industries.some((i) => i.tokens.includes(x)) ||
    matchTopic([x], index).any;
  /** True when a theme can be read: a tag or industry, or words that occur in some event. */
  const knownTopic = (words: string[]): boolean => {
    const m = matchTopic(words, index);
    // a theme's initials ("o and g"): letters that are no word of their own, spelling the theme's label
    if (m.any && themeOfInitials(words, index) !== null) return true;
    // a word clipped from a word of the theme it matched ("cyber sec": Cyber Security) is that word, not unknown
    const themeWords = [
      ...m.tagLabels.flatMap((l) => l.toLowerCase().split(/[^a-z]+/)),
      ...index.industries.filter((i) => m.industries.includes(i.name)).flatMap((i) => i.tokens),
    ];
    const clipped = (x: string): boolean =>
      x.length >= 3 && themeWords.some((t) => t.length > x.length && t.startsWith(x));
    return (
      words.every((x) => knownTopicWord(x) || clipped(x)) &&
      (m.any || words.every((x) => x === 'and' || x === 'or' || index.eventWords.has(x) || index.commonWords.has(x)))
    );
  };
  /**
   * The members of an unknown theme list that name nothing ("space and quilting": quilting), each by itself: the
   * refusal names what was not found, never the whole list as one theme; the whole words when every member names a
   * theme alone (only their joining is unknown).
   */
  const unknownMembers = (words: readonly string[]): string[] => {
    const members: string[][] = [[]];
    for (const x of words) {
      if (CONJUNCTIONS.has(x)) members.push([]);
      else members[members.length - 1]?.push(x);
    }
    const unknown = members.filter((m) => m.length > 0 && !knownTopic(m)).map((m) => m.join(' '));
    return members.length > 1 && unknown.length > 0 ? unknown : [words.join(' ')];
  };
  /** A free-text topic word must occur in some event, and not in most of them. */
  const isEventWord = (x: string): boolean => {
    const count = index.eventWords.get(x) ?? 0;
    return count > 0 && count <= Math.max(3, index.eventCount / 4);
  };
  /** The words are a phrase of an industry's or a tag's own name ("information technology", "oil and gas"). */
  const inThemeName = (phrase: string): boolean =>
    phrase.includes(' ') &&
    // filler words alone ("of the", inside "Office of the ...") are no phrase of a theme: they would make one
    phrase.split(' ').some((x) => !FILLER_WORDS.has(x)) &&
    (index.industries.some((i) => ` ${i.tokens.join(' ')} `.includes(` ${phrase} `)) ||
      index.tags.some((t) => t.keys.some((key) => ` ${key} `.includes(` ${phrase} `))));
  /** ... or a phrase the tagger tags events by ("big data", "life sciences"). */
  const inThemePhrase = (phrase: string): boolean =>
    inThemeName(phrase) || (phrase.includes(' ') && eventTagsNamedBy(phrase).length > 0);
  /** The filler word at k opens, with the words up to `end`, a phrase of an industry or a tag ("information"). */
  const fillerOfTheme = (k: number, end: number): boolean =>
    !claimed[k] && FILLER_WORDS.has(w[k] ?? '') && inThemePhrase(w.slice(k, end).join(' '));
  /**
   * "gstc sponsors", "ahice exhibitors": words that are no tag or industry, only words of the events' own text, and
   * that name one event or company loosely (its acronym, its initials, a distinctive word of its name) are that name
   * before a relation noun, not a free-text theme: the text that holds them is that one event's own text, so the
   * theme would stand for the name and lose what its relation noun says of it. Left for the name reader.
   */
  const nameBeforeMarker = (words: string[]): boolean =>
    !matchTopic(words, index).any && (matchLooseName(words, index).length === 1 || oneEventsWord(words));
  /**
   * "seamless sponsors": a word of one event's name typed alone (an English word, so no loose name: "Seamless Asia
   * 2025"), which the events' text holds only as that name: the name's word too, left for the name reader.
   */
  const oneEventsWord = (words: string[]): boolean => {
    const hit = words.length === 1 ? index.eventNameWords.get(words[0] ?? '') : undefined;
    // its editions are one event
    const editionless = (name: string): string =>
      normKey(name)
        .split(' ')
        .filter((x) => !/\d/.test(x))
        .join(' ');
    return hit !== undefined && new Set(hit.names.map(editionless)).size === 1;
  };
  /**
   * "submarine networks sponsors", "dmwf cos": a distinctive part of one event's name (`partialEventNames.ts`) is
   * that event even when its words also reach a theme (the tagger files "submarine" under Telecommunications):
   * the theme would widen one event to every event of its tag. A theme's own name ("oil and gas") stays the theme;
   * the tagger's keywords do not count, as they include the names of the events it tags ("submarine networks").
   */
  const partOfOneName = (words: string[]): boolean =>
    partOfOneEventName(words, index) !== null && !inThemeName(words.join(' '));
  const isPlace = (x: string): boolean => index.countries.has(x) || index.cities.has(x) || index.states.has(x);
  /** True when a word a marker noun could follow stands before token `k` ("fintech space": the theme of "space"). */
  const themeBefore = (k: number): boolean =>
    k > 0 && !claimed[k - 1] && !FILLER_WORDS.has(w[k - 1] ?? '') && matchTopic([w[k - 1] ?? ''], index).any;
  const topicWord = (k: number): boolean => {
    if (k < 0 || k >= n || claimed[k]) return false;
    const word = w[k] ?? '';
    if (word === 'and' || word === 'or') return true;
    // a word of a longer phrase of the vocabulary that names no theme is that phrase's ("leave OUT government
    // agencies": the exclusion, not a theme "leave out government")
    if (inPhraseOtherThanTheme(k)) return false;
    if (word === 'it' && tokens[k]?.raw === 'IT') return true;
    // an adverb of emphasis stresses the predicate, no theme's word ("partners that are actually security vendors")
    if (isEmphasisAdverb(word)) return false;
    // ... and an adjective of emphasis the noun after it ("actual security vendors"), unless the two are a phrase of
    // the vocabulary ("real estate")
    if (isEmphasisAdjective(word) && !inThemePhrase(`${word} ${w[k + 1] ?? ''}`)) return false;
    // ... and an adjective of breadth the theme after it ("the wider built environment"): no theme word of its own
    if (isExtentAdjective(word) && !inThemePhrase(`${word} ${w[k + 1] ?? ''}`)) return false;
    // a preposition or subordinator names no theme ("companies that have been around since 1990": "since" opens a
    // time, no theme after "around")
    if (THEMELESS_WORDS.has(word)) return false;
    // a marker word that is itself an event theme ("space industry events"): the theme when another marker follows
    // ... and one that is not ("trade shows") is part of the noun, not a theme
    const markerOnly = LEXICON.get(word)?.every((r) => r.t === 'sector') ?? false;
    if (TOPIC_MARKERS_BEFORE.has(word) && (TOPIC_MARKERS_BEFORE.has(w[k + 1] ?? '') || vagueHead(k + 1)))
      return markerOnly && matchTopic([word], index).tags.length > 0;
    // ... or a conjunction ("space and aerospace events"): a marker follows a theme, and none stands before this one
    if (markerOnly && CONJUNCTIONS.has(w[k + 1] ?? '') && !themeBefore(k))
      return matchTopic([word], index).tags.length > 0;
    // a filler word closing a theme's own phrase ("big data"): the theme's
    // ... after a word that is no filler itself ("of the" in an industry's name is no theme)
    const prev = w[k - 1] ?? '';
    if (
      FILLER_WORDS.has(word) &&
      k > 0 &&
      !FILLER_WORDS.has(prev) &&
      !LEXICON.get(prev)?.some((r) => r.t === 'prep') &&
      inThemePhrase(`${prev} ${word}`)
    )
      return true;
    if (FILLER_WORDS.has(word) || /^\d/.test(word) || index.countries.has(word)) return false;
    // a quantifier of an unstated few ("a few sponsors") counts the noun, no theme of it
    if (FEW_QUANTIFIER_WORDS.has(word)) return false;
    // a free choice ("in whatever sector") names no theme: the sector is left free (`freeChoiceScopes`)
    if (ANY_DETERMINERS.has(word)) return false;
    // a verb of ordering leads its object ("rank industries by number of companies"), no theme's word
    if (ORDERING.has(word) && !matchTopic([word], index).any) return false;
    // a vague qualifier ("big", "recent") or a word of merit ("best", "hot") is a theme's word only inside the
    // theme's own phrase ("big data")
    if (QUALIFIER_WORDS.has(word) || EVALUATIVE_WORDS.has(word)) return inThemePhrase(w.slice(k, k + 2).join(' '));
    // a word of the vocabulary inside a theme's own phrase ("big data"): the theme's
    if (inThemePhrase(w.slice(k - 1, k + 1).join(' ')) && QUALIFIER_WORDS.has(w[k - 1] ?? '')) return true;
    // a verb of having before a relation noun ("events that secured sponsors", "got speakers") is the verb, read by
    // `occurrenceVerbs`, not a theme's word
    if (!LEXICON.has(word) && verbClassAt([word])?.cls === 'have' && !matchTopic([word], index).any) return false;
    const readings = LEXICON.get(word);
    // a measure of companies or events ("revenue", "headcount", "age") is a theme's word only inside a theme's own
    // phrase ("revenue management companies"): alone before the noun ("small revenue sponsors") it measures the
    // companies, never names an industry whose name holds it
    if (readings?.some((r) => r.t === 'attribute' && MEASURE_ATTRIBUTES.has(r.attr)))
      return inThemePhrase(w.slice(k, k + 2).join(' ')) || inThemePhrase(w.slice(k - 1, k + 1).join(' '));
    // a discipline read as a title ("logistics", "supply chain") is also a theme's word before a marker noun
    return (
      !readings ||
      readings.every(
        (r) =>
          r.t === 'function' ||
          r.t === 'attribute' ||
          r.t === 'dimension' ||
          (r.t === 'title' && r.word.label === word),
      )
    );
  };
  /**
   * True when the word at k is inside a phrase of two or more unread words that the vocabulary reads as something
   * other than a discipline, a title or an asked detail (those may be a theme's words: "supply chain events").
   */
  const inPhraseOtherThanTheme = (k: number): boolean => {
    for (let a = Math.max(0, k - MAX_LEXICON_SPAN + 1); a <= k; a++)
      for (let b = Math.max(k + 1, a + 2); b <= Math.min(n, a + MAX_LEXICON_SPAN); b++) {
        if (claimed.slice(a, b).some(Boolean)) continue;
        const readings = LEXICON.get(w.slice(a, b).join(' '));
        if (readings?.some((r) => !['function', 'title', 'attribute', 'dimension', 'topic'].includes(r.t))) return true;
      }
    return false;
  };
  /**
   * "events google sponsors", "the expos that Meltwater partners at": a company's name of the data between a noun of
   * events (or the relative pronoun after one) and a word that is a relation's noun or its verb is the subject of the
   * verb, a relative clause on the events: the company, never a theme its words reach ("google": Technology), nor an
   * unknown theme. Left for the name reader (`lexiconPhrases` then reads the word as the verb after a name).
   */
  const subjectOfRelationVerb = (a: number, j: number): boolean => {
    const opener = ['that', 'which'].includes(w[a - 1] ?? '') ? a - 2 : a - 1;
    return (
      VERB_OR_NOUN.has(w[j] ?? '') &&
      EVENT_NOUN_WORDS.has(w[opener] ?? '') &&
      index.companies.has(w.slice(a, j).join(' '))
    );
  };
  /** The marker word opens a role phrase of the lexicon ("business development"): the role, no noun of companies. */
  const opensRole = (j: number): boolean =>
    LEXICON.get(w.slice(j, j + 2).join(' '))?.some((r) => r.t === 'title' || r.t === 'function') ?? false;
  /**
   * A noun of kind after the theme words, before a noun of companies or events or closing the clause ("financial
   * services type cos", "... banks or fintech types?"), never "of" after it ("what type of events": a question of kind).
   */
  const kindHedge = (j: number): boolean =>
    KIND_HEDGES.has(w[j] ?? '') &&
    j > 0 &&
    // "relation type", "event type": a phrase of the vocabulary (a field to group by), no hedge
    !LEXICON.has(`${w[j - 1] ?? ''} ${w[j] ?? ''}`) &&
    (j + 1 === n ||
      s.breaks.has(j + 1) ||
      (TOPIC_MARKERS_BEFORE.has(w[j + 1] ?? '') && !KIND_HEDGES.has(w[j + 1] ?? '')));
  /**
   * "aviation or space stuff", "cyber things happening next month": a vague noun standing for events (`VAGUE_NOUNS`)
   * heads the theme words before it as "events" does, a weak marker (a theme only where its words name one); never
   * inside a theme's own phrase ("internet of things") nor closing a list ("events and stuff").
   */
  const vagueHead = (j: number): boolean =>
    VAGUE_NOUNS.get(w[j] ?? '') === 'events' && j > 0 && !['of', 'and', 'or'].includes(w[j - 1] ?? '');
  /**
   * "conferences dedicated to information security", "firms focused on AI", "events centred on food": a past
   * participle of a verb of devotion (verb class `devote`, WordNet's "dedicate, devote" and "focus, concentrate")
   * before "to" / "on" is about the theme after it, as "related to" is.
   */
  const devotionParticiple = (k: number): boolean =>
    k > 0 &&
    !claimed[k] &&
    (w[k] ?? '').endsWith('ed') &&
    ['to', 'on', 'upon', 'around'].includes(w[k + 1] ?? '') &&
    verbClassAt([w[k] ?? ''])?.cls === 'devote';
  /**
   * "shows aimed at the construction sector", "events that cater to chefs", "summits geared towards fintech": a verb
   * of meaning something for a public (class `devote`: "calculate, aim", "target", "gear, pitch", "tailor, orient",
   * "cater to"), in any form, before "at" / "to" / "towards" / "for" / "on": whom the events are for, their theme.
   */
  const audienceVerb = (k: number): boolean => {
    if (k <= 0 || claimed[k] || !AUDIENCE_PREPOSITIONS.has(w[k + 1] ?? '') || LEXICON.has(w[k] ?? '')) return false;
    return verbClassAt([w[k] ?? '', w[k + 1] ?? ''])?.cls === 'devote';
  };
  for (let j = 0; j < n; j++) {
    if (claimed[j]) continue;
    const hedge = !claimed[j - 1] && kindHedge(j);
    if ((TOPIC_MARKERS_BEFORE.has(w[j] ?? '') || hedge || vagueHead(j)) && !opensRole(j)) {
      let a = j;
      // a theme never reaches back over a clause break ("who is in marketing. ahice sponsors")
      while (a > 0 && topicWord(a - 1) && j - a < 5 && !s.breaks.has(a)) a--;
      // a filler word opening a theme's own phrase ("information technology"): part of the theme, never dropped
      while (a > 0 && a < j && fillerOfTheme(a - 1, j)) a--;
      while (a < j && (w[a] === 'and' || w[a] === 'or')) a++;
      let b = j;
      while (b > a && (w[b - 1] === 'and' || w[b - 1] === 'or')) b--;
      if (b > a) {
        const words = w.slice(a, b);
        const strongMarker =
          (!['companies', 'company', 'events', 'event'].includes(w[j] ?? '') && !vagueHead(j)) ||
          matchTopic(words, index).any;
        const allFunctionWords = words
          .filter((x) => x !== 'and' && x !== 'or')
          .every((x) => LEXICON.get(x)?.some((r) => r.t === 'function'));
        // "the marketing ones" are people of a function; "the food and beverage ones" a theme
        if (
          w[j] === 'ones' &&
          (words.some((x) => LEXICON.get(x)?.some((r) => r.t === 'function')) || !matchTopic(words, index).any)
        )
          continue;
        const looksLikeName =
          !matchTopic(words, index).any && a > 0 && tokens.slice(a, b).every((t) => isCapitalised(t));
        if (looksLikeName) continue;
        if (strongMarker && nameBeforeMarker(words)) continue;
        // ... and before a noun of companies ("seamless companies": the companies at Seamless Asia)
        if (!['events', 'event'].includes(w[j] ?? '') && !matchTopic(words, index).any && oneEventsWord(words))
          continue;
        if (partOfOneName(words)) continue;
        if (subjectOfRelationVerb(a, j)) continue;
        if (strongMarker && !allFunctionWords && !knownTopic(words)) {
          // no theme, but a name typed loosely ("the submarine netwrks sponsors"): left for the name matcher
          if (matchLooseName(words, index).length > 0) continue;
          for (const x of unknownMembers(words)) if (!unknownTopics.includes(x)) unknownTopics.push(x);
          for (let q = a; q < b; q++) claimed[q] = true;
          continue;
        }
        if (hedge) {
          // the noun of kind marks a theme the data knows; it names no theme of its own
          if (!matchTopic(words, index).any || allFunctionWords) continue;
          claim(a, b, { t: 'topic', words });
          claim(j, j + 1, { t: 'sector' });
        } else if (strongMarker && !(allFunctionWords && !matchTopic(words, index).any))
          claim(a, b, { t: 'topic', words });
        else if (
          !allFunctionWords &&
          words.every((x) => x === 'and' || x === 'or' || (!LEXICON.has(x) && isEventWord(x)))
        )
          claim(a, b, { t: 'topic', words });
      }
    }
    // a marker that opens a longer phrase of the lexicon is that phrase ("companies on board": taking part)
    if ((TOPIC_MARKERS_AFTER.has(w[j] ?? '') || audienceVerb(j - 1)) && !LEXICON.has(w.slice(j, j + 2).join(' '))) {
      const devoted = devotionParticiple(j - 1) || audienceVerb(j - 1);
      const lead = devoted
        ? j - 1
        : w[j] === 'to'
          ? w[j - 1] === 'related' || w[j - 1] === 'relating'
            ? j - 1
            : -1
          : j;
      // the noun may sit further back: "events in Singapore are related to technology", "events between August and
      // October 2024 are about health": phrases already read (a period, a place, a name) are whole constituents
      // between the noun and its theme, and count as one word
      const nounBefore = themedNounBefore(w, claimed, lead, isPlace, raw) && !aboutIsVerbObject(w, claimed, j);
      if (lead >= 0 && nounBefore) {
        let b = j + 1;
        if (['tagged', 'labelled', 'labeled'].includes(w[j] ?? '') && (w[b] === 'as' || w[b] === 'with')) b++;
        if (w[b] === 'the') b++;
        const a = b;
        // a filler word opening a theme's own phrase ("about information security"): the theme's first word
        if ([2, 3].some((len) => b + len <= n && fillerOfTheme(b, b + len))) b++;
        while (b < n && topicWord(b) && b - a < 5 && !(b > a && s.breaks.has(b))) b++;
        while (b > a && (w[b - 1] === 'and' || w[b - 1] === 'or')) b--;
        // "events on the calendar", "sponsors on file": a noun naming the data itself is no theme (`discourse.ts`)
        if (b > a && w.slice(a, b).every((x) => DATA_SELF_WORDS.has(x) || DATA_SELF_LEADS.has(x))) continue;
        // "companies related to cloud expo asia": theme words running into a singular event noun are the words of an
        // event's name, left for the name reader (a theme is said of events in the plural: "related to cloud events")
        if (b > a && EVENT_NOUNS.has(w[b] ?? '') && matchLooseName(w.slice(a, b + 1), index).length > 0) continue;
        if (b > a && !knownTopic(w.slice(a, b)) && matchLooseName(w.slice(a, b), index).length === 0) {
          for (const x of unknownMembers(w.slice(a, b))) if (!unknownTopics.includes(x)) unknownTopics.push(x);
          for (let q = a; q < b; q++) claimed[q] = true;
        } else if (b > a) claim(a, b, { t: 'topic', words: w.slice(a, b) });
        // ... the participle of devotion with its preposition marks it, as "related to" does
        // (also when an earlier reader took the theme whole: "dedicated to cyber security")
        const themeAt = (k: number): boolean => s.mentions.some((m) => m.t === 'topic' && m.start === k);
        if (devoted && (b > a || themeAt(a))) claim(j - 1, j + 1, { t: 'sector' });
      }
    }
  }
  // ... and after a theme an earlier reader took whole ("banks / financial services type cos")
  for (let j = 1; j < n; j++)
    if (!claimed[j] && kindHedge(j) && s.mentions.some((m) => m.t === 'topic' && m.end === j))
      claim(j, j + 1, { t: 'sector' });
}
