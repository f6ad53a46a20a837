import { readAsRoles } from './scan/asRoles';
import { readIndefinitePersons } from './scan/indefinitePersons';
import { readInflectedVocabulary } from './scan/inflectedVocabulary';
import { readFillerInflections } from './scan/fillerInflections';
import { readAnswerShapes } from './scan/answerShapes';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { MONTHS } from '../lexicon/timeWords';
import { tokenize, type Token } from '../text/tokenize';
import { type CompoundVocabulary, joinedPairs, joinedPhrases, rejoinCompounds } from '../text/compounds';
import { TOPIC_SYNONYMS } from '../lexicon/topicSynonyms';
import { isContentless } from './shorthandOptions';
import { isDataName, type ValueIndex } from '../values/ValueIndex';
import { LEXICON, MAX_LEXICON_SPAN } from './lexiconTable';
import type { Relation } from '../ir/Request';
import type { Mention, MentionBody } from './Mention';
import { scanQuantity } from './scanQuantity';
import { scanTime } from './scanTime';
import { matchTopic } from './matchTopic';
import { rewriteEntitySynonyms } from './scan/entitySynonyms';
import { correctVocabularySpelling, isEnglishWord } from './scan/vocabularySpelling';
import { correctThemeSpelling } from './scan/themeWordSpelling';
import { findEventReferences } from './scan/eventByWords';
import { readNameTypos } from './scan/nameTypos';
import {
  capsOk as namesMayBeLowerCase,
  claim as claimTokens,
  createScanState,
  isCapitalised,
  isFree,
} from './scan/ScanState';
import { readShortEventNames } from './scan/shortEventNames';
import { readSameDates } from './scan/sameDates';
import { readContactsVsSize } from './scan/contactsVsSize';
import { readElsewhere } from './scan/elsewhere';
import { readFunctionIntersections } from './scan/functionIntersections';
import { readTitlePhrases } from './scan/titlePhrases';
import { readTitleContains } from './scan/titleContains';
import { readRelationNounAfterEvent } from './scan/relationNounAfterEvent';
import { readValues } from './scan/values';
import { readOccurrenceVerbs } from './scan/occurrenceVerbs';
import { readMissingValues } from './scan/missingValues';
import { readOrderingWords } from './scan/orderingWords';
import { readUnitPhrases } from './scan/unitPhrases';
import { readUniversalObjects } from './scan/universalObjects';
import { readIndefiniteObjects, readIndefiniteSubjects } from './scan/indefiniteObjects';
import { readRestatedTakingPart } from './scan/restatedTakingPart';
import { verbClassAt } from '../text/verbClasses';
import { matchLooseName, readLooseNames } from './scan/looseNames';
import { joinListedPeriods } from './scan/joinPeriods';
import { discourseTokens, releaseSpeakerOwnPeople } from './discourse';
import { releaseSocialClauses } from './socialClauses';
import { releaseSpeakerContext } from './speakerContext';
import { readUnheldAttributes } from './scan/unheldAttributes';
import { readSizeAdjectives } from './scan/sizeAdjectives';
import { readDegreeQuestions } from './scan/degreeQuestions';
import { readVenueVerbs } from './scan/venueVerbs';
import { CONSTITUENT_PLACE_WORDS, readConstituentPlaces } from './scan/constituentPlaces';
import { readCountryCodes } from './scan/countryCodes';
import { readSalesAsRevenue } from './scan/revenueSales';
import { readAfterthoughtPlaces } from './scan/afterthoughtPlaces';
import { readAcronymExpansions } from './scan/acronymExpansions';
import { readSeniorityRanges } from './scan/seniorityRanges';
import { readDemonymPeople } from './scan/demonymPeople';
import { readUnreadComparisons } from './scan/unreadComparisons';

export interface Scan {
  tokens: Token[];
  mentions: Mention[];
  /** Content words nothing could read. */
  ignored: string[];
  /** Runs of capitalised words nothing could read, with the mention before them ("sponsoring Foo Summit"). */
  unknownNames: { text: string; after: Mention | undefined }[];
  /** Themes that match no event tag, no industry and no event text ("quantum computing"). */
  unknownTopics: string[];
}

