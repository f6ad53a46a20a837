/**
 * Lexicon phrases (`lexiconTable.ts`), longest at each position, each reading kept only where its context rules
 * allow it: a dimension word after a grouping word ("by country"), "who" as a relative pronoun after a noun, a
 * relation verb only in a verb's place ("companies sponsoring X", not "the sponsors of X"), "next" / "first"
 * before an event noun, "by" / "each" before a dimension or an entity, ...
 */
import { AUXILIARY_VERBS } from '../../lexicon/auxiliaryWords';
import { MEASURE_QUALIFIERS, ORDERING_WORDS } from '../../lexicon/aggregateWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { REPLACING_WORDS } from '../../lexicon/discourseWords';
import { FRACTION_DIMENSIONS, FRACTION_NUMERATORS } from '../../lexicon/dimensionWords';
import { ROW_NOUNS } from '../../lexicon/entityWords';
import { HEADQUARTERS_NOUNS } from '../../lexicon/placeWords';
import { NON_EMPLOYER_PARTICLES, VERB_OR_NOUN } from '../../lexicon/relationWords';
import { LEXICON, MAX_LEXICON_SPAN } from '../lexiconTable';
import { STATED_SIZE_NOUNS } from '../statedSizeAsked';
import type { MentionBody } from '../Mention';
import { claim as claimTokens, isCapitalised, isFree, type ScanState } from './ScanState';
import { relationNounOfEventWord } from './eventWordRelationNouns';
import { subjectOnEvents } from './relativeSubjects';
import { isTimeNoun } from '../../text/timeNouns';

/** Determiners before a word that is a relation verb or noun: only the noun stands after them. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'its', 'those', 'these', 'our', 'my', 'your']);

/** Readings that open a clause or a phrase of their own: words of these are no part of a verb's subject. */
const CLAUSE_READINGS: ReadonlySet<string> = new Set([
  'prep',
  'relation',
  'relpron',
  'copula',
  'neg',
  'who',
  'and',
  'or',
]);
/** Nouns of people the entity vocabulary does not list (a department, chat words), after "it" in "the it guys". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['department', 'dept', 'guys', 'ppl', 'crew', 'side']);
const ORDERING: ReadonlySet<string> = new Set(ORDERING_WORDS);
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
/** Words saying the earlier answer is asked again ("same but for cities"): "for" then leads a dimension. */
const SAME_WORDS: ReadonlySet<string> = new Set(['same', 'ditto', 'likewise']);
/** Words opening a relative clause after a noun ("every company that's ...", "each event which ..."). */
const RELATIVE_LEADS: ReadonlySet<string> = new Set(['that', 'thats', 'which', 'who', 'whose']);
/** How many words of modifiers may stand between a noun and the relative clause describing it. */
const MAX_MODIFIER_WORDS = 8;
/** Nouns of an entity in the singular, as they modify a dimension of theirs ("event venues", "company countries"). */
const ENTITY_MODIFIERS: ReadonlySet<string> = new Set(['event', 'company', 'contact', 'people']);
/**
 * Nouns of an entity as the possessor of a dimension after "by the" ("by the companies' country": the apostrophe is
 * gone by now), singular or plural.
 */
const ENTITY_POSSESSORS: ReadonlySet<string> = new Set(['event', 'events', 'company', 'companies']);
/** Dimension words an entity noun before them forms a kind with ("event type", "company role"), not a field of it. */
const MODIFIED_DIMENSIONS: ReadonlySet<string> = new Set([
  'event',
  'company',
  'type',
  'types',
  'role',
  'roles',
  'level',
  'levels',
  'function',
  'functions',
  'title',
]);
/** Determiners of a whole set of the data after "across" ("across the sponsors", "across all events"). */
const SET_DETERMINERS: ReadonlySet<string> = new Set(['the', 'all', 'these', 'those', 'our', 'every', 'each']);
/** Participles of an event's running before a noun of time ("the longest running time"). */
const RUNNING_WORDS: ReadonlySet<string> = new Set(['running', 'run']);
/** Words of an event's own first and last days ("opening day", "the start", "closing date", "finish"). */
const EVENT_BOUND_WORDS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'opening',
  'first',
  'start',
  'starting',
  'beginning',
  'day',
  'days',
  'date',
  'closing',
  'last',
  'final',
  'end',
  'ending',
  'finish',
]);
const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru']);

