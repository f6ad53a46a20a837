import {
  COMPANY_ONLY_ATTRIBUTES,
  COND_HOSTS,
  COUNTABLE_LINKS,
  EVENT_ONLY_ATTRIBUTES,
  measuredBy,
  NUMERIC_HOST,
  RANK_COLUMN,
  UNGROUPABLE,
} from '../compile/capabilities';
import { describeCond } from '../compile/describeRequest';
import { measuresAge, type Cond, type EntityKind, type Node, type Request } from '../ir/Request';
import { ANY_DATE_LABEL } from '../lexicon/timeWords';

/** Why a request cannot be compiled as described: `part` names what the user asked for in words. */
export interface RequestProblem {
  part: string;
  message: string;
}

const NOUN: Readonly<Record<EntityKind, string>> = {
  events: 'events',
  companies: 'companies',
  people: 'people',
  participations: 'company-event participations',
};

function condProblem(c: Cond, entity: EntityKind): RequestProblem | null {
  const part = describeCond(c, entity);
  if (!COND_HOSTS[c.kind].includes(entity)) {
    return { part, message: `"${part}" does not apply to ${NOUN[entity]} in this data.` };
  }
  switch (c.kind) {
    case 'ids':
    case 'notIds':
    case 'hasValue':
      return c.entity === entity ? null : { part, message: `"${part}" names ${NOUN[c.entity]}, not ${NOUN[entity]}.` };
    case 'compare':
      return NUMERIC_HOST[c.column] === entity
        ? null
        : { part, message: `"${part}" is known for ${NOUN[NUMERIC_HOST[c.column]]} only, not ${NOUN[entity]}.` };
    case 'state':
      // an event is placed in a state by its city: a state with none of the gazetteer's cities cannot place one
      return entity !== 'events' || (c.cities ?? []).length > 0
        ? null
        : {
            part,
            message: `I place events by their city and country, and I know no city in ${c.label}, so I cannot tell which events are there. Ask by country or city instead.`,
          };
    case 'tag':
      // a theme with neither a tag nor words to find would narrow nothing: a broader answer than the question
      return c.tags.length > 0 || (c.withTag?.tags ?? []).length > 0 || (c.mentioning ?? []).length > 0
        ? null
        : { part, message: 'The theme names no tag and no words to look for.' };
    case 'startBetween':
    case 'endBetween':
      // open at both ends only when every date was asked for ("upcoming or past", "any time"), said as such
      return c.from || c.to || (c.kind === 'startBetween' && c.label === ANY_DATE_LABEL)
        ? null
        : { part, message: 'The date range has neither a start nor an end.' };
    case 'link': {
      const inner = nodeProblem(c.node);
      if (inner) return inner;
      // a participation's link says its own relation ("speaker slots across all events": the speaker rows), which
      // narrows the rows though the events are any
      const needsConds =
        c.node.entity === entity ||
        (entity === 'participations' &&
          (c.node.entity === 'events' || c.node.entity === 'companies') &&
          c.relations.length === 0);
      return needsConds && c.node.conds.length === 0 ? { part, message: `"${part}" does not narrow anything.` } : null;
    }
    case 'except':
      // the excluded rows are of the host's own kind, read like any node of it
      return c.node.entity === entity
        ? nodeProblem(c.node)
        : { part, message: `"${part}" names ${NOUN[c.node.entity]}, not ${NOUN[entity]}.` };
    case 'linkCount':
      return COUNTABLE_LINKS[entity].includes(c.entity)
        ? nodeProblem({ entity: c.entity, conds: c.conds ?? [] })
        : { part, message: `I cannot count ${NOUN[c.entity]} per ${NOUN[entity]} ("${part}").` };
    case 'top':
      if (!Number.isInteger(c.limit) || c.limit < 1) return { part, message: `I cannot rank the first ${c.limit}.` };
      if (c.by.kind === 'column')
        return RANK_COLUMN[c.by.column][entity] ? null : unrankable(entity, c.by.column, part);
      return COUNTABLE_LINKS[entity].includes(c.by.node.entity)
        ? nodeProblem(c.by.node)
        : { part, message: `I cannot count ${NOUN[c.by.node.entity]} per ${NOUN[entity]} ("${part}").` };
    default:
      return null;
  }
}

/**
 * Why rows cannot be ranked by a measure. People have no date or length of their own but their tenure ("the most
 * recent joiners", "the longest-serving"), which the data does not hold in a form it can rank: said as that, not as
 * a date or a duration of people; nor do they have ages.
 */
function unrankable(entity: EntityKind, column: string, part: string): RequestProblem {
  if (entity === 'people' && (column === 'date' || column === 'duration'))
    return {
      part,
      message:
        'The data holds no tenure I can rank people by (when they joined their company, or how long they have been there), so I cannot rank them by it.',
    };
  if (entity === 'people' && column === 'age')
    return { part, message: 'The data holds no ages or tenure of people, so I cannot rank them by age.' };
  return { part, message: `I cannot rank ${NOUN[entity]} by ${column}.` };
}

function nodeProblem(node: Node): RequestProblem | null {
  for (const c of node.conds) {
    const problem = condProblem(c, node.entity);
    if (problem) return problem;
  }
  return null;
}

/**
 * An attribute asked of rows that hold none ("phone numbers of the CEOs at X", "the revenue of the people at X"): the
 * data has it for companies only (`COMPANY_ONLY_ATTRIBUTES`), and the rows listed would show nothing of it.
 */