const TOPIC_MARKERS_BEFORE = new Set([
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
/** Possessives a grouping word may have before its dimension ("by their relation"): no content of their own. */
const POSSESSIVE_GAP: ReadonlySet<string> = new Set(['their', 'its', 'our', 'his', 'her']);
const DIMENSION_LEADS = new Set([
  'by',
  'per',
  'each',
  'every',
  'which',
  'what',
  'top',
  'many',
  'the',
  'across',
  'distinct',
  'different',
  'unique',
  'separate',
]);
const ENTITY_NOUNS_FOR_NEXT = new Set([
  'event',
  'events',
  'conference',
  'conferences',
  'company',
  'companies',
  'one',
  'exhibition',
  'exhibitions',
  'expo',
  'summit',
  'upcoming',
  'show',
  'fair',
  'festival',
]);

/** "sponsors or exhibitors", "sponsoring and exhibiting at": one mention with both relations. */
function mergeRelationLists(mentions: Mention[]): void {
  for (let k = 0; k + 2 < mentions.length; k++) {
    const a = mentions[k];
    const conj = mentions[k + 1];
    const b = mentions[k + 2];
    if (!a || !conj || !b || (conj.t !== 'and' && conj.t !== 'or')) continue;
    const bothNouns =
      a.t === 'entity' &&
      b.t === 'entity' &&
      a.entity === 'companies' &&
      b.entity === 'companies' &&
      a.relations &&
      b.relations &&
      a.relations.length > 0 &&
      b.relations.length > 0;
    const bothVerbs = a.t === 'relation' && b.t === 'relation' && a.relations.length > 0 && b.relations.length > 0;
    if (!bothNouns && !bothVerbs) continue;
    const union = [
      ...new Set([...(a as { relations: Relation[] }).relations, ...(b as { relations: Relation[] }).relations]),
    ];
    // "both sponsoring and exhibiting at X": each relation must hold (kept apart for the builder)
    if (bothVerbs && conj.t === 'and' && mentions[k - 1]?.t === 'both' && a.t === 'relation' && b.t === 'relation') {
      a.each = [...(a.each ?? [a.relations]), b.relations];
    }
    (a as { relations: Relation[] }).relations = union;
    a.end = b.end;
    a.text = `${a.text} ${conj.text} ${b.text}`;
    mentions.splice(k + 1, 2);
    k--;
  }
}

const QUESTION_WORDS = /^(which|what|who|whom|how many|how much|list|show|give|find|get)\b/i;

/**
 * Puts the question clause first: "In the next 12 months, which companies ...?", "Oil and gas events next year:
 * which companies are going?" and "I'm preparing a list. Could you show me ..." read as "which companies ...
 * <context>" (a request opener such as "could you" may lead the question clause).
 */
function questionClauseFirst(question: string): string {
  const m =
    /^(.{3,}?)\s*[,:;.!?–—-]\s+((?:(?:could|can|would|will)\s+(?:you|u)\s+|please\s+|pls\s+|kindly\s+)*(?:which|what|who|whom|how many|how much|list|show|give|find|get|pull)\b.*)$/is.exec(
      question.trim(),
    );
  if (!m || !m[1] || !m[2] || QUESTION_WORDS.test(m[1].trim())) return question;
  // the context stays a clause of its own (the discourse pass reads clauses)
  return `${m[2].replace(/[?.!]+\s*$/, '')}. ${m[1]}`;
}

const compoundVocabularies = new WeakMap<ValueIndex, CompoundVocabulary>();

/** The words and phrases known to the parser and the data, for `rejoinCompounds` (built once per index). */
function compoundVocabulary(index: ValueIndex): CompoundVocabulary {
  const cached = compoundVocabularies.get(index);
  if (cached) return cached;
  const phrases = [...LEXICON.keys(), ...index.events.keys(), ...index.companies.keys(), ...index.venues.keys()];
  const joined = joinedPhrases(phrases);
  const pairs = joinedPairs([...index.events.keys(), ...index.venues.keys()]);
  const made: CompoundVocabulary = {
    isWord: (x) =>
      LEXICON.has(x) ||
      FILLER_WORDS.has(x) ||
      index.commonWords.has(x) ||
      index.countries.has(x) ||
      index.cities.has(x) ||
      (index.companies.get(x)?.quality ?? 0) >= 2,
    isName: (x) => (index.companies.get(x)?.quality ?? 0) >= 2 || index.eventNameWords.has(x) || index.events.has(x),
    isPhrase: (p) =>
      LEXICON.has(p) || index.events.has(p) || index.companies.has(p) || index.venues.has(p) || index.countries.has(p),
    phraseOf: (x) => joined.get(x),
    pairOf: (x) => pairs.get(x),
    readsAsIs: (x) => isEnglishWord(x) || index.eventWords.has(x) || TOPIC_SYNONYMS[x] !== undefined,
    isFiller: isContentless,
  };
  compoundVocabularies.set(index, made);
  return made;
}

/** The words of the question that stand inside a multi-word lexicon phrase as typed ("c" and "suite" of "c suite"). */
function wordsInPhrases(w: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++)
    for (let len = 2; len <= MAX_LEXICON_SPAN && i + len <= w.length; len++)
      if (LEXICON.has(w.slice(i, i + len).join(' '))) for (const x of w.slice(i, i + len)) out.add(x);
  return out;
}

/** Removes example lists in parentheses: "(sponsor, partner, speaker, etc.)". */
function dropExampleParentheses(question: string): string {
  return question.replace(/\(([^)]*)\)/g, (whole, inner: string) =>
    /\b(etc|e\.?g|i\.?e|such as|like|for example)\b/i.test(inner) || inner.includes(',') ? ' ' : whole,
  );
}

