/**
 * The intermediate representation of a question: a typed, JSON-serialisable description of what is asked
 * of the data, independent of SQL. The parser builds it, the compiler turns it into SQL, `describeRequest`
 * into words, and it is returned as the turn's `understanding` so follow-ups can refine it.
 */
export type EntityKind = 'events' | 'companies' | 'people' | 'participations';

export type Relation =
  'sponsor' | 'partner' | 'speaker' | 'expert' | 'exhibitor' | 'associate' | 'attendee' | 'organizer';
export const RELATIONS: readonly Relation[] = [
  'sponsor',
  'partner',
  'speaker',
  'expert',
  'exhibitor',
  'associate',
  'attendee',
  'organizer',
];

export type JobFunction =
  | 'sales'
  | 'marketing'
  | 'hr'
  | 'engineering'
  | 'it'
  | 'finance'
  | 'operations'
  | 'executive'
  | 'legal'
  | 'product'
  | 'customer_success'
  | 'consulting'
  | 'education'
  | 'other';
export type Seniority = 'c_level' | 'vp' | 'director' | 'head' | 'manager' | 'senior' | 'entry';

/** A column rows are ranked by ("the oldest", "the largest", "the next", "the longest"). */
export type RankedColumn = 'age' | 'size' | 'revenue' | 'date' | 'duration';

export type NumericColumn = 'employees' | 'revenue_usd' | 'founded_year' | 'duration_days';
export type CompareOp = '>' | '>=' | '<' | '<=' | '=' | 'between';

