import type { Cond, EntityKind, JobFunction, Relation, Seniority, TitleMatch } from '../ir/Request';
import type { AttributeName } from '../lexicon/attributeWords';
import type { DimensionName } from '../lexicon/dimensionWords';
import type { TitleWord } from '../lexicon/jobWords';
import type { NamedHit, VenueHit } from '../values/ValueIndex';

/**
 * A comparative said between named things (`scan/comparedNames.ts`): `claimed`, in a yes/no question ("is X longer
 * than Y?"), the names of the thing said to win; null for a choice ("X or Y?"). `pending`: read before the names,
 * not yet seen to stand between two of them.
 */
export interface ComparedSaid {
  claimed: string[] | null;
  pending?: true;
  /**
   * Which of the things, asked with both ends of the measure ("is X before OR AFTER Y?"): every thing shown with its
   * value, the answer naming the one at the `order` end; `claimed` is null.
   */
  both?: true;
}

/** A recognised piece of the question, covering tokens [start, end). */
export type Mention = { start: number; end: number; text: string } & MentionBody;

/**
 * `hq`: a company's own place (headquartered, registered); `placedIn`: a place anyone can be in (based, located,
 * sitting), whose owner the grammar gives; `livesIn` / `livesOutside`: a person's.
 */
export type Prep =
  | 'at'
  | 'in'
  | 'for'
  | 'of'
  | 'from'
  | 'with'
  | 'outside'
  | 'hq'
  | 'placedIn'
  | 'among'
  | 'by'
  | 'livesIn'
  | 'livesOutside';