/**
 * Reads the question into mentions. Recognisers run in this order over one `ScanState` (`scan/ScanState.ts`);
 * an earlier one wins the tokens it claims:
 *  1. token rewrites: misspelt vocabulary words (`scan/vocabularySpelling`), unknown entity nouns through
 *     WordNet (`scan/entitySynonyms`);
 *  2. a job title or a name fragment given literally ("the title CMO", "with 'Asia' in their name");
 *  3. names of several words from the database, longest first, then seniority ranges ("VP and above",
 *     "below C-level", `scan/seniorityRanges`: before quantities, which read "at least" / "under" too);
 *  4. events compared by their dates ("the same dates as X", `scan/sameDates`), contacts against the stated size
 *     (`scan/contactsVsSize`), then quantities (`scanQuantity`) and time (`scanTime`, periods in `periods.ts`);
 *  5. an event named by some of its words ("the space convention", `scan/eventByWords`);
 *  6. topics before event / company nouns ("oil and gas events");
 *  7. names with typos (`scan/nameTypos`), shortened event names (`scan/shortEventNames`), two-word job
 *     functions the data's job titles use ("revenue management people", `scan/titlePhrases`);
 *  8. lexicon phrases (`lexiconTable.ts`), longest at each position, with their context rules;
 *  9. single-word names and values (`scan/values`);
 * 10. events and companies named loosely, over the words still unread: acronyms, initialisms, a distinctive
 *     word, shortened or misspelt words (`scan/looseNames`);
 * 11. numbers and leftovers (reported in `ignored`, with `unclear` mentions' words).
 * To add a recogniser: a function of `ScanState` in `scan/`, called at the place in this order where it must
 * win over the later ones, with a table-driven test beside it.
 */