/**
 * Length of a gloss of an event's length by its own bounds at k ("from opening day to closing day", "start to
 * finish", "from the first day through the last"), or 0: words of the event's bounds only, joined by a word of a
 * range, so no date of the calendar is in it.
 */
function eventBoundsGlossAt(w: readonly string[], k: number): number {
  let j = w[k] === 'from' ? k + 1 : k;
  const first = j;
  while (j < first + 3 && EVENT_BOUND_WORDS.has(w[j] ?? '')) j++;
  if (j === first || !RANGE_WORDS.has(w[j] ?? '')) return 0;
  const second = ++j;
  while (j < second + 3 && EVENT_BOUND_WORDS.has(w[j] ?? '')) j++;
  return j === second ? 0 : j - k;
}

/** Nouns of a grouping, before or after its dimension ("role breakdown", "breakdown of relation types"). */
const GROUPING_NOUNS: ReadonlySet<string> = new Set(['breakdown', 'split', 'distribution', 'mix']);
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

export function readLexiconPhrases(s: ScanState): void {
  const { w, tokens, index, claimed, mentions } = s;
  const n = w.length;
  const free = (a: number, b: number): boolean => isFree(s, a, b);
  const claim = (a: number, b: number, body: MentionBody): void => claimTokens(s, a, b, body);
  /** True when a lexicon phrase of one of these kinds starts at token j. */
  const phraseAt = (j: number, kinds: readonly MentionBody['t'][]): boolean => {
    // every phrase length the lexicon holds ("how they are involved" is a dimension of four words)
    for (let len = 1; len <= MAX_LEXICON_SPAN && j + len <= n; len++) {
      if (LEXICON.get(w.slice(j, j + len).join(' '))?.some((x) => kinds.includes(x.t))) return true;
    }
    return false;
  };
  /**
   * How many words saying how a figure is stated ("reported", "annual") stand at j before a measure the lexicon reads
   * ("the highest REPORTED revenue"): 0 when none do, or when no measure follows them.
   */
  const qualifiersBeforeMeasure = (j: number): number => {
    let k = j;
    while (k < n && k - j < 3 && MEASURE_QUALIFIERS.has(w[k] ?? '') && !phraseAt(k, ['attribute'])) k++;
    return k > j && phraseAt(k, ['attribute']) ? k - j : 0;
  };
  /**
   * True when an aggregate's word and the measure it adds up stand at j ("the highest TOTAL revenue", "the lowest
   * combined headcount"): the superlative before them ranks groups by that aggregate (`build/chooseShape.ts`).
   */
  const aggregateBeforeMeasure = (j: number): boolean =>
    phraseAt(j, ['aggFn']) && [1, 2].some((len) => phraseAt(j + len, ['attribute']));
  /**
   * A dimension of an entity's own starts at j ("country", "hq country", "industry"): a noun of the entity before
   * it modifies it. Dimension words that are themselves the modified kind ("event type", "company role") are not.
   */
  const modifiesDimension = (j: number): boolean => {
    const at = HEADQUARTERS_NOUNS.has(w[j] ?? '') ? j + 1 : j;
    return phraseAt(at, ['dimension']) && !MODIFIED_DIMENSIONS.has(w[at] ?? '');
  };
  /**
   * A relative clause opens at j or after the noun's modifiers, within the clause ("every event THAT ...", "every
   * event in 2025 THAT ..."): the noun with "every" before it is the set the clause describes.
   */
  const relativeClauseAfter = (j: number): boolean => {
    for (let k = j; k < Math.min(n, j + MAX_MODIFIER_WORDS + 1); k++) {
      if (k > j && s.breaks.has(k)) return false;
      if (RELATIVE_LEADS.has(w[k] ?? '')) return true;
    }
    return false;
  };
  /** The length of "of (the / their / its) headquarters" at j, 0 when no headquarters noun is there. */
  const headquartersOwner = (j: number): number => {
    if (w[j] !== 'of') return 0;
    const noun = w[j + 1] === 'the' || POSSESSIVE_GAP.has(w[j + 1] ?? '') ? j + 2 : j + 1;
    for (const len of [2, 1]) {
      if (HEADQUARTERS_NOUNS.has(w.slice(noun, noun + len).join(' ')) && free(j, noun + len)) return noun + len - j;
    }
    return 0;
  };
  /** A noun of people at k: "people", "staff", "folks", a seniority noun ("managers"), a department. */
  const peopleNounAt = (k: number): boolean =>
    PEOPLE_NOUNS.has(w[k] ?? '') ||
    (LEXICON.get(w[k] ?? '')?.some(
      (x) => (x.t === 'entity' && x.entity === 'people') || (x.t === 'seniority' && x.noun),
    ) ??
      false);
  /** A job-function word at k ("marketing" of "it and marketing people"). */
  const functionAt = (k: number): boolean => LEXICON.get(w[k] ?? '')?.some((x) => x.t === 'function') ?? false;
  /**
   * "it" at i modifies a people noun: right before it, or listed with other functions before it ("it and
   * marketing people", "sales and it people").
   */
  const itBeforePeople = (i: number): boolean => {
    if (peopleNounAt(i + 1)) return true;
    const joiner = (k: number): boolean => ['and', 'or', '&', ','].includes(w[k] ?? '');
    return (joiner(i + 1) && functionAt(i + 2)) || (joiner(i - 1) && functionAt(i - 2) && peopleNounAt(i + 1));
  };
  /**
   * A noun, name or "who" read before token i, which a "who" at i may relate to ("companies who sponsor X"); a name
   * read after it is none ("anyone based in Japan who works at Fujistu": the slip's name, read before this pass,
   * made "who" a relative of nothing and the company the answer).
   */
  /** A noun or name before `i` that "who" may refer back to (people or companies: no event is a "who"). */
  const priorAnimate = (i: number): boolean =>
    mentions.some(
      (m) =>
        m.end <= i &&
        ((m.t === 'entity' && m.entity !== 'events' && m.entity !== 'participations') ||
          m.t === 'company' ||
          m.t === 'who'),
    );
  /** Whether the question names company-event participations ("participations", "company-event records"). */
  const participationsNamed = w.some(
    (x, k) =>
      (x === 'company' && w[k + 1] === 'event' && ROW_NOUNS.has(w[k + 2] ?? '')) ||
      [1, 2, 3].some((len) =>
        LEXICON.get(w.slice(k, k + len).join(' '))?.some((r) => r.t === 'entity' && r.entity === 'participations'),
      ),
  );
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
      // "companies that sponsor and partner", "cos that exhibit or sponsor": a bare relation word joined right after a
      // relation verb is a second verb of the same subject, not a noun (read as a noun, the first verb took it as
      // its object and "sponsor" was lost)
      const joiner = prevM && (prevM.t === 'and' || prevM.t === 'or') && prevM.end === i ? prevM : null;
      const verbBeforeJoiner = joiner ? before[before.length - 2] : undefined;
      const joinedToVerb =
        !key.endsWith('s') &&
        VERB_OR_NOUN.has(key) &&
        verbBeforeJoiner?.t === 'relation' &&
        verbBeforeJoiner.end === joiner?.start;
      // "events Meltwater sponsors", "conferences that Google partners at": the verb of a company's relative clause on
      // the events, its preposition stranded after it, never the noun
      // (the company read already, or a word before the verb that names one: names are read after this step)
      const subjectStart =
        prevM?.t === 'company' && prevM.end === i
          ? prevM.start
          : i > 0 && !claimed[i - 1] && (index.companies.has(prevWord) || isCapitalised(tokens[i - 1]))
            ? i - 1
            : -1;
      const companyClause =
        VERB_OR_NOUN.has(key) &&
        readings.some((r) => r.t === 'relation') &&
        subjectStart > 0 &&
        subjectOnEvents(s, subjectStart);
      for (const r of readings) {
        if ((joinedToVerb || companyClause) && r.t === 'entity') continue;
        // "it" is the pronoun unless typed IT, or right before a noun of people ("the it people", "it managers",
        // "our it dept"): a pronoun never modifies the noun after it
        if (r.t === 'function' && key === 'it' && tokens[i]?.raw !== 'IT' && !itBeforePeople(i)) continue;
        if (r.t === 'dimension') {
          // "rank roles by how many participations each has": a dimension word that is also people's job titles
          // ("roles") is the dimension only in a question about participations
          if (readings.some((x) => x.t === 'attribute' && x.attr === 'job_title') && !participationsNamed) continue;
          // "a quarter of the events", "three quarters of them" are fractions, no calendar quarter to group by (the
          // numerator as typed: "three" is read as the number 3 by now, and "top 3 quarters" are calendar ones)
          const typedBefore = tokens[i - 1]?.raw.toLowerCase() ?? '';
          if (FRACTION_DIMENSIONS.has(r.dim) && FRACTION_NUMERATORS.has(typedBefore)) continue;
          // "company-event records", "event rows": a word before a noun of rows names the rows' entity, no grouping
          // (a clause's break between them joins no compound: "by industry, listing each ..." is still the grouping)
          if (ROW_NOUNS.has(nextWord) && !s.breaks.has(i + len)) continue;
          // "by company country", "by event month", "by company hq country": a noun of an entity right before a
          // dimension says whose dimension it is (the noun is read as the modifier, the grouping is the next word's)
          if (ENTITY_MODIFIERS.has(key) && modifiesDimension(i + len)) continue;
          // "rank the hq countries", "top 3 headquarters countries": a headquarters noun before a country is the
          // company's own country; the words before the noun lead the dimension
          const hqBefore = r.dim === 'country' && HEADQUARTERS_NOUNS.has(prevWord);
          const lead = hqBefore ? i - 1 : i;
          const leadWord = w[lead - 1] ?? '';
          /** Whether the words before token `at` lead a grouping: the dimension (or its entity modifier) starts there. */
          const ledAt = (at: number): boolean => {
            const word = w[at - 1] ?? '';
            const m = before.filter((x) => x.end <= at).at(-1);
            // "the most common country", "the least frequent job function": the value that comes up most is asked
            const frequencyBefore = m?.t === 'most' && m.end === at;
            // "rank countries by ...", "sort the cities by ...": the verb of ordering leads its object, the dimension
            const orderedBefore = ORDERING.has(word) || (word === 'the' && ORDERING.has(w[at - 2] ?? ''));
            const allFillerBefore = w
              .slice(0, at)
              .every((x, k) => !claimed[k] && (FILLER_WORDS.has(x) || /^\d+$/.test(x)));
            // "same but for cities, top 5", "the same for countries": the earlier answer asked again over another
            // dimension ("for" a name swaps the name instead)
            const sameFor = word === 'for' && w.slice(0, at - 1).some((x) => SAME_WORDS.has(x));
            return (
              sameFor ||
              frequencyBefore ||
              orderedBefore ||
              DIMENSION_LEADS.has(word) ||
              (POSSESSIVE_GAP.has(word) && DIMENSION_LEADS.has(w[at - 2] ?? '')) ||
              /^\d+$/.test(word) ||
              allFillerBefore ||
              m?.t === 'group'
            );
          };
          // "event countries", "rank the top 3 company countries", "most common company industries": a noun of the
          // entity before the dimension says whose it is, and the words before that noun lead the grouping
          // "by the companies' country": the possessor after "by the"
          const entityBefore =
            (ENTITY_MODIFIERS.has(leadWord) && ledAt(lead - 1)) ||
            (ENTITY_POSSESSORS.has(leadWord) && w[lead - 2] === 'the' && ledAt(lead - 2));
          // "role breakdown", "country split": the dimension names the grouping word after it
          const groupAfter = GROUPING_NOUNS.has(nextWord);
          // "breakdown of relation types", "a split by country": the grouping word before it
          const groupBefore =
            GROUPING_NOUNS.has(leadWord) || (leadWord === 'of' && GROUPING_NOUNS.has(w[lead - 2] ?? ''));
          if (!(ledAt(lead) || entityBefore || groupAfter || groupBefore)) continue;
          // "every company that's sponsoring X": a relative clause after "every / each" + the noun makes it the set
          // asked for, no grouping per company
          // ... after "every" also past modifiers of the noun ("every event in the second half of this year that is not
          // in X"; "for each event in 2025 that ..." stays the grouping it asks for)
          if (
            ((leadWord === 'every' && relativeClauseAfter(i + len)) ||
              ((leadWord === 'every' || leadWord === 'each') && RELATIVE_LEADS.has(nextWord))) &&
            readings.some((x) => x.t === 'entity')
          )
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
            ENTITY_MODIFIERS.has(prevWord)
          ) {
            /* "event venues" */
          } else if (
            ['event', 'company', 'type', 'types', 'role', 'level', 'levels', 'function', 'functions', 'title'].includes(
              key,
            ) &&
            // "by their role", "per its type", "by the role they play": a possessive (or "the") between the grouping
            // word and the dimension
            !['by', 'per', 'each', 'every'].includes(
              POSSESSIVE_GAP.has(prevWord) || prevWord === 'the' ? (w[i - 2] ?? '') : prevWord,
            ) &&
            !groupAfter
          )
            continue;
        }
        // "how many different countries", "how many different companies": "different" after a count says distinct
        // values or rows, no other item than one named ("different ... than / from X" keeps the named one out)
        if (
          r.t === 'other' &&
          key === 'different' &&
          prevM?.t === 'count' &&
          prevM.end === i &&
          (phraseAt(i + len, ['dimension']) ||
            (phraseAt(i + len, ['entity']) && !w.slice(i + len, i + len + 4).some((x) => x === 'than' || x === 'from')))
        )
          continue;
        // "the busiest month", "the most popular venue": the value most rows have; before anything else the words
        // grade what the data does not hold ("popular events" is asked about)
        if (r.t === 'most' && r.popularity && !phraseAt(i + len, ['dimension'])) continue;
        if (r.t === 'relpron' && i === 0) continue;
        // "working on an email to a client", "working with a client": a bare verb of working before a task or a
        // collaborator is what someone does, no employer ("works at / for X" are phrases of their own)
        if (r.t === 'employment' && len === 1 && NON_EMPLOYER_PARTICLES.has(nextWord)) continue;
        if (
          r.t === 'attribute' &&
          ['industry', 'industries', 'sector', 'sectors'].includes(key) &&
          (prevM?.t === 'topic' || nextWord === '')
        )
          continue;
        // "total employees across the sponsors of X", "how many sponsors across all events": "across" a set of the
        // data is its scope (as "among"), not a grouping by it; after an average it says what the average is per
        // ("the average number of sponsors across all events": per event)
        const averaged = mentions.some((m) => m.t === 'aggFn' && m.fn === 'avg' && m.end <= i);
        if (r.t === 'group' && key === 'across' && SET_DETERMINERS.has(nextWord) && !averaged) {
          chosen = { len, body: { t: 'prep', p: 'among' } };
          break;
        }
        // "avg employees of companies at X", "average staff for the sponsors": a head-count noun right after an
        // average, a minimum or a maximum is the companies' stated size, the figure taken, never the people they
        // employ (an average of people has no figure; "total employees" stays the people counted)
        if (
          (r.t === 'employment' || (r.t === 'entity' && r.entity === 'people')) &&
          prevM?.t === 'aggFn' &&
          prevM.fn !== 'sum' &&
          prevM.end === i &&
          STATED_SIZE_NOUNS.has(w[i] ?? '')
        ) {
          chosen = { len: 1, body: { t: 'attribute', attr: 'employees' } };
          break;
        }
        // ... "who" refers to people or companies, never to an event: "at ABS 2024, who isn't a sponsor?" asks who
        if (r.t === 'who' && i > 0 && priorAnimate(i) && !['and', 'so', 'then'].includes(prevWord)) {
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
        // "by the country", "by the companies' country": the article before the dimension (or its possessor noun)
        const possessorGap =
          nextWord === 'the' &&
          (phraseAt(i + len + 1, ['dimension']) ||
            (ENTITY_POSSESSORS.has(w[i + len + 1] ?? '') && modifiesDimension(i + len + 2)));
        if (
          r.t === 'group' &&
          (key === 'by' || key === 'each') &&
          !phraseAt(i + len, ['dimension', 'entity']) &&
          !eachOfThem &&
          !possessiveGap &&
          !possessorGap
        )
          continue;
        if (r.t === 'group' && (possessiveGap || possessorGap) && free(i + len, i + len + 1)) claimed[i + len] = true;
        // "by their role at the event": led by a grouping word, the relation is what the rows are grouped by (the
        // dimension read from its first word), not a column shown
        const groupLead = POSSESSIVE_GAP.has(prevWord) || prevWord === 'the' ? (w[i - 2] ?? '') : prevWord;
        if (r.t === 'attribute' && r.attr === 'relation' && ['by', 'per'].includes(groupLead)) continue;
        if (
          r.t === 'superlative' &&
          ['highest', 'lowest', 'maximum', 'minimum'].includes(key) &&
          !phraseAt(i + len, ['attribute']) &&
          !qualifiersBeforeMeasure(i + len) &&
          !aggregateBeforeMeasure(i + len)
        )
          continue;
        if (
          r.t === 'superlative' &&
          ['next', 'first', 'last', 'latest', 'earliest', 'soonest'].includes(key) &&
          !ENTITY_NOUNS_FOR_NEXT.has(nextWord) &&
          !phraseAt(i + len, ['attribute']) &&
          !(
            ['starts', 'start', 'begins', 'happens', 'comes', 'takes'].includes(prevWord) ||
            (prevWord === 'place' && nextWord === '') ||
            // "which one's first?", "which is soonest": said last of a "which", the one of the set asked
            (w[0] === 'which' && nextWord === '' && i + len === w.length)
          )
        )
          continue;
        if (r.t === 'relation' && r.ambiguous) {
          // a number is no name: "snw 2024 sponsors" are the sponsors of the 2024 edition, the noun
          // ... never a "non-X": a negated modifier of the noun ("non-US sponsors"), no subject of a verb
          // ... nor a name after a determiner with the plural after it: "(all) the AHICE sponsors" are its sponsors,
          // the noun the name modifies ("which events does the Marriott sponsor" keeps the verb)
          const nameBefore =
            i > 1 &&
            !claimed[i - 1] &&
            w[i - 2] !== 'non' &&
            !(DETERMINERS.has(w[i - 2] ?? '') && key.endsWith('s')) &&
            // ... nor after "which / what" ("which AHICE sponsor has the highest revenue"): the interrogative
            // determiner asks for a noun, the name modifies it
            !(w[i - 2] === 'which' || w[i - 2] === 'what') &&
            (index.companies.has(prevWord) || (isCapitalised(tokens[i - 1]) && !/^\d+$/.test(prevWord)));
          // "both" announcing joined verbs stands between the subject and its verb ("companies that both sponsor and
          // partner"): the slot is the one before it
          const overBoth = prevM?.t === 'both' && prevM.end === i ? before[before.length - 2] : undefined;
          const slot = overBoth ?? prevM;
          const slotEnd = overBoth && prevM ? prevM.start : i;
          const slotWord = overBoth && prevM ? (w[prevM.start - 1] ?? '') : prevWord;
          const verbContext =
            nameBefore ||
            (slot &&
              ((slot.t === 'entity' && slot.entity !== 'events' && slot.relations === null) ||
                slot.t === 'company' ||
                slot.t === 'who' ||
                slot.t === 'relpron' ||
                (slot.t === 'anaphor' && slot.strong) ||
                // "only sponsor X" is the verb; "what about partners", "same but partners" swap in the noun
                (slot.t === 'refine' && !REPLACING_WORDS.has(slot.text.toLowerCase()))));
          // "events that have sponsors": the object of "have" is a noun, not the verb
          const objectOfHave = ['have', 'has', 'had', 'having', 'with', 'any', 'no'].includes(slotWord);
          // "what about the sponsors?", "and their partners": after a determiner only the noun can stand
          const determined = DETERMINERS.has(prevWord);
          // the bare form where only a verb can stand: after "that" ("companies that partner at events"), negated by
          // "never" or an auxiliary's "not" ("never sponsor", "do not sponsor"), or joined to a relation verb said
          // before ("... exhibit at events and also sponsor X"); a plural there is a noun ("that are not sponsors")
          const bare = !key.endsWith('s') && prevM?.end === i;
          // "which events did Marriott not sponsor": the auxiliary stands before the verb's subject (a question's
          // inverted order), a subject of one to three words between it and the "not" (names are read after this
          // step, so the subject is words that open no clause of their own)
          const invertedAuxiliary = [3, 4, 5].some(
            (d) =>
              AUXILIARY_VERBS.has(w[i - d] ?? '') &&
              w
                .slice(i - d + 1, i - 1)
                .every((x) => !LEXICON.get(x)?.some((r) => CLAUSE_READINGS.has(r.t)) && !AUXILIARY_VERBS.has(x)),
          );
          // "(just tell me) which sponsor at X": a "which" no noun stands before asks which one, and the word after
          // it with a preposition following is the noun asked about, not a verb of a relative clause
          const beforeWhich = before[before.length - 2];
          const interrogativeWhich =
            prevWord === 'which' &&
            ['at', 'of', 'for', 'in', 'from'].includes(nextWord) &&
            !['entity', 'company', 'event', 'person', 'anaphor'].includes(beforeWhich?.t ?? '');
          const onlyVerb =
            companyClause ||
            (bare &&
              ((slot?.t === 'relpron' && slot.end === slotEnd && !interrogativeWhich) ||
                (prevM.t === 'neg' &&
                  (prevWord === 'never' ||
                    (prevWord === 'not' && (AUXILIARY_VERBS.has(w[i - 2] ?? '') || invertedAuxiliary)))) ||
                ((prevM.t === 'and' || prevM.t === 'both') && before.some((m) => m.t === 'relation')) ||
                joinedToVerb));
          if (
            !onlyVerb &&
            (!verbContext ||
              objectOfHave ||
              determined ||
              ['of', 'for', 'at', 'in', 'from'].includes(nextWord) ||
              relationNounOfEventWord(s, i, i + len))
          )
            continue;
        }
        if (r.t === 'most' && key === 'more' && !LEXICON.get(nextWord)?.some((x) => x.t === 'entity')) continue;
        if (r.t === 'aggFn' && key === 'total' && (nextWord === 'number' || nextWord === '')) continue;
        chosen = { len, body: r };
        break;
      }
    }
    if (chosen) {
      // "by country of headquarters", "city of their head office": the headquarters noun after the dimension says
      // whose place it is (the company's own, as "hq country"), no address asked for
      if (chosen.body.t === 'dimension' && (chosen.body.dim === 'country' || chosen.body.dim === 'city'))
        chosen = { ...chosen, len: chosen.len + headquartersOwner(i + chosen.len) };
      // "the highest reported revenue", "the largest listed headcount": the words saying how the measure is stated
      // belong to the superlative's phrase (they change nothing the ranking reads)
      if (
        chosen.body.t === 'superlative' &&
        (chosen.body.column === 'revenue' || chosen.body.column === 'size') &&
        !phraseAt(i + chosen.len, ['attribute'])
      )
        chosen = { ...chosen, len: chosen.len + qualifiersBeforeMeasure(i + chosen.len) };
      // "runs for the longest time", "the shortest period": a noun of time after a superlative of length is the
      // length itself (`text/timeNouns.ts`), part of the superlative's phrase; so is "running" before it ("the
      // longest running time") and a gloss of the length by the event's own first and last days after it ("from
      // opening day to closing day", "start to finish")
      if (chosen.body.t === 'superlative' && chosen.body.column === 'duration') {
        let after = i + chosen.len;
        if (RUNNING_WORDS.has(w[after] ?? '') && isTimeNoun(w[after + 1] ?? '') && free(after, after + 1)) after++;
        if (
          free(after, after + 1) &&
          !phraseAt(after, ['entity', 'attribute', 'dimension']) &&
          isTimeNoun(w[after] ?? '')
        )
          after++;
        // (its words may have been read as a window from today before: "last day" is the day before today)
        const gloss = eventBoundsGlossAt(w, after);
        const dated = mentions.filter((m) => m.start >= after && m.end <= after + gloss && m.t === 'cond');
        const heldByDates = (j: number): boolean => dated.some((m) => m.start <= j && j < m.end);
        if (
          gloss > 0 &&
          Array.from({ length: gloss }, (_, d) => after + d).every((j) => !claimed[j] || heldByDates(j))
        ) {
          for (const m of dated) mentions.splice(mentions.indexOf(m), 1);
          for (let j = after; j < after + gloss; j++) claimed[j] = false;
          after += gloss;
        }
        chosen = { ...chosen, len: after - i };
      }
      claim(i, i + chosen.len, chosen.body);
      i += chosen.len - 1;
    }
  }
}