export type MentionBody =
  /**
   * `rows`: the rows it is listed in, each one counted ("event listings"; `parse/scan/rowNouns.ts`). `each`: relation
   * nouns that must all hold ("both sponsors and partners", "sponsors as well as partners"); `relations` is their union.
   */
  /** `modifier`: a noun of events modifying the relation noun after it ("2025 event sponsors"), not the head. */
  | {
      t: 'entity';
      entity: EntityKind;
      relations: Relation[] | null;
      rows?: true;
      each?: Relation[][];
      modifier?: true;
    }
  | { t: 'who' }
  /** `each`: relations that must all hold ("both sponsoring and exhibiting"); `relations` is their union. */
  /** `exclusive`: the subject holds these relations and no other ("companies that only sponsor"). */
  | { t: 'relation'; relations: Relation[]; ambiguous: boolean; each?: Relation[][]; exclusive?: true }
  | { t: 'employment' }
  /** `all`: every function must hold ("both sales and marketing", "whose role covers sales and HR"). */
  | { t: 'function'; values: JobFunction[]; noun: boolean; all?: boolean }
  /**
   * `orFunctions`: or people of these functions instead ("executives": C-level or VP, or the executive function);
   * `orTitles`: or people whose title says one of these ("founders or VPs", `scan/titleRankUnions.ts`);
   * `ofFunctions`: the level only in these functions, the alternatives aside ("ctos / marketing directors").
   */
  | {
      t: 'seniority';
      values: Seniority[];
      noun: boolean;
      orFunctions?: JobFunction[];
      orTitles?: TitleMatch[];
      ofFunctions?: JobFunction[];
    }
  /** `held`: asked of the people already named ("who hold a director title"), never a new people noun. */
  | { t: 'title'; word: TitleWord; held?: boolean }
  /**
   * `countsNext`: a count of the noun said after it with its modifiers ("2 or more tech events"), `countedNext`;
   * `countsNoun`: a count of the noun right after it, read on with the modifiers after it ("2+ events in 2025").
   */
  | { t: 'cond'; cond: Cond; countsNext?: true; countsNoun?: true }
  /** `described`: a description typed after the name that fits it (`scan/eventAppositives.ts`), shown with the name;
   * `taken`: the description the event was taken for with what of it was not checked (`scan/eventDescriptions.ts`). */
  | { t: 'event'; hit: NamedHit; described?: string; taken?: string }
  /** `taken`: the description the company was taken for (`scan/companyDescriptions.ts`), shown with its name. */
  /** `absent`: names typed in the same list that the data does not hold ("google, MICROSOFT and aws"): said, not asked. */
  | { t: 'company'; hit: NamedHit; taken?: string; absent?: string[] }
  | { t: 'person'; hit: NamedHit }
  | { t: 'venue'; hit: VenueHit }
  | { t: 'country'; names: string[] }
  | { t: 'city'; name: string; values: string[] }
  /** `cities`: the gazetteer's cities in the state (an event is placed by its city). */
  | { t: 'state'; label: string; values: string[]; cities: string[] }
  | { t: 'topic'; words: string[] }
  | { t: 'neg' }
  | { t: 'both' }
  /**
   * `contrast`: alternatives compared on an amount ("more contacts in India OR the UK"): one row each, as "vs" says,
   * the winner at the `order` end; `claimed` as a comparative's (`ComparedSaid`).
   */
  | { t: 'and'; contrast?: { order: 'desc' | 'asc'; claimed: string[] | null } }
  | { t: 'or' }
  | { t: 'other' }
  /**
   * "sponsors somewhere and speakers somewhere else", "sponsor one event and speak at another": the events of the
   * relation `relations` (said right before) are other than those of the same companies' earlier relation
   * (`scan/apartEvents.ts`, `build/apartLinks.ts`).
   */
  | { t: 'apart'; relations: Relation[] }
  /**
   * `place`: a reference to where the earlier turn's rows take part ("the sales folks there", "people at that
   * event"): its events, else its companies, never its own conditions (`scan/placeAnaphors.ts`). `time`: a
   * reference to the earlier turn's period ("that month", "the same dates": `scan/timeAnaphors.ts`).
   */
  | { t: 'anaphor'; entity: EntityKind | null; strong: boolean; place?: true; time?: true }
  | { t: 'count' }
  | { t: 'aggFn'; fn: 'avg' | 'sum' | 'min' | 'max' }
  /** `popularity`: "most popular", "busiest": a ranking word only before a dimension (the value most rows have). */
  /** `compared`: a comparative between named things ("MORE contacts, X or Y?"): every named thing ranked. */
  | { t: 'most'; order: 'desc' | 'asc'; popularity?: true; compared?: ComparedSaid }
  /** "highest first", "in ascending order", "from smallest to largest": which end of an ordering comes first. */
  | { t: 'sortOrder'; order: 'desc' | 'asc' }
  /** `compared`: a comparative between named things ("is X LONGER than Y"): every named thing ranked. */
  | {
      t: 'superlative';
      column: 'age' | 'size' | 'revenue' | 'date' | 'duration';
      order: 'desc' | 'asc';
      compared?: ComparedSaid;
    }
  | { t: 'top' }
  /** "a few examples of", "3 sample", "5 of them", "any names?": some members of the set; `limit` the number asked. */
  | { t: 'examples'; limit: number | null }
  /** "how many X, and list them": the count's members asked too. */
  | { t: 'alsoList' }
  /** "per event, including events with none": every member of the set, zero included (`parse/countEach.ts`). */
  | { t: 'keepZero'; drop?: true }
  | { t: 'group'; expectsDimension: boolean }
  | { t: 'dimension'; dim: DimensionName }
  | { t: 'attribute'; attr: AttributeName }
  | { t: 'number'; value: number }
  /** "compare X vs Y": one row per compared item. */
  | { t: 'compare' }
  | { t: 'refine' }
  | { t: 'copula' }
  | { t: 'relpron' }
  /** `afterBreak`: a place phrase added after a clause break ("..., based in X"): it describes the question's head. */
  | { t: 'prep'; p: Prep; afterBreak?: boolean }
  | { t: 'sector' }
  /**
   * Words recognised but not mapped to one reading: a date no start-date window can hold ("on weekends"), or a
   * name / word that fits several values equally well (`options`: the candidate readings, for a clarify).
   * The words are also listed in `Scan.ignored`, so nothing is dropped silently.
   */
  | {
      t: 'unclear';
      about: 'time' | 'name' | 'word';
      why: string;
      options: MentionBody[];
      /** Readings offered as words that replace the part ("in the Software Development industry"), when no mention says them. */
      choices?: readonly { label: string; replacement: string }[];
      /** Asked as it is, `why` being the whole question: no value spelt like the words is offered. */
      asIs?: true;
    };
