import {
  AGGREGATE_FN_WORDS,
  COUNT_WORDS,
  GROUP_WORDS,
  MOST_WORDS,
  POPULARITY_WORDS,
  RESPECT_PHRASES,
  SORT_ORDER_WORDS,
  SUPERLATIVE_WORDS,
} from '../lexicon/aggregateWords';
import { ATTRIBUTE_WORDS } from '../lexicon/attributeWords';
import { DIMENSION_WORDS } from '../lexicon/dimensionWords';
import { ENTITY_WORDS } from '../lexicon/entityWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { DATA_JOB_FUNCTION_WORDS } from '../lexicon/dataJobWords';
import { JOB_FUNCTION_WORDS, SENIORITY_WORDS, TITLE_WORDS } from '../lexicon/jobWords';
import { EMPLOYMENT_WORDS, RELATION_VERBS, VERB_OR_NOUN } from '../lexicon/relationWords';
import { EXCLUSION_MARKERS, RESTRICTIVE_VERBS } from '../lexicon/exclusionWords';
import { EARLIER_SET_NOUNS, NARROWING_OBJECTS } from '../lexicon/discourseWords';
import {
  HEADQUARTERS_PHRASES,
  OUTSIDE_PHRASES,
  PERSON_OUTSIDE_PHRASES,
  PERSON_PLACE_PHRASES,
  PLACED_IN_PHRASES,
} from '../lexicon/placeWords';
import type { MentionBody, Prep } from './Mention';