/** A condition on one entity (a node). */
export type Cond =
  | {
      kind: 'ids';
      entity: 'events' | 'companies' | 'people';
      ids: number[];
      names: string[];
      /** A description the question set off after the name and that fits it ("the space tech convention"): shown. */
      described?: string;
      /** A description the company was taken for from the data ("the Swedish electric car brand"): shown. */
      taken?: string;
      /** Names listed with these that the data does not hold ("google, microsoft and aws"): said, matching nothing. */
      absent?: string[];
    }
  | { kind: 'notIds'; entity: 'events' | 'companies'; ids: number[]; names: string[] }
  | { kind: 'startBetween'; from: string | null; to: string | null; label: string }
  /** "events that wrap up in November": the end date (the start date when there is none) in the window. */
  | { kind: 'endBetween'; from: string | null; to: string | null; label: string }
  | { kind: 'past'; asOf: string }
  | { kind: 'ongoing'; asOf: string }
  /**
   * `orCities`: or in one of these cities, which lie outside those countries ("people in London or Germany"): a
   * union of places said at two levels (`parse/build/placeUnions.ts`).
   */
  | { kind: 'country'; values: string[]; negate: boolean; label: string; orCities?: string[] }
  | { kind: 'city'; values: string[]; negate: boolean }
  /** `cities`: where the entity has no state column (events), the cities of the state it is placed by. */
  | { kind: 'state'; values: string[]; label: string; negate: boolean; cities?: string[] }
  /**
   * `group`: the venue complex of the gazetteer the venue words name (`@musaeid/db` deriveVenueGroup's value), so an
   * event whose venue field names only a room but whose listing is the complex's own is at it too.
   */
  | { kind: 'venue'; patterns: string[]; label: string; negate: boolean; group?: string }
  /**
   * The event carries one of `tags`; or (with `withTag`) one of `withTag.tags` together with `withTag.tag`; or (with
   * `mentioning`) its name or description says one of those words. The last two read a theme narrower than any tag
   * ("fintech": tagged Finance & Banking and Technology, or saying fintech; `tags` is then empty).
   */
  | {
      kind: 'tag';
      tags: string[];
      label: string;
      negate: boolean;
      withTag?: TagPair;
      mentioning?: string[];
    }
  | { kind: 'text'; words: string[]; label: string; negate: boolean }
  /** "events with 'Asia' in their name": words of the node's own name (event, company or person name). */
  | { kind: 'nameHas'; words: string[]; label: string; negate: boolean }
  | { kind: 'industry'; industries: string[]; words: string[]; label: string; negate: boolean }
  /** `average`: against the average of the column over the node's rows its other conditions keep (`value` unused). */
  | {
      kind: 'compare';
      column: NumericColumn;
      op: CompareOp;
      value: number;
      value2?: number;
      label: string;
      average?: true;
    }
  /**
   * A person's job functions (a title can state several: people.job_function is the primary one,
   * person_job_functions holds them all). Any of `values` ("sales or marketing people"), or with `all` every
   * one of them ("people who do both sales and marketing").
   */
  | { kind: 'jobFunction'; values: JobFunction[]; negate: boolean; all?: boolean }
  /**
   * A person's seniority is one of `values`; with `orFunctions`, or a job function among them holds instead
   * ("executives": C-level or VP, or the executive function of founders, owners, presidents, MDs and GMs); with
   * `orTitles`, or the job title says one of them ("founders or VPs": VP, or a title mentioning founder). With
   * `ofFunctions`, the level holds in one of those functions ("ctos / marketing directors": a director whose job
   * functions include marketing, or a title mentioning CTO); the alternatives need no function.
   */
  | {
      kind: 'seniority';
      values: Seniority[];
      negate: boolean;
      orFunctions?: JobFunction[];
      orTitles?: TitleMatch[];
      ofFunctions?: JobFunction[];
    }
  /**
   * `alternatives`: or a title matching one of these, each with its own exclusions ("presidents and CEOs": a president
   * who is no vice president, or a CEO, a "Vice President & CEO" included).
   */
  | {
      kind: 'title';
      label: string;
      patterns: string[];
      exclude: string[];
      negate: boolean;
      alternatives?: TitleMatch[];
    }
  | { kind: 'relation'; values: Relation[]; negate: boolean }
  | { kind: 'hasEmail'; negate: boolean }
  /**
   * "contacts whose first name is Priya", "people with the surname Tan": a person's first name or surname (`any`:
   * either, "people named Tan" where the data has both) is one of `values`.
   */
  | { kind: 'personName'; part: 'first' | 'surname' | 'any'; values: string[]; negate: boolean }
  /** "companies with no revenue listed": a column of a fixed list (`lexicon/attributeWords` KNOWN_VALUE_COLUMNS) is (not) filled. */
  | { kind: 'hasValue'; entity: 'events' | 'companies' | 'people'; column: string; label: string; negate: boolean }
  /**
   * `apartFrom` (companies to events only): "sponsors somewhere and speakers somewhere else", "partners at X and
   * sponsors at another event": the company (by name) also holds one of `apartFrom.relations` at an event of
   * `apartFrom.node` other than the linked one.
   */
  | { kind: 'link'; relations: Relation[]; negate: boolean; node: Node; apartFrom?: ApartFrom }
  /**
   * "partners (not sponsors)", "events in 2025 apart from X", "leaving out those at A, which companies are at B":
   * the rows of `node`, a set of the same entity read from the excluded part, are left out.
   */
  | { kind: 'except'; node: Node }
  /** "other events on the same dates as X" (`overlap`: "events overlapping X"): X itself is left out. */
  | { kind: 'sameDates'; ids: number[]; names: string[]; overlap: boolean }
  /**
   * "events at the same venue as X", "co-located with X": held at X's venue (its venue group, the venue as stored when
   * it has none); X itself is left out.
   */
  | { kind: 'sameVenue'; ids: number[]; names: string[] }
  /**
   * Events whose web address is on a site: an organiser named by the site its events' pages are on ("organised by
   * Terrapinn": www.terrapinn.com/...); `said` is the word typed.
   */
  | { kind: 'urlHost'; domain: string; said: string; negate: boolean }
  /** "more contacts than employees": the company's people in the data against its stated size band. */
  | { kind: 'contactsVsSize'; op: '>' | '<'; label: string }
  /** "more than 50 sponsors": a comparison on the number of linked rows. */
  | {
      kind: 'linkCount';
      entity: EntityKind;
      relations: Relation[];
      op: CompareOp;
      value: number;
      value2?: number;
      label: string;
      /** Conditions on the counted rows ("more than 3 sales contacts": the people whose functions include sales). */
      conds?: Cond[];
      /**
       * "more companies than the average event": against the average count over the node's rows its other conditions
       * keep (the same set), not a number (`value` unused).
       */
      average?: true;
    }
  /**
   * "the company with the most employees" inside another question ("people at ..."): of the rows the node's other
   * conditions keep, those ranked within the first `limit` by `by` (ties kept, as the ranking shapes keep them).
   */
  | { kind: 'top'; by: TopBy; order: 'desc' | 'asc'; limit: number };

