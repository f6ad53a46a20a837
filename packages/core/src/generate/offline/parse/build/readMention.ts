import type { Mention } from '../Mention';
import type { BuildState } from './BuildState';
import { readAnaphor } from './handlers/anaphor';
import { readAttribute } from './handlers/attributeWord';
import {
  readCopula,
  readEmployment,
  readNegation,
  readOther,
  readRefine,
  readRelation,
  readRelativePronoun,
  readWho,
} from './handlers/clauseWords';
import { readCondition } from './handlers/condition';
import { readEntityNoun } from './handlers/entityNoun';
import { readCompany, readEvent, readPerson } from './handlers/namedValues';
import { readPeopleWord } from './handlers/peopleWords';
import { readPlace, readVenue } from './handlers/places';
import {
  readAggFn,
  readCount,
  readDimension,
  readExamples,
  readAlsoList,
  readGroup,
  readMost,
  readNumber,
  readSuperlative,
  readTop,
} from './handlers/shapeWords';
import { readTopic } from './handlers/theme';
import { type MentionHandler, readByContext } from './MentionHandler';

/** One handler per mention kind (a new kind does not compile until it has one). */
const HANDLERS: { [T in Mention['t']]: MentionHandler<T> } = {
  entity: readEntityNoun,
  who: readWho,
  relation: readRelation,
  employment: readEmployment,
  function: readPeopleWord,
  seniority: readPeopleWord,
  title: readPeopleWord,
  cond: readCondition,
  event: readEvent,
  company: readCompany,
  person: readPerson,
  venue: readVenue,
  country: readPlace,
  city: readPlace,
  state: readPlace,
  topic: readTopic,
  neg: readNegation,
  // "both" is a whole-question flag (`BuildState.bothAnywhere`)
  both: readByContext,
  and: readByContext,
  or: readByContext,
  other: readOther,
  // "somewhere else" is read over the built request, on the link of the relation before it (`apartLinks`)
  apart: readByContext,
  anaphor: readAnaphor,
  count: readCount,
  aggFn: readAggFn,
  most: readMost,
  // "highest first", "in ascending order": the order of the ranking `chooseShape` makes
  sortOrder: readByContext,
  superlative: readSuperlative,
  top: readTop,
  examples: readExamples,
  alsoList: readAlsoList,
  // "including events with none" is read by `parse/countEach.ts` over the whole request
  keepZero: readByContext,
  group: readGroup,
  dimension: readDimension,
  attribute: readAttribute,
  number: readNumber,
  // "compare" shapes the answer once the nodes are built (`comparedDimension`)
  compare: readByContext,
  refine: readRefine,
  copula: readCopula,
  relpron: readRelativePronoun,
  prep: readByContext,
  sector: readByContext,
  // A recognised phrase that cannot be represented: its words are in `scan.ignored`, so the question is
  // asked back (clarify) before any request is answered.
  unclear: readByContext,
};

/** Reads the mention at `s.k` with the handler of its kind. */
export function readMention(s: BuildState, m: Mention): void {
  (HANDLERS[m.t] as (s: BuildState, m: Mention) => void)(s, m);
}