/** Structural words: negation, conjunctions, anaphora, prepositions, copulas. */
const STRUCTURE: readonly (readonly [string, MentionBody])[] = [
  ['not', { t: 'neg' }],
  ['no', { t: 'neg' }],
  ['without', { t: 'neg' }],
  // "excluding", "leaving out", "but not": an excluded clause opens (`parse/exclusions.ts`)
  ...[...EXCLUSION_MARKERS].map((w) => [w, { t: 'neg' }] as const),
  ['never', { t: 'neg' }],
  ['non', { t: 'neg' }],
  ['missing', { t: 'neg' }],
  ['neither', { t: 'neg' }],
  ['nor', { t: 'or' }],
  ['lack', { t: 'neg' }],
  ['lacking', { t: 'neg' }],
  ['with no', { t: 'neg' }],
  ['none', { t: 'neg' }],
  ['both', { t: 'both' }],
  ['as well as', { t: 'both' }],
  ['and also', { t: 'both' }],
  ['and', { t: 'and' }],
  // "X vs Y", "X compared with Y": the items compared, one row each (the `compare` reading shapes the answer)
  ['vs', { t: 'and' }],
  ['versus', { t: 'and' }],
  ['compared with', { t: 'and' }],
  ['compared to', { t: 'and' }],
  ['compare', { t: 'compare' }],
  ['comparison of', { t: 'compare' }],
  ['side by side', { t: 'compare' }],
  // the verb's other forms and its noun ("X and Y revenue compared", "comparing X and Y", "a comparison"), and
  // "stack up" ("how do X and Y stack up on revenue"): the items named side by side, or asked about when nothing is
  ['compared', { t: 'compare' }],
  ['comparing', { t: 'compare' }],
  ['comparison', { t: 'compare' }],
  ['stack up', { t: 'compare' }],
  ['head to head', { t: 'compare' }],
  ['or', { t: 'or' }],
  ['either', { t: 'or' }],
  ['another', { t: 'other' }],
  ['other', { t: 'other' }],
  ['different', { t: 'other' }],
  ['any other', { t: 'other' }],
  ['additional', { t: 'other' }],
  ['further', { t: 'other' }],
  ['those', { t: 'anaphor', entity: null, strong: true }],
  ['these', { t: 'anaphor', entity: null, strong: true }],
  ['them', { t: 'anaphor', entity: null, strong: true }],
  ['they', { t: 'anaphor', entity: null, strong: true }],
  ['their', { t: 'anaphor', entity: null, strong: false }],
  ['its', { t: 'anaphor', entity: null, strong: false }],
  ['the same', { t: 'anaphor', entity: null, strong: true }],
  ['the above', { t: 'anaphor', entity: null, strong: true }],
  // "that group", "this lot": the earlier set
  ...EARLIER_SET_NOUNS.flatMap((x) =>
    ['that', 'this'].map((d) => [`${d} ${x}`, { t: 'anaphor', entity: null, strong: true }] as const),
  ),
  ['the results', { t: 'anaphor', entity: null, strong: true }],
  ['ones', { t: 'anaphor', entity: null, strong: true }],
  ['which ones', { t: 'anaphor', entity: null, strong: true }],
  ['the ones', { t: 'anaphor', entity: null, strong: true }],
  ['work there', { t: 'anaphor', entity: null, strong: true }],
  ['works there', { t: 'anaphor', entity: null, strong: true }],
  ['working there', { t: 'anaphor', entity: null, strong: true }],
  ['employed there', { t: 'anaphor', entity: null, strong: true }],
  ['among them', { t: 'anaphor', entity: null, strong: true }],
  ['these results', { t: 'anaphor', entity: null, strong: true }],
  ['just', { t: 'refine' }],
  ['only', { t: 'refine' }],
  // "counting only ...", "only considering ...", "looking only at ...": the verb of taking into account restricts
  // with "only" (before it, after it, or before the verb's particle)
  ...RESTRICTIVE_VERBS.flatMap((verb) => {
    const [head, ...particle] = verb.split(' ');
    const inside = particle.length > 0 ? [`${head} only ${particle.join(' ')}`] : [];
    return [`${verb} only`, `only ${verb}`, ...inside].map((phrase) => [phrase, { t: 'refine' }] as const);
  }),
  ['what about', { t: 'refine' }],
  ['how about', { t: 'refine' }],
  ['instead', { t: 'refine' }],
  ['narrow', { t: 'refine' }],
  ['narrow down', { t: 'refine' }],
  // "narrow it down to VPs": the phrasal verb with its object between
  ...NARROWING_OBJECTS.map((x) => [`narrow ${x} down`, { t: 'refine' }] as const),
  ['filter', { t: 'refine' }],
  ['of which', { t: 'refine' }],
  ['now', { t: 'refine' }],
  ['also', { t: 'refine' }],
  ['out of', { t: 'refine' }],
  ['are', { t: 'copula' }],
  ['is', { t: 'copula' }],
  ['was', { t: 'copula' }],
  ['were', { t: 'copula' }],
  ['that', { t: 'relpron' }],
  ['which', { t: 'relpron' }],
  ['whose', { t: 'relpron' }],
  ['who', { t: 'who' }],
  ['whom', { t: 'who' }],
  ['top', { t: 'top' }],
  ['leading', { t: 'top' }],
  ['sector', { t: 'sector' }],
  ['sectors', { t: 'sector' }],
  ['industry', { t: 'sector' }],
  ['industries', { t: 'sector' }],
  ['space', { t: 'sector' }],
  ['vertical', { t: 'sector' }],
  ['verticals', { t: 'sector' }],
  ['field', { t: 'sector' }],
  ['related', { t: 'sector' }],
  ['themed', { t: 'sector' }],
  ['focused', { t: 'sector' }],
  ['oriented', { t: 'sector' }],
  ['centric', { t: 'sector' }],
  ['focused on', { t: 'sector' }],
  ['related to', { t: 'sector' }],
  ['about', { t: 'sector' }],
  ['on the topic of', { t: 'sector' }],
  ['in the area of', { t: 'sector' }],
];