/**
 * What the rows of a node are ranked by when a superlative is said of a node that is not the answer's
 * ("people at the company with the most employees", "who works at the biggest company", "speakers at the event with
 * the most sponsors"): a column of its own, or the number of its linked rows (as the `rankByCount` shape counts).
 */
export type TopBy =
  { kind: 'column'; column: RankedColumn } | { kind: 'count'; node: Node; relations: Relation[]; label: string };

/** The other link a link's event must differ from (`Cond` link `apartFrom`). */
export interface ApartFrom {
  relations: Relation[];
  node: Node;
}

/** A job title's words as a title condition reads them (`kind: 'title'`): any pattern, none of `exclude`. */
export interface TitleMatch {
  label: string;
  patterns: string[];
  exclude: string[];
}

/** Events of one of `tags` that also carry `tag` ("fintech": finance_banking with technology); `label` says both. */
export interface TagPair {
  tags: string[];
  tag: string;
  label: string;
}

/** A set of entities of one kind, narrowed by conditions (links reach other nodes). */
export interface Node {
  entity: EntityKind;
  conds: Cond[];
}

export type Dimension =
  | 'relation'
  | 'country'
  | 'city'
  | 'industry'
  | 'tag'
  | 'job_function'
  | 'seniority'
  /** "the most common job titles": each title as written (people; a company's people). */
  | 'job_title'
  | 'month'
  | 'quarter'
  | 'year'
  | 'venue'
  | 'event'
  | 'company';

