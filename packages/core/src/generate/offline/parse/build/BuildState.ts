import type { Cond, Dimension, NumericColumn, Relation, Request } from '../../ir/Request';
import type { ValueIndex } from '../../values/ValueIndex';
import type { Mention } from '../Mention';
import { interrogativeNoun } from '../interrogativeNoun';
import type { Scan } from '../scanMentions';
import type { Draft, Edge } from './Draft';

/** A ranking on a column of the target's own ("the oldest companies", "the largest revenue"). */
export interface Superlative {
  column: 'age' | 'size' | 'revenue' | 'date' | 'duration';
  order: 'desc' | 'asc';
  /** Said of one row ("the oldest sponsor"): the first row is the answer, whatever the question's head noun. */
  one?: boolean;
  /**
   * Said only as what to order by ("sort the sponsors by revenue", "companies ranked by size"), with no superlative
   * word: an order of the list, which keeps every row unless a number or "top" says how many.
   */
  ordering?: boolean;
  /**
   * Ranked by a figure the question names as an attribute ("the most revenue", "the largest headcount"), not by a
   * superlative of the rows alone ("the biggest companies"): over a grouping it ranks the groups by the figure's sum.
   */
  measured?: boolean;
}

/**
 * Everything `buildRequest` learns while it reads the mentions left to right, in one place: the mention handlers
 * (`handlers/`) read and update it, the steps after the reading (`chooseTarget`, `closeLinks`, `followUp`,
 * `reshapeTarget`, `chooseShape`) turn it into the request.
 */
export interface BuildState {
  readonly scan: Scan;
  readonly ms: readonly Mention[];
  readonly index: ValueIndex;
  readonly asOf: string;
  /** The request of the previous turn (follow-ups), or null. */
  readonly previous: Request | null;
  /** The position of the mention being read; a handler that also reads the next mention moves it on. */
  k: number;

  // --- the graph of nodes
  drafts: Draft[];
  /** The node asked about (the answer's rows). */
  target: Draft | null;
  /** The node the words being read are about. */
  current: Draft | null;
  lastEventDraft: Draft | null;
  lastCompanyDraft: Draft | null;
  /** The node the last place (country, city, state) was applied to: the next place of its list goes there too. */
  lastPlaceHost: Draft | null;
  /** A noun of companies leading the question with their people right after it ("the sponsors' CEOs"). */
  possessor: Draft | null;
  /** Modifiers seen before their noun ("US companies", "sales people"), applied when the noun opens a node. */
  pendingPre: Mention[];
  /**
   * Role words said before a field only people have, with no people noun ("ctw apac bd emails", "their ceo emails"):
   * they qualify the people whose field is asked, applied when the target turns to those people (`askedAttributes`).
   */
  attributeRoles: Mention[];
  /** Premodifiers under a negation: "... are not US companies", "non-sales people". */
  negatedPre: Set<Mention>;
  /** A relation verb waiting for its object ("companies sponsoring ..."), and whether it was negated. */
  pendingRelations: Relation[] | null;
  pendingLinkNeg: boolean;
  /**
   * A relation verb that got no object before the next relation verb ("companies that exhibit but don't sponsor",
   * "exhibiting but not sponsoring at X"): its subject, relation and negation; it takes the next verb's object
   * (`closeLinks`).
   */
  objectlessVerbs: { subject: Draft; relations: Relation[]; negate: boolean }[];
  /** A negation waiting for what it negates. */
  neg: boolean;
  /**
   * A negation said right before a condition the request cannot negate ("not in October", "not upcoming"): its
   * words, asked about (`unreadWords`) rather than dropped or read as the condition itself.
   */
  unnegated: string[];
  /** A reference to an earlier turn with no earlier turn to point at ("the sales folks there"): asked about. */
  unresolved: string[];
  /** The kind of value last negated, so "not in A or B" negates B too. */
  negatedListOf: Mention['t'] | null;
  /** "both sponsoring and exhibiting at X": each relation must hold, one link per relation. */
  pendingEach: Relation[][] | null;
  eachRelations: { edge: Edge; groups: Relation[][] }[];
  /** "both" anywhere in the question: two names joined by and are an intersection. */
  readonly bothAnywhere: boolean;
  /** The noun an interrogative "which" after a verb asks for ("X is attending which events?"): the target. */
  readonly askedNoun: Mention | null;
  /** Second members of "both A and B" seen before the node they belong to. */
  pendingBoth: Draft[];
  /** [second member, first member]: link the second like the first once the first is linked. */
  connectLater: [Draft, Draft][];
  /** "who ..." opening the question: the node it asks for is not known yet. */
  pendingWho: boolean;
  /** After the relative pronoun "who": the words are about people. */
  afterWho: boolean;
  /** "other events": the events named so far (and in the previous turn) are left out. */
  otherPending: boolean;
  seenEventIds: number[];