const PREPS: readonly (readonly [string, Prep])[] = [
  ['at', 'at'],
  ['in', 'in'],
  ['for', 'for'],
  ['of', 'of'],
  ['from', 'from'],
  ['with', 'with'],
  ['by', 'by'],
  ...RESPECT_PHRASES.map((p) => [p, 'by'] as const),
  ...OUTSIDE_PHRASES.map((p) => [p, 'outside'] as const),
  ['among', 'among'],
  ['amongst', 'among'],
  ['within', 'in'],
  ['inside', 'in'],
  ...PLACED_IN_PHRASES.map((p) => [p, 'placedIn'] as const),
  ...HEADQUARTERS_PHRASES.map((p) => [p, 'hq'] as const),
  ...PERSON_PLACE_PHRASES.map((p) => [p, 'livesIn'] as const),
  ...PERSON_OUTSIDE_PHRASES.map((p) => [p, 'livesOutside'] as const),
];

/** phrase -> readings, most specific first. */
export const LEXICON: ReadonlyMap<string, MentionBody[]> = (() => {
  const m = new Map<string, MentionBody[]>();
  const add = (phrase: string, body: MentionBody): void => {
    const list = m.get(phrase) ?? [];
    list.push(body);
    m.set(phrase, list);
  };
  for (const [p, dim] of DIMENSION_WORDS) add(p, { t: 'dimension', dim });
  for (const [p, attr] of ATTRIBUTE_WORDS) add(p, { t: 'attribute', attr });
  for (const w of TITLE_WORDS) add(w.phrase, { t: 'title', word: w });
  for (const w of JOB_FUNCTION_WORDS) add(w.phrase, { t: 'function', values: [...w.values], noun: Boolean(w.noun) });
  // the data classifier's own function words ("sdr", "ae"), where the parser's words do not read the phrase yet
  for (const w of DATA_JOB_FUNCTION_WORDS)
    if (!m.has(w.phrase) && !FILLER_WORDS.has(w.phrase))
      add(w.phrase, { t: 'function', values: [...w.values], noun: w.noun });
  for (const w of SENIORITY_WORDS)
    add(w.phrase, {
      t: 'seniority',
      values: [...w.values],
      noun: Boolean(w.noun),
      ...(w.orFunctions ? { orFunctions: [...w.orFunctions] } : {}),
    });
  for (const [p, relations] of RELATION_VERBS)
    add(p, { t: 'relation', relations: [...relations], ambiguous: VERB_OR_NOUN.has(p) });
  for (const w of ENTITY_WORDS)
    add(w.phrase, { t: 'entity', entity: w.entity, relations: w.relations ? [...w.relations] : null });
  for (const p of EMPLOYMENT_WORDS) add(p, { t: 'employment' });
  for (const p of COUNT_WORDS) add(p, { t: 'count' });
  for (const [p, fn] of AGGREGATE_FN_WORDS) add(p, { t: 'aggFn', fn });
  for (const [p, order] of MOST_WORDS) add(p, { t: 'most', order });
  for (const [p, order] of SORT_ORDER_WORDS) add(p, { t: 'sortOrder', order });
  // only before a dimension (`parse/scan/lexiconPhrases.ts`)
  for (const [p, order] of POPULARITY_WORDS) add(p, { t: 'most', order, popularity: true });
  for (const [p, column, order] of SUPERLATIVE_WORDS) add(p, { t: 'superlative', column: column as 'age', order });
  for (const p of GROUP_WORDS)
    add(p, {
      t: 'group',
      expectsDimension: ['per', 'by', 'for each', 'each', 'across', 'grouped by', 'group by'].includes(p),
    });
  for (const [p, body] of STRUCTURE) add(p, body);
  for (const [p, prep] of PREPS) add(p, { t: 'prep', p: prep });
  return m;
})();

export const MAX_LEXICON_SPAN = Math.max(...[...LEXICON.keys()].map((k) => k.split(' ').length));

/** Every lexicon phrase and filler word: never read as the name of a company or event. */
export const LEXICON_PHRASES: ReadonlySet<string> = new Set([...LEXICON.keys(), ...FILLER_WORDS]);