function attributeProblem(request: Request): RequestProblem | null {
  const entity = request.target.entity;
  if (entity !== 'people' && entity !== 'events') return null;
  const asked = request.attributes.find((a) => COMPANY_ONLY_ATTRIBUTES[a] !== undefined);
  const label = asked === undefined ? undefined : COMPANY_ONLY_ATTRIBUTES[asked];
  if (label === undefined) return null;
  return {
    part: label,
    message: `The data has no ${label} for ${NOUN[entity]}, only for companies: ask for the ${label} of the companies ${entity === 'people' ? 'they work at' : 'taking part'}.`,
  };
}

/** An event's own attribute asked of companies or people (`EVENT_ONLY_ATTRIBUTES`): their rows would show none of it. */
function eventAttributeProblem(request: Request): RequestProblem | null {
  const entity = request.target.entity;
  if (entity !== 'people' && entity !== 'companies') return null;
  const asked = request.attributes.find((a) => EVENT_ONLY_ATTRIBUTES[a] !== undefined);
  const label = asked === undefined ? undefined : EVENT_ONLY_ATTRIBUTES[asked];
  if (label === undefined) return null;
  return {
    part: label,
    message: `The data has a ${label} for events only, not for ${NOUN[entity]}: ask for the ${label} of the events.`,
  };
}

/**
 * The days until an event starts asked with no day to count from, or of rows that are not events (a company's taking
 * part in an event lists the pair, not the event's own columns): the column would be missing under words that name it.
 */
function daysUntilProblem(request: Request): RequestProblem | null {
  if (!request.attributes.includes('days_until')) return null;
  if (request.target.entity === 'events' && request.asOf !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(request.asOf))
    return null;
  return {
    part: 'days until the start',
    message: 'The days until an event starts are known for events: ask for them of the events themselves.',
  };
}

/**
 * A company's age asked with no day to count from, of rows that are not companies, or of a figure that is not a
 * founding year: the column (or the figure) would be missing or wrong under words that name it.
 */
function ageProblem(request: Request): RequestProblem | null {
  const s = request.shape;
  // an age aggregated over the set or per group ("average age by country") is of a founding year
  const measured = s.kind === 'aggregate' ? s : s.kind === 'group' ? s.measure : undefined;
  const aggregated = measuresAge(s);
  if (!request.attributes.includes('age') && !aggregated) return null;
  const dated = request.asOf !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(request.asOf);
  const fits = aggregated ? measured?.column === 'founded_year' : request.target.entity === 'companies';
  if (dated && fits) return null;
  return {
    part: 'age',
    message: "A company's age is known from its founding year: ask for it of the companies themselves.",
  };
}

/**
 * Checks that a request can be compiled exactly as `describeRequest` words it: every condition sits on an
 * entity that has it, and the shape (count, group, rank, aggregate) can be built for the target. It runs
 * between parsing and both `describeRequest` and `compileRequest`; a problem becomes a refusal naming the
 * part, so the compiler never falls back to a broader statement than the words describe.
 * @example validateRequest({ version: 1, target: { entity: 'events', conds: [] }, shape: { kind: 'aggregate', fn: 'avg', column: 'employees' }, attributes: [], ignored: [] })
 *   // { part: 'avg of employees', message: 'An average of employees is known for companies, not events.' }
 */
export function validateRequest(request: Request): RequestProblem | null {
  const target = request.target;
  const problem =
    nodeProblem(target) ??
    attributeProblem(request) ??
    eventAttributeProblem(request) ??
    daysUntilProblem(request) ??
    ageProblem(request);
  if (problem) return problem;
  const s = request.shape;
  switch (s.kind) {
    case 'list':
      if (s.limit === undefined || (Number.isInteger(s.limit) && s.limit > 0)) return null;
      return { part: `${s.limit} examples`, message: `I cannot list ${s.limit} rows.` };
    case 'count': {
      if (!s.distinct || !UNGROUPABLE[s.distinct].includes(target.entity)) return null;
      const part = `distinct ${s.distinct.replace('_', ' ')}`;
      return { part, message: `I cannot count ${part} values of ${NOUN[target.entity]}.` };
    }
    case 'group': {
      if (s.measure && !measuredBy(s.measure.column, target.entity)) {
        const part = `${s.measure.fn} of ${s.measure.column.replace('_', ' ')}`;
        return { part, message: `I cannot compute the ${part} of ${NOUN[target.entity]}.` };
      }
      if (!UNGROUPABLE[s.dimension].includes(target.entity)) return null;
      const part = `by ${s.dimension.replace('_', ' ')}`;
      return { part, message: `I cannot group ${NOUN[target.entity]} ${part}.` };
    }
    case 'aggregate': {
      if (NUMERIC_HOST[s.column] === target.entity) return null;
      const part = `${s.fn} of ${s.column.replace('_', ' ')}`;
      return {
        part,
        message: `The ${s.column.replace('_', ' ')} is known for ${NOUN[NUMERIC_HOST[s.column]]}, not ${NOUN[target.entity]}, so I cannot compute the ${part} here.`,
      };
    }
    case 'rankByColumn': {
      if (RANK_COLUMN[s.column][target.entity]) return null;
      return unrankable(target.entity, s.column, `ranked by ${s.column}`);
    }
    case 'share': {
      const inner = nodeProblem(s.part);
      if (inner) return inner;
      if (s.part.entity === target.entity && s.part.conds.length > 0) return null;
      return { part: 'share', message: `I cannot say what share of ${NOUN[target.entity]} that is.` };
    }
    case 'countEach':
    case 'rankByCount': {
      const inner = nodeProblem(s.node);
      if (inner) return inner;
      if (COUNTABLE_LINKS[target.entity].includes(s.node.entity)) return null;
      const part = s.kind === 'countEach' ? `number of ${s.label} for each` : `ranked by number of ${s.label}`;
      return { part, message: `I cannot count ${NOUN[s.node.entity]} per ${NOUN[target.entity]}.` };
    }
  }
}