export function scanMentions(question: string, index: ValueIndex, asOf: string): Scan {
  const text = rejoinCompounds(questionClauseFirst(dropExampleParentheses(question)), compoundVocabulary(index));
  const tokens = tokenize(text);
  readSalesAsRevenue(tokens);
  // a word inside a phrase some recogniser reads ("suite" of "c suite") is spelt right as it is
  const inPhrase = wordsInPhrases(tokens.map((t) => t.norm));
  /** A filler, a month or a name in the data (an event, a company, a venue, a place): read as it is. */
  const fillerMonthOrName = (x: string): boolean =>
    FILLER_WORDS.has(x) || MONTHS[x] !== undefined || isDataName(index, x) || CONSTITUENT_PLACE_WORDS.has(x);
  /** A word some recogniser reads as it is: never respelt nor replaced by a synonym. */
  const knownWord = (x: string): boolean =>
    LEXICON.has(x) || fillerMonthOrName(x) || matchTopic([x], index).industries.length > 0;
  // a word the data itself uses is spelt right, whatever the vocabulary says (literal words: a typo shares a
  // stem with an industry as easily as with the word meant)
  // a vocabulary word typed in its other number ("by relation", "seniorities") is that word
  readInflectedVocabulary(tokens, (x) => inPhrase.has(x) || fillerMonthOrName(x));
  /** A word read as it is by some recogniser or the data: never respelt. */
  const spelledRight = (x: string): boolean =>
    inPhrase.has(x) ||
    LEXICON.has(x) ||
    fillerMonthOrName(x) ||
    index.eventWords.has(x) ||
    index.commonWords.has(x) ||
    verbClassAt([x]) !== null;
  const spellingTies = correctVocabularySpelling(tokens, spelledRight);
  correctThemeSpelling(tokens, index, spelledRight, isEnglishWord);
  readFillerInflections(tokens, (x) => inPhrase.has(x) || LEXICON.has(x) || fillerMonthOrName(x));
  // words of a vocabulary phrase ("c suite", "key account") are read by the phrase, never replaced by a synonym
  const inPhraseAt = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    for (let len = 2; len <= MAX_LEXICON_SPAN && i + len <= tokens.length; len++)
      if (
        LEXICON.has(
          tokens
            .slice(i, i + len)
            .map((t) => t.norm)
            .join(' '),
        )
      )
        for (let k = i; k < i + len; k++) inPhraseAt.add(k);
  rewriteEntitySynonyms(tokens, (x) => knownWord(x) || inPhrase.has(x), inPhraseAt);
  const state = createScanState(tokens, index, asOf);
  const { w, claimed, mentions, unknownTopics } = state;
  const n = w.length;
  /** True when a theme can be read: a tag or industry, or words that occur in some event. */
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
  const knownTopic = (words: string[]): boolean => {
    const m = matchTopic(words, index);
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
  const free = (a: number, b: number): boolean => isFree(state, a, b);
  const claim = (a: number, b: number, body: MentionBody): void => claimTokens(state, a, b, body);
  const capsOk = (a: number, b: number): boolean => namesMayBeLowerCase(state, a, b);

  // Misspelt vocabulary words with several equally near readings: asked about, never guessed.
  for (const tie of spellingTies)
    claim(tie.index, tie.index + 1, {
      t: 'unclear',
      about: 'word',
      why: 'several words are this close',
      options: tie.options,
    });
  // Pass 0: a job title given literally ("with 'partner' in their title", "the title Chief Marketing Officer").
  const titleAt = w.findIndex(
    (x) => x === 'title' || x === 'titles' || x === 'titled' || x === 'role' || x === 'position',
  );
  if (titleAt >= 0) {
    const quoted = /["“”'‘]([^"“”'‘’]{2,60})["“”'’]/.exec(question.replace(/(\w)'(\w)/g, '$1$2'));
    let phrase: string[] = [];
    let at = -1;
    if (quoted?.[1]) {
      phrase = tokenize(quoted[1], { wordNumbers: false }).map((t) => t.norm);
      at = w.findIndex((_, k) => phrase.every((p, j) => w[k + j] === p));
    } else {
      let k = titleAt + 1;
      while (
        [
          'is',
          'contains',
          'containing',
          'including',
          'includes',
          'like',
          'mentioning',
          'with',
          'as',
          'the',
          'a',
          'an',
        ].includes(w[k] ?? '')
      )
        k++;
      const startK = k;
      while (
        k < n &&
        isCapitalised(tokens[startK]) &&
        (isCapitalised(tokens[k]) || (['of', 'and', 'for', 'in'].includes(w[k] ?? '') && isCapitalised(tokens[k + 1])))
      )
        k++;
      if (k - startK >= 1 && k > titleAt + 1 && !index.people.has(w.slice(startK, k).join(' '))) {
        phrase = w.slice(startK, k);
        at = startK;
      }
    }
    if (at >= 0 && phrase.length > 0) {
      const label = phrase.join(' ');
      claim(at, at + phrase.length, { t: 'title', word: { phrase: label, label, patterns: [label] } });
    }
  }
  // Pass 0a: an unquoted word asked for inside titles ("hold a director title", "with manager in their title").
  readTitleContains(state);
  // Pass 0b: words asked for inside a name ("events with 'Asia' in their name", "companies whose name contains bank").
  const nameAt = w.findIndex((x) => x === 'name' || x === 'names');
  if (nameAt >= 0 && titleAt < 0) {
    const quoted = /["“”'‘]([^"“”'‘’]{2,60})["“”'’]/.exec(question.replace(/(\w)'(\w)/g, '$1$2'));
    let phrase: string[] = [];
    if (quoted?.[1]) phrase = tokenize(quoted[1], { wordNumbers: false }).map((t) => t.norm);
    else {
      const wordAt = w.findIndex((x, k) => (x === 'word' || x === 'term') && k + 1 < n && w[k + 1] !== 'in');
      const verbAt = ['contains', 'containing', 'includes', 'including', 'mentions', 'mentioning', 'with'].includes(
        w[nameAt + 1] ?? '',
      )
        ? nameAt + 1
        : -1;
      const theName =
        w[nameAt - 1] === 'the' &&
        ['with', 'has', 'have', 'having', 'by', 'of', 'under'].includes(w[nameAt - 2] ?? '') &&
        isCapitalised(tokens[nameAt + 1])
          ? nameAt + 1
          : -1;
      const at = wordAt >= 0 ? wordAt + 1 : verbAt >= 0 ? verbAt + 1 : theName;
      if (at >= 0 && at < n && !FILLER_WORDS.has(w[at] ?? '')) phrase = [w[at] ?? ''];
    }
    const at = phrase.length > 0 ? w.findIndex((_, k) => phrase.every((p, j) => w[k + j] === p)) : -1;
    if (at >= 0) {
      claim(at, at + phrase.length, {
        t: 'cond',
        cond: { kind: 'nameHas', words: [phrase.join(' ')], label: phrase.join(' '), negate: false },
      });
      for (const k of [at - 1]) if (k >= 0 && !claimed[k] && (w[k] === 'word' || w[k] === 'term')) claimed[k] = true;
    }
  }
  // Pass A: names of several words from the database (events, companies, venues), longest first.
  for (let len = Math.min(index.maxSpan, n); len >= 2; len--) {
    for (let i = 0; i + len <= n; i++) {
      if (!free(i, i + len)) continue;
      const key = w.slice(i, i + len).join(' ');
      const ev = index.events.get(key);
      if (ev && ev.quality >= 2) {
        claim(i, i + len, { t: 'event', hit: ev });
        continue;
      }
      const co = index.companies.get(key);
      if (co && co.quality >= 2 && (!co.needsCaps || capsOk(i, i + len))) {
        claim(i, i + len, { t: 'company', hit: co });
        continue;
      }
      const venue = index.venues.get(key);
      if (venue) {
        claim(i, i + len, { t: 'venue', hit: venue });
        continue;
      }
      // a state of several words ("new south wales", "the state of maryland") is no other reading
      const state = index.states.get(key);
      if (state) {
        claim(i, i + len, { t: 'state', label: state.label, values: state.values, cities: state.cities });
        continue;
      }
      // a country's nickname of several words holds words other recognisers read ("the land of the rising sun")
      const place = len >= 3 ? index.countries.get(key) : undefined;
      if (place && !place.strict) {
        claim(i, i + len, { t: 'country', names: place.names });
        continue;
      }
      const person = len <= 4 ? index.people.get(key) : undefined;
      if (
        person &&
        isCapitalised(tokens[i]) &&
        !w.slice(i, i + len).some((x) => LEXICON.has(x) || FILLER_WORDS.has(x))
      ) {
        claim(i, i + len, { t: 'person', hit: person });
        continue;
      }
    }
  }
  // a name typed in full before its acronym in parentheses: one reference
  readAcronymExpansions(state, question);
  // seniority ranges before quantities: "at least" / "under" compare levels there ("at least VP")
  readSeniorityRanges(state);
  // events compared with a named event's dates; people counts compared with the stated size
  readSameDates(state);
  readContactsVsSize(state);
  readVenueVerbs(state);
  readAfterthoughtPlaces(state, question);
  // a country code in capitals after a place word, before the lexicon reads it as a word ("in ARE", "from NOR")
  readCountryCodes(state);
  // a part of a country ("England") before any other reading of its words (a typo of a country, a name's word)
  readConstituentPlaces(state);
  // Pass B: quantities, then time.
  for (const h of scanQuantity(tokens, claimed, Number(asOf.slice(0, 4))))
    mentions.push({ start: h.start, end: h.end, text: w.slice(h.start, h.end).join(' '), t: 'cond', cond: h.cond });
  for (const h of scanTime(tokens, claimed, asOf)) {
    const text = w.slice(h.start, h.end).join(' ');
    if ('cond' in h) mentions.push({ start: h.start, end: h.end, text, t: 'cond', cond: h.cond });
    else {
      mentions.push({ start: h.start, end: h.end, text, t: 'unclear', about: 'time', why: h.unclear, options: [] });
    }
  }
  // a comparison with a number neither could read counts something the data does not hold: asked about
  readUnreadComparisons(state);

  // size adjectives after the numbers they may announce ("smaller cos (under 50 staff)"); "how big" asks the size
  readDegreeQuestions(state);
  readSizeAdjectives(state);

  // Events by a few words of their name: "the space convention" (one event, or the candidates to ask about).
  for (const r of findEventReferences(w, claimed, index)) if (free(r.start, r.end)) claim(r.start, r.end, r.body);

  /** A free-text topic word must occur in some event, and not in most of them. */
  const isEventWord = (x: string): boolean => {
    const count = index.eventWords.get(x) ?? 0;
    return count > 0 && count <= Math.max(3, index.eventCount / 4);
  };
  // Pass C: topics ("oil and gas events", "companies in the pharmaceuticals sector", "events about blockchain").
  const topicWord = (k: number): boolean => {
    if (k < 0 || k >= n || claimed[k]) return false;
    const word = w[k] ?? '';
    if (word === 'and' || word === 'or') return true;
    if (word === 'it' && tokens[k]?.raw === 'IT') return true;
    // a marker word that is itself an event theme ("space industry events"): the theme when another marker follows
    // ... and one that is not ("trade shows") is part of the noun, not a theme
    const markerOnly = LEXICON.get(word)?.every((r) => r.t === 'sector') ?? false;
    if (TOPIC_MARKERS_BEFORE.has(word) && TOPIC_MARKERS_BEFORE.has(w[k + 1] ?? ''))
      return markerOnly && matchTopic([word], index).tags.length > 0;
    if (FILLER_WORDS.has(word) || /^\d/.test(word) || index.countries.has(word)) return false;
    const readings = LEXICON.get(word);
    return !readings || readings.every((r) => r.t === 'function' || r.t === 'attribute' || r.t === 'dimension');
  };
  for (let j = 0; j < n; j++) {
    if (claimed[j]) continue;
    if (TOPIC_MARKERS_BEFORE.has(w[j] ?? '')) {
      let a = j;
      while (a > 0 && topicWord(a - 1) && j - a < 5) a--;
      while (a < j && (w[a] === 'and' || w[a] === 'or')) a++;
      let b = j;
      while (b > a && (w[b - 1] === 'and' || w[b - 1] === 'or')) b--;
      if (b > a) {
        const words = w.slice(a, b);
        const strongMarker =
          !['companies', 'company', 'events', 'event'].includes(w[j] ?? '') || matchTopic(words, index).any;
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
        if (strongMarker && !allFunctionWords && !knownTopic(words)) {
          // no theme, but a name typed loosely ("the submarine netwrks sponsors"): left for the name matcher
          if (matchLooseName(words, index).length > 0) continue;
          unknownTopics.push(words.join(' '));
          for (let q = a; q < b; q++) claimed[q] = true;
          continue;
        }
        if (strongMarker && !(allFunctionWords && !matchTopic(words, index).any)) claim(a, b, { t: 'topic', words });
        else if (
          !allFunctionWords &&
          words.every((x) => x === 'and' || x === 'or' || (!LEXICON.has(x) && isEventWord(x)))
        )
          claim(a, b, { t: 'topic', words });
      }
    }
    // a marker that opens a longer phrase of the lexicon is that phrase ("companies on board": taking part)
    if (TOPIC_MARKERS_AFTER.has(w[j] ?? '') && !LEXICON.has(w.slice(j, j + 2).join(' '))) {
      const lead = w[j] === 'to' ? (w[j - 1] === 'related' || w[j - 1] === 'relating' ? j - 1 : -1) : j;
      // the noun may sit further back: "events in Singapore are related to technology"
      const nounBefore = [1, 2, 3, 4, 5, 6].some(
        (d) =>
          (d <= 3 || w.slice(lead - d, lead).some((x) => ['are', 'is', 'that', 'which'].includes(x))) &&
          [
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
          ].includes(w[lead - d] ?? ''),
      );
      if (lead >= 0 && nounBefore) {
        let b = j + 1;
        if (['tagged', 'labelled', 'labeled'].includes(w[j] ?? '') && (w[b] === 'as' || w[b] === 'with')) b++;
        if (w[b] === 'the') b++;
        const a = b;
        while (b < n && topicWord(b) && b - a < 5) b++;
        while (b > a && (w[b - 1] === 'and' || w[b - 1] === 'or')) b--;
        if (b > a && !knownTopic(w.slice(a, b)) && matchLooseName(w.slice(a, b), index).length === 0) {
          unknownTopics.push(w.slice(a, b).join(' '));
          for (let q = a; q < b; q++) claimed[q] = true;
        } else if (b > a) claim(a, b, { t: 'topic', words: w.slice(a, b) });
      }
    }
  }

  readNameTypos(state);
  readShortEventNames(state);
  readTitlePhrases(state);
  readRelationNounAfterEvent(state);
  readMissingValues(state);
  /** True when a lexicon phrase of one of these kinds starts at token j. */
  const phraseAt = (j: number, kinds: readonly MentionBody['t'][]): boolean => {
    for (let len = 1; len <= 3 && j + len <= n; len++) {
      if (LEXICON.get(w.slice(j, j + len).join(' '))?.some((x) => kinds.includes(x.t))) return true;
    }
    return false;
  };
  // Pass D: lexicon phrases, longest at each position.
  const priorEntity = (): boolean =>
    mentions.some((m) => m.t === 'entity' || m.t === 'company' || m.t === 'event' || m.t === 'who');
  const lastMention = (): Mention | undefined => {
    let best: Mention | undefined;
    for (const m of mentions) if (!best || m.start > best.start) best = m;
    return best;
  };
  for (let i = 0; i < n; i++) {
    if (claimed[i]) continue;
    let chosen: { len: number; body: MentionBody } | null = null;
    for (let len = Math.min(MAX_LEXICON_SPAN, n - i); len >= 1 && !chosen; len--) {
      if (!free(i, i + len)) continue;
      const key = w.slice(i, i + len).join(' ');
      const readings = LEXICON.get(key);
      if (!readings) continue;
      const before = mentions.filter((m) => m.end <= i).sort((x, y) => x.start - y.start);
      const prevM = before[before.length - 1];
      const prevWord = w[i - 1] ?? '';
      const nextWord = w[i + len] ?? '';
      for (const r of readings) {
        if (r.t === 'function' && key === 'it' && tokens[i]?.raw !== 'IT') continue;
        if (r.t === 'dimension') {
          const allFillerBefore = w
            .slice(0, i)
            .every((x, k) => !claimed[k] && (FILLER_WORDS.has(x) || /^\d+$/.test(x)));
          const entityBefore =
            ['event', 'company', 'contact', 'people'].includes(prevWord) &&
            (DIMENSION_LEADS.has(w[i - 2] ?? '') || i === 1);
          // "role breakdown", "country split": the dimension names the grouping word after it
          const groupAfter = ['breakdown', 'split', 'distribution', 'mix'].includes(nextWord);
          if (!(
            DIMENSION_LEADS.has(prevWord) ||
            (POSSESSIVE_GAP.has(prevWord) && DIMENSION_LEADS.has(w[i - 2] ?? '')) ||
            /^\d+$/.test(prevWord) ||
            allFillerBefore ||
            prevM?.t === 'group' ||
            entityBefore ||
            groupAfter
          ))
            continue;
          if (
            [
              'event',
              'company',
              'type',
              'types',
              'role',
              'level',
              'levels',
              'function',
              'functions',
              'title',
              'venue',
              'venues',
            ].includes(key) &&
            ['event', 'company', 'contact', 'people'].includes(prevWord)
          ) {
            /* "event venues" */
          } else if (
            ['event', 'company', 'type', 'types', 'role', 'level', 'levels', 'function', 'functions', 'title'].includes(
              key,
            ) &&
            !['by', 'per', 'each', 'every'].includes(prevWord) &&
            !groupAfter
          )
            continue;
        }
        if (r.t === 'relpron' && i === 0) continue;
        if (
          r.t === 'attribute' &&
          ['industry', 'industries', 'sector', 'sectors'].includes(key) &&
          (prevM?.t === 'topic' || nextWord === '')
        )
          continue;
        if (r.t === 'who' && i > 0 && priorEntity() && !['and', 'so', 'then'].includes(prevWord)) {
          chosen = { len, body: { t: 'relpron' } };
          break;
        }
        if (
          r.t === 'group' &&
          key === 'by' &&
          (prevM?.t === 'relation' ||
            prevM?.t === 'employment' ||
            (prevM?.t === 'entity' && prevM.end === i && /ed$/.test(prevWord)))
        )
          continue;
        const eachOfThem =
          key === 'each' && nextWord === 'of' && ['them', 'those', 'these'].includes(w[i + len + 1] ?? '');
        // "by their relation", "by its country": a possessive between the grouping word and the dimension
        const possessiveGap = POSSESSIVE_GAP.has(nextWord) && phraseAt(i + len + 1, ['dimension']);
        if (
          r.t === 'group' &&
          (key === 'by' || key === 'each') &&
          !phraseAt(i + len, ['dimension', 'entity']) &&
          !eachOfThem &&
          !possessiveGap
        )
          continue;
        if (r.t === 'group' && possessiveGap && free(i + len, i + len + 1)) claimed[i + len] = true;
        if (
          r.t === 'superlative' &&
          ['highest', 'lowest', 'maximum', 'minimum'].includes(key) &&
          !phraseAt(i + len, ['attribute'])
        )
          continue;
        if (
          r.t === 'superlative' &&
          ['next', 'first', 'last', 'latest', 'earliest', 'soonest'].includes(key) &&
          !ENTITY_NOUNS_FOR_NEXT.has(nextWord) &&
          !phraseAt(i + len, ['attribute']) &&
          !(
            ['starts', 'start', 'begins', 'happens', 'comes', 'takes'].includes(prevWord) ||
            (prevWord === 'place' && nextWord === '')
          )
        )
          continue;
        if (r.t === 'relation' && r.ambiguous) {
          const nameBefore =
            i > 1 && !claimed[i - 1] && (index.companies.has(prevWord) || isCapitalised(tokens[i - 1]));
          const verbContext =
            nameBefore ||
            (prevM &&
              ((prevM.t === 'entity' && prevM.entity !== 'events' && prevM.relations === null) ||
                prevM.t === 'company' ||
                prevM.t === 'who' ||
                prevM.t === 'relpron' ||
                (prevM.t === 'anaphor' && prevM.strong) ||
                prevM.t === 'refine'));
          // "events that have sponsors": the object of "have" is a noun, not the verb
          const objectOfHave = ['have', 'has', 'had', 'having', 'with', 'any', 'no'].includes(prevWord);
          if (!verbContext || objectOfHave || ['of', 'for', 'at', 'in', 'from'].includes(nextWord)) continue;
        }
        if (r.t === 'entity' && r.relations !== null && readings.some((x) => x.t === 'relation')) {
          // reached only when the verb reading was rejected: a relation noun ("the sponsors")
        }
        if (r.t === 'most' && key === 'more' && !LEXICON.get(nextWord)?.some((x) => x.t === 'entity')) continue;
        if (r.t === 'aggFn' && key === 'total' && (nextWord === 'number' || nextWord === '')) continue;
        chosen = { len, body: r };
        break;
      }
    }
    if (chosen) {
      claim(i, i + chosen.len, chosen.body);
      i += chosen.len - 1;
    }
  }
  void lastMention;

  readOccurrenceVerbs(state);
  readOrderingWords(state);
  readUnitPhrases(state);
  readUniversalObjects(state);
  readIndefiniteObjects(state);
  readValues(state);
  readLooseNames(state);
  readIndefinitePersons(state);
  readIndefiniteSubjects(state);
  readRestatedTakingPart(state);
  readUnheldAttributes(state);
  // Words about the conversation, not the data (pronouns, hedges, "in our db", a clause about the speaker).
  readFunctionIntersections(state);
  readElsewhere(state);
  const ownPeople = releaseSpeakerOwnPeople(state);
  const social = releaseSocialClauses(text, state);
  const context = releaseSpeakerContext(text, state, new Set(social));
  const discourse = discourseTokens(text, state);
  for (const k of [...ownPeople, ...social, ...context]) discourse[k] = true;
  // Pass F: numbers; leftover content words after "in" become topics, the rest is reported as ignored.
  const ignored: string[] = [];
  const ignoredAt: number[] = [];
  for (let i = 0; i < n; i++) {
    if (claimed[i]) continue;
    const word = w[i] ?? '';
    // a number inside a social clause ("quick one", "before my 10am") counts nothing
    if (/^\d+$/.test(word) && !discourse[i]) {
      claim(i, i + 1, { t: 'number', value: Number(word) });
      continue;
    }
    if (FILLER_WORDS.has(word) || word === '$' || discourse[i]) continue;
    if (word.length > 4 && word.endsWith('s') && matchTopic([word], index).industries.length > 0) {
      claim(i, i + 1, { t: 'topic', words: [word] });
      mentions.push({
        start: i,
        end: i + 1,
        text: tokens[i]?.raw ?? word,
        t: 'entity',
        entity: 'companies',
        relations: null,
      });
      continue;
    }
    if (w[i - 1] === 'in' || (w[i - 1] === 'the' && w[i - 2] === 'in')) {
      let b = i;
      while (b < n && !claimed[b] && !FILLER_WORDS.has(w[b] ?? '') && b - i < 4) b++;
      const words = w.slice(i, b);
      if (matchTopic(words, index).any) {
        claim(i, b, { t: 'topic', words });
        i = b - 1;
        continue;
      }
    }
    ignored.push(tokens[i]?.raw ?? word);
    ignoredAt.push(i);
  }
  mentions.sort((a, b) => a.start - b.start);
  joinListedPeriods(mentions);
  // recognised but not representable: reported like unread words until the parser asks about them
  for (const m of mentions) if (m.t === 'unclear') ignored.push(m.text);
  mentions.sort((a, b) => a.start - b.start);
  mergeRelationLists(mentions);
  readAsRoles(mentions, w);
  readDemonymPeople(mentions);
  readAnswerShapes(mentions, tokens, ignored);
  const unknownNames: Scan['unknownNames'] = [];
  for (let k = 0; k < ignoredAt.length; k++) {
    const i = ignoredAt[k] ?? 0;
    if (i === 0 || !isCapitalised(tokens[i]) || (k > 0 && ignoredAt[k - 1] === i - 1 && isCapitalised(tokens[i - 1])))
      continue;
    let j = i;
    while (j + 1 < n && isCapitalised(tokens[j + 1])) j++;
    let before: Mention | undefined;
    for (const m of mentions) if (m.end <= i) before = m;
    unknownNames.push({
      text: tokens
        .slice(i, j + 1)
        .map((t) => t.raw)
        .join(' '),
      after: before && before.end >= i - 2 ? before : undefined,
    });
  }
  return { tokens, mentions, ignored, unknownNames, unknownTopics };
}