/** How the rows come back. */
export type Shape =
  /** `limit`: "3 sample companies", "show me 5 of them": the first rows of the list, in its order. */
  | {
      kind: 'list';
      limit?: number;
      /** "how many X, and list them": each row also carries the number of rows (`count`). */
      withCount?: boolean;
      /**
       * Events are listed one per name (an event listed under several URLs is one event: its first listing in the
       * list's order shows it) unless `perRow`: "the event listings", every stored row.
       */
      perRow?: true;
    }
  /**
   * Events are counted one per name (an event listed under several URLs is one event) unless `perRow`: "how many
   * event listings", each stored row counted.
   */
  | { kind: 'count'; distinct?: Dimension; perRow?: true }
  | {
      kind: 'group';
      dimension: Dimension;
      order: 'desc' | 'asc';
      limit: number | null;
      /**
       * "average company size of sponsors at each event", "total revenue by country": each group's figure is this
       * aggregate of the rows' column (participations take their company's), not their number.
       */
      measure?: {
        fn: 'avg' | 'sum' | 'min' | 'max';
        column: NumericColumn;
        /** "average age by country": of a founding year asked as an age, the years since it (as the aggregate's). */
        age?: true;
      };
      /** Events in a group are counted one per name unless `perRow` (as the count shape's). */
      perRow?: true;
      /** "which countries have 3 or more sponsors": only the groups whose number meets this (SQL `HAVING`). */
      having?: { op: CompareOp; value: number };
    }
  | {
      kind: 'rankByCount';
      node: Node;
      relations: Relation[];
      order: 'desc' | 'asc';
      limit: number;
      label: string;
      /**
       * A choice between named things ("more sponsors at X or at Y?"): those with none are kept, so two with none
       * are level at the top rather than no answer.
       */
      keepNone?: true;
    }
  /**
   * "for each event in February, how many companies": one row per target (every one, zero included) with the
   * number of linked `node` rows, most first.
   */
  | {
      kind: 'countEach';
      node: Node;
      relations: Relation[];
      label: string;
      /** "avg no. of companies per event": one figure, the average of the targets' numbers (zero included). */
      average?: boolean;
      /**
       * "how many marketing people at X's sponsors, by company", "group that by company": the counted rows grouped by
       * the member they belong to, so a member with none counted is no group (not listed).
       */
      grouped?: true;
    }
  /**
   * The target ranked on a column of its own. `limit` null: "sort the sponsors by revenue", an ordering of the whole
   * list asked with no number and no superlative: every row, those without the value last.
   */
  | {
      kind: 'rankByColumn';
      column: RankedColumn;
      order: 'desc' | 'asc';
      limit: number | null;
    }
  /**
   * An aggregate of a column over the target. Events are one per name (an event listed under several URLs is one
   * event: its figure counts once) unless `perRow`: "the event listings", each stored row counted.
   */
  | {
      kind: 'aggregate';
      fn: 'avg' | 'sum' | 'min' | 'max';
      column: NumericColumn;
      perRow?: true;
      /** "the min and max revenue": further functions of the same column, each its own column of the one row. */
      also?: ('avg' | 'sum' | 'min' | 'max')[];
      /**
       * Of a founding year asked as an age ("the average age of the sponsors"): each value is the request's `asOf`
       * year minus the founding year.
       */
      age?: true;
    }
  /**
   * "what share of the sponsors are from Singapore": of the target's rows, how many also meet `part` (a node of the
   * same entity holding only the property asked), how many there are in all, and the percentage.
   */
  | { kind: 'share'; part: Node };

export interface Request {
  version: 1;
  target: Node;
  shape: Shape;
  /** Extra attributes asked for ("email addresses", "job titles"). */
  attributes: string[];
  /** Words of the question that were not understood (reported in the interpretation). */
  ignored: string[];
  /**
   * The day the question is asked as of ('YYYY-MM-DD'), carried when an attribute shown is counted from it: the days
   * until an event starts ("how many days till X") are its start date minus this day, and a company's age ("how old
   * is X") this day's year minus its founding year, which no stored column holds.
   */
  asOf?: string;
}

/** The founding year a shape aggregates asked as an age, over the set or per group ("average age by country"). */
export function measuresAge(shape: Shape): boolean {
  return shape.kind === 'aggregate' ? shape.age === true : shape.kind === 'group' && shape.measure?.age === true;
}

/**
 * True when `later` asks what `earlier` asked of its rows: the same kind of answer (a count, a ranking, a grouping, an
 * aggregate, a share) cut to the same number of rows. A plain list asks nothing of its rows beyond them, so any
 * shape keeps it. A clause narrowing the rows a question of one answer asks about ("which event has the most
 * sponsors - only singapore") must keep this: the narrowed rows are ranked, never listed instead.
 * @example keepsAnswerShape({ kind: 'count' }, { kind: 'list' }) // false
 */
export function keepsAnswerShape(earlier: Shape, later: Shape): boolean {
  if (earlier.kind === 'list' && earlier.limit === undefined) return true;
  // one of the groups picked out ("how many are sponsors vs partners - only the sponsors") is its count
  if (earlier.kind === 'group' && later.kind === 'count') return true;
  const limit = (s: Shape): number | null | undefined => ('limit' in s ? s.limit : undefined);
  const order = (s: Shape): string | undefined => ('order' in s ? s.order : undefined);
  return later.kind === earlier.kind && limit(later) === limit(earlier) && order(later) === order(earlier);
}