  // --- the follow-up
  /** A strong anaphor ("those", "them") made the previous request a node of this one. */
  usedHistory: boolean;
  /** A refinement word ("only", "what about"). */
  refine: boolean;
  /** A weak anaphor ("the", "these" without a noun). */
  weakAnaphor: boolean;
  /**
   * "and in the uk?", "what about marketing?": the message swapped values of the earlier request of the same kind
   * (elliptical or with a replacing word, no narrowing word): its answer keeps the earlier shape unless it says one.
   */
  swappedValues: boolean;
  /**
   * "only singapore", "just the ones in 2025" after "which event has the most sponsors?": the message narrowed the
   * earlier request of the same kind (a narrowing word, no replacing one): the narrowed rows are what the earlier
   * question ranks, counts or picks, so its answer keeps the earlier shape unless it says one.
   */
  narrowedValues: boolean;

  // --- the shape of the answer
  countFlag: boolean;
  groupDim: Dimension | null;
  groupSingular: boolean;
  /** The grouping came from a bare dimension word ("what year"), not from a word asking for a grouping ("by"). */
  groupAsked: boolean;
  expectDimension: boolean;
  /** "the dimension" after count (the number of distinct values, not a grouping). */
  countsDistinct: boolean;
  /** The grouping is by the values the question sets against each other ("partners vs sponsors"). */
  contrasted: boolean;
  /** Counts of the noun said after them with its modifiers ("2 or more tech events"): `build/countedNext.ts`. */
  countedNext: (Cond & { kind: 'linkCount' })[];
  /** Counts of the noun right after them, read on with the modifiers after it ("2+ events in 2025"): the same. */
  countedNoun: (Cond & { kind: 'linkCount' })[];
  /** Relations said with "only" and no object ("companies that only sponsor"): `build/exclusiveRelations.ts`. */
  exclusiveRelations: Relation[][];
  /** The noun counted for a ranking ("the most events") and the order. */
  measure: { draft: Draft; order: 'desc' | 'asc' } | null;
  /**
   * The node a superlative was said of ("the company with the most employees", "the biggest company"): when it is
   * not the answer's node ("people at ..."), its rows are ranked inside the question (`build/nestedRanking.ts`).
   */
  rankedOf: Draft | null;
  /** The ranking was put on that node (its "most", "top N" and superlative words are read). */
  rankedInside: boolean;
  /** "most" / "fewest" waiting for the noun or attribute it ranks by. */
  mostPending: 'desc' | 'asc' | null;
  superlative: Superlative | null;
  aggFn: 'avg' | 'sum' | 'min' | 'max' | null;
  /** "min and max revenue": the functions joined to `aggFn` by "and", over the same column. */
  aggAlso: ('avg' | 'sum' | 'min' | 'max')[];
  /** The sum was read from "how much <revenue>" (no "total" said): a superlative of one row makes it that row's. */
  aggFromCount: boolean;
  /** The order a grouping's measured noun was said with ("the country with the fewest companies"). */
  groupOrder: 'asc' | 'desc' | null;
  aggColumn: NumericColumn | null;
  topN: number | null;
  /** "a few examples", "3 sample companies", "any names?": members of the set asked, up to `limit` when given. */
  examples: { limit: number | null } | null;
  /** "how many X, and list them": the members with their number. */
  alsoList: boolean;
  /** "the next event": from today on. */
  nextOnly: boolean;
  /** Attribute words asked about (shown as columns). */
  attributes: string[];
  /** The founding year was asked as an age ("how old", "average age"): years before the question's year. */
  ageAsked: boolean;
}

export function createBuildState(scan: Scan, index: ValueIndex, asOf: string, previous: Request | null): BuildState {
  const ms = scan.mentions;
  return {
    scan,
    ms,
    index,
    asOf,
    previous,
    k: 0,
    drafts: [],
    target: null,
    current: null,
    lastEventDraft: null,
    lastCompanyDraft: null,
    lastPlaceHost: null,
    possessor: null,
    pendingPre: [],
    attributeRoles: [],
    negatedPre: new Set(),
    pendingRelations: null,
    pendingLinkNeg: false,
    objectlessVerbs: [],
    neg: false,
    unnegated: [],
    unresolved: [],
    negatedListOf: null,
    pendingEach: null,
    eachRelations: [],
    bothAnywhere: ms.some((m) => m.t === 'both'),
    askedNoun: interrogativeNoun(ms),
    pendingBoth: [],
    connectLater: [],
    pendingWho: false,
    afterWho: false,
    otherPending: false,
    seenEventIds: [],
    usedHistory: false,
    refine: false,
    swappedValues: false,
    narrowedValues: false,
    weakAnaphor: false,
    countFlag: false,
    groupDim: null,
    groupSingular: false,
    groupAsked: false,
    expectDimension: false,
    countsDistinct: false,
    contrasted: false,
    countedNext: [],
    countedNoun: [],
    exclusiveRelations: [],
    measure: null,
    rankedOf: null,
    rankedInside: false,
    mostPending: null,
    superlative: null,
    aggFn: null,
    aggAlso: [],
    aggFromCount: false,
    groupOrder: null,
    aggColumn: null,
    topN: null,
    examples: null,
    alsoList: false,
    nextOnly: false,
    attributes: [],
    ageAsked: false,
  };
}
