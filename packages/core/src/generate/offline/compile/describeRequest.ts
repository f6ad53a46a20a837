import type { Cond, EntityKind, Node, RankedColumn, Relation, Request } from '../ir/Request';
import { averagedOnce } from './averagedOnce';
import { companyByName } from './identity';
import { keepsUnknownGroup } from './unknownGroups';
import { valueLabel } from './valueLabels';

const NOUN: Readonly<Record<EntityKind, string>> = {
  events: 'events',
  companies: 'companies',
  people: 'people',
  participations: 'company-event participations',
};
const label = valueLabel;

/** Names typed in a list with the named ones that the data does not hold: said plainly, after the names. */
function absentNames(absent: readonly string[] | undefined): string {
  if (!absent || absent.length === 0) return '';
  return ` (${absent.map((n) => `"${n}"`).join(' and ')} ${absent.length === 1 ? 'is' : 'are'} not in the data)`;
}

function relationWords(relations: readonly string[], from: EntityKind, to: EntityKind): string {
  // a link to a node of the same kind is the rows themselves, narrowed (the compiler's `id IN (...)`): its
  // relations say nothing, so none are worded ("companies in India, that are among companies that are sponsors ...")
  if (from === to) return 'that are among';
  if (from === 'people' && to === 'companies') return 'working at';
  if (from === 'companies' && to === 'people') return 'employing';
  const plural = relations.map((r) => `${r}s`).join(' or ');
  const rel = relations.length === 0 ? 'taking part (any relation) in' : `that are ${plural} of`;
  if (from === 'events') return relations.length === 0 ? 'with' : `with ${plural} among`;
  if (from === 'people')
    return relations.length === 0 ? 'at companies taking part in' : `at companies that are ${plural} of`;
  return rel;
}

/** One condition in words, as it reads after the entity noun ("in Singapore", "whose job functions include Sales"). */
export function describeCond(c: Cond, entity: EntityKind): string {
  const not = 'negate' in c && c.negate ? 'not ' : '';
  switch (c.kind) {
    case 'ids':
      // "GSTC 2025 - the space tech convention": the description checked against the event, said to fit it
      if (c.taken !== undefined) return `named ${c.names.join(' or ')} (${c.taken})${absentNames(c.absent)}`;
      return `named ${c.names.join(' or ')}${c.described === undefined ? '' : ` ("${c.described}": it fits)`}${absentNames(c.absent)}`;
    case 'notIds':
      return c.names.length > 0 ? `other than ${c.names.join(' or ')}` : 'other than those already named';
    case 'startBetween':
      // a window open at both ends narrows nothing: every date was meant ("upcoming or past", "any time")
      if (!c.from && !c.to) return c.label;
      return c.from && c.to
        ? `starting ${c.from}..${c.to}`
        : c.from
          ? `starting on or after ${c.from}`
          : `starting on or before ${c.to}`;
    case 'endBetween':
      return c.from && c.to
        ? `ending ${c.from}..${c.to}`
        : c.from
          ? `ending on or after ${c.from}`
          : `ending on or before ${c.to}`;
    case 'past':
      return `that already took place (before ${c.asOf})`;
    case 'ongoing':
      return `running on ${c.asOf}`;
    case 'country': {
      const cities = c.orCities && c.orCities.length > 0 ? ` or in the city of ${c.orCities.join(' or ')}` : '';
      return `${not}in ${c.label}${entity === 'companies' ? ' (headquarters)' : ''}${cities}`;
    }
    case 'state':
      return `${not}in the state of ${c.label}`;
    case 'city':
      return `${not}in the city of ${c.values.join(' or ')}`;
    case 'venue':
      return `${not}at ${c.label}`;
    case 'tag': {
      const said = (c.mentioning ?? []).map((w) => `"${w}"`).join(' or ');
      const tagged = [c.tags.length > 0 ? c.label : '', c.withTag?.label ?? ''].filter(Boolean).join(' or ');
      if (!tagged || !said) return tagged ? `${not}tagged ${tagged}` : `${not}mentioning ${said}`;
      // both readings of a narrower theme: a negation denies them both
      return c.negate ? `neither tagged ${tagged} nor mentioning ${said}` : `tagged ${tagged} or mentioning ${said}`;
    }
    case 'nameHas':
      return `whose name ${not ? 'does not contain' : 'contains'} "${c.words.join(' ')}"`;
    case 'text':
      return `${not}mentioning "${c.words.join(' ')}"`;
    case 'industry': {
      if (c.industries.length > 0 && c.industries.length <= 3)
        return `${not}in the ${c.industries.join(' / ')} industry`;
      // "banking or financial services": a union of industries said by several words, each quoted (one quoted label
      // would read as one literal industry)
      const said = c.label.split(' or ').map((x) => `"${x}"`);
      return `${not}in the ${said.join(' or ')} industry`;
    }
    case 'compare':
      return `with ${c.label}`;
    case 'jobFunction': {
      const values = c.values.map(label);
      const list =
        c.all && values.length > 1
          ? `${values.length > 2 ? 'all of' : 'both'} ${values.slice(0, -1).join(', ')} and ${values.at(-1) ?? ''}`
          : values.join(' or ');
      return `whose job functions ${not ? 'do not include' : 'include'} ${list}`;
    }
    case 'seniority': {
      const level = `whose seniority is ${not}${c.values.map(label).join(' or ')}${
        c.ofFunctions?.length ? ` with job functions including ${c.ofFunctions.map(label).join(' or ')}` : ''
      }`;
      const alternatives = [
        ...(c.orFunctions?.length
          ? [`whose job functions ${c.negate ? 'do not include' : 'include'} ${c.orFunctions.map(label).join(' or ')}`]
          : []),
        ...(c.orTitles?.length
          ? [
              `whose job title ${c.negate ? 'does not mention' : 'mentions'} ${c.orTitles.map((t) => t.label).join(' or ')}`,
            ]
          : []),
      ];
      if (alternatives.length === 0) return level;
      return c.negate ? [level, ...alternatives].join(' and ') : [level, ...alternatives].join(', or ');
    }
    case 'title':
      return `whose job title ${not ? 'does not mention' : 'mentions'} ${c.label}`;
    case 'relation':
      return `with relation ${not}${c.values.join(' or ')}`;
    case 'hasValue':
      return c.negate ? `without a known ${c.label}` : `with a known ${c.label}`;
    case 'hasEmail':
      return c.negate ? 'without a known e-mail address' : 'with a known e-mail address';
    case 'personName':
      return `whose ${{ first: 'first name', surname: 'surname', any: 'first name or surname' }[c.part]} is ${not}${c.values.join(' or ')}`;
    case 'linkCount':
      // the rows counted are said as the SQL narrows them ("number of events >= 2 (counting events in Singapore)")
      return c.conds && c.conds.length > 0
        ? `with ${c.label} (counting ${describeNode({ entity: c.entity, conds: c.conds })}${rankedRelations(c.label, c.relations)})`
        : `with ${c.label}`;
    case 'contactsVsSize':
      return `with ${c.label}`;
    case 'top': {
      const measure =
        c.by.kind === 'count'
          ? `the ${c.order === 'desc' ? 'most' : 'fewest'} ${counted(c.by.label, c.by.node, c.by.relations)}`
          : `the ${c.order === 'desc' ? 'highest' : 'lowest'} ${c.by.column === 'size' ? 'stated size' : c.by.column}`;
      return `with ${measure} (${c.limit === 1 ? 'the first' : `the first ${c.limit}`} of them, ties kept)`;
    }
    case 'sameDates':
      return `${c.overlap ? 'overlapping the dates of' : 'on the same dates as'} ${c.names.join(' or ')} (not ${c.names.length > 1 ? 'those' : 'that event'} itself)`;
    case 'urlHost':
      return `whose web address is ${c.negate ? 'not ' : ''}on ${c.domain} (the site of "${c.said}")`;
    case 'sameVenue':
      return `at the same venue as ${c.names.join(' or ')} (not ${c.names.length > 1 ? 'those' : 'that event'} itself)`;
    case 'except':
      return `excluding ${describeNode(c.node)}`;
    case 'link': {
      const words = relationWords(c.relations, entity, c.node.entity);
      const negated = !c.negate
        ? words
        : words.startsWith('that are ')
          ? words.replace('that are ', 'that are not ')
          : words.startsWith('with ')
            ? words.replace('with ', 'without ')
            : `not ${words}`;
      // "sponsors somewhere and speakers somewhere else": the other event is said, as the SQL tests it
      const apart = c.apartFrom
        ? `, at an event other than one where the same company is ${c.apartFrom.relations.join(' or ')}${
            c.apartFrom.node.conds.length > 0 ? ` (${describeNode(c.apartFrom.node)})` : ''
          }`
        : '';
      return `${negated} ${describeNode(c.node)}${apart}`;
    }
  }
}

/** The relations a ranking counts, when its label does not already say them ("events" counted as sponsor). */
function rankedRelations(label: string, relations: readonly Relation[]): string {
  const said = relations.every((r) => label.toLowerCase().includes(r.slice(0, 5)));
  return relations.length === 0 || said ? '' : ` as ${relations.join(' or ')}`;
}

/** "companies taking part (any relation) in events tagged Oil & Gas starting 2024-07-15..2025-07-15" */
export function describeNode(node: Node): string {
  // a second condition of one kind narrows the first (both must hold): "sales ..., narrowed to marketing"
  const seen = new Set<string>();
  // a ranking inside the question is said last: it ranks the rows the other conditions keep ("companies that are
  // sponsors of X, with the highest stated size")
  const conds = [...node.conds.filter((c) => c.kind !== 'top'), ...node.conds.filter((c) => c.kind === 'top')];
  const parts = conds.map((c) => {
    const key = `${c.kind}:${'negate' in c && c.negate ? 'not' : ''}`;
    const repeated = c.kind !== 'link' && c.kind !== 'text' && seen.has(key);
    seen.add(key);
    if (!repeated) return describeCond(c, node.entity);
    const single =
      c.kind === 'seniority'
        ? ' (both must hold; each person has one seniority, so this can be empty)'
        : ' (both must hold)';
    return `narrowed to those ${describeCond(c, node.entity)}${single}`;
  });
  // a company taken by name where its rows differ (`identity.ts`): said, so the words tell what the SQL tests
  const byName = node.conds.some((c) => companyByName(node, c)) ? ' (each company by name, over all its rows)' : '';
  return `${[NOUN[node.entity], ...parts].join(', ').replace(/, /, parts.length > 0 ? ' ' : '')}${byName}`;
}

/**
 * What a ranking counts: rows counted with conditions are described by them ("people whose job functions include
 * Sales", "companies in Singapore"), so the words say which rows the SQL counts, not just "people".
 */
function countedLabel(label: string, node: Node): string {
  return node.conds.length > 0 ? describeNode(node) : label;
}

/** The counted rows in words with the relations they are counted under, unless the words say them already. */
function counted(label: string, node: Node, relations: readonly Relation[]): string {
  const shown = countedLabel(label, node);
  return `${shown}${rankedRelations(shown, relations)}`;
}

/**
 * How events and companies are counted (`identity.ts`): each name once, or every stored row (an event's listing, a
 * company's row) when those were asked.
 */
function onceByName(target: Node, perRow: true | undefined): string {
  if (target.entity === 'events') return perRow ? ' (every listing counted)' : ' (each event name once)';
  if (target.entity === 'companies') return perRow ? ' (every row counted)' : ' (each company name once)';
  return '';
}

/** Which rows a grouped aggregate takes once by name: a participation's company, or the target itself. */
function measuredOnce(target: Node, perRow: true | undefined): string {
  return target.entity === 'participations' ? ' (each company name once)' : onceByName(target, perRow);
}

/** "average number of companies per event": what one is averaged over and how each side is counted. */
function averageText(target: Node, measured: string, measure: Node, base: string): string {
  if (averagedOnce(target.entity, measure.entity) === null)
    return `average number of ${measured} per row of ${base} (a row with none counts as 0)`;
  const one = target.entity === 'events' ? 'event' : 'company';
  const rows = target.entity === 'events' ? 'listings' : 'rows';
  const counted =
    measure.entity === 'people' ? '' : ` (each ${measure.entity === 'events' ? 'event' : 'company'} name once)`;
  return `average number of ${measured}${counted} per ${one}, over ${base} (each ${one} name once, its ${rows} together; ${one === 'event' ? 'an event' : 'a company'} with none counts as 0)`;
}

/**
 * How a list shows events: the events (each name once, what "events" means) say nothing more; every listing (stored
 * row) is said when the listings were asked.
 */
function eventsListed(target: Node, perRow: true | undefined): string {
  return target.entity === 'events' && perRow ? ' (every listing)' : '';
}

/** What a whole list is sorted by, in words: the column the rank reads and which end comes first. */
function sortedBy(column: RankedColumn, order: 'asc' | 'desc'): string {
  const dated = column === 'age' || column === 'date';
  const first = dated ? (order === 'asc' ? 'earliest' : 'latest') : order === 'asc' ? 'lowest' : 'highest';
  return `${SORTED_COLUMN[column]} (${first} first`;
}

/** The column a ranking reads, named for a sorted list ("age" ranks by the founding year). */
const SORTED_COLUMN: Readonly<Record<RankedColumn, string>> = {
  age: 'founding year',
  size: 'size',
  revenue: 'revenue',
  date: 'start date',
  duration: 'duration',
};

/** A company's age as computed: the years from its founding year to the question's year. */
function ageWords(asOf: string | undefined): string {
  return `age in years (${asOf?.slice(0, 4) ?? 'this year'} minus the founding year)`;
}

/** The interpretation of a request in words, shown to the user with the SQL. */
export function describeRequest(r: Request): string {
  const base = describeNode(r.target);
  const s = r.shape;
  let text: string;
  switch (s.kind) {
    case 'list': {
      const listed = `${base}${eventsListed(r.target, s.perRow)}`;
      text = s.limit === undefined ? listed : `${listed} (${s.limit} of them, as examples, in list order)`;
      if (s.withCount)
        text = `${listed}, listed with their number (count)${s.limit === undefined ? '' : `, ${s.limit} of them as examples`}`;
      break;
    }
    case 'count':
      text = s.distinct
        ? `number of distinct ${s.distinct.replace('_', ' ')} values over ${base}`
        : `number of ${base}${onceByName(r.target, s.perRow)}`;
      break;
    case 'group':
      // the words say which end of the counts is kept: "fewest first" when the grouping ascends
      text = s.measure
        ? `${s.measure.fn} of ${s.measure.age ? ageWords(r.asOf) : s.measure.column} over ${base}${measuredOnce(r.target, s.perRow)}, by ${s.dimension.replace('_', ' ')}${s.order === 'asc' ? ' (lowest first)' : ''}${s.limit ? `, top ${s.limit}` : ''}`
        : `${base}, counted by ${s.dimension.replace('_', ' ')}${onceByName(r.target, s.perRow)}${keepsUnknownGroup(s) ? `, those with no known ${s.dimension} as one group` : ''}${s.having ? `, only the groups whose number is ${s.having.op} ${s.having.value}` : ''}${s.order === 'asc' ? ' (fewest first)' : ''}${s.limit ? `, top ${s.limit}` : ''}`;
      break;
    case 'rankByCount':
      text = `${base}, ranked by number of ${counted(s.label, s.node, s.relations)} (${s.order === 'desc' ? 'most' : 'fewest'} first, top ${s.limit} with ties)`;
      break;
    case 'countEach':
      text = s.average
        ? averageText(r.target, counted(s.label, s.node, s.relations), s.node, base)
        : s.grouped
          ? `${counted(s.label, s.node, s.relations)}, counted by ${r.target.entity === 'events' ? 'event' : 'company'}, among ${base} (those with none not listed)`
          : `${base}, each with its number of ${counted(s.label, s.node, s.relations)}`;
      break;
    case 'rankByColumn':
      text =
        s.limit === null
          ? `${base}, sorted by ${sortedBy(s.column, s.order)}, those with none known last)`
          : // "the oldest" ranks by the founding year, earliest first: named by the column read, as a sorted list is
            `${base}, ranked by ${SORTED_COLUMN[s.column]} (${s.order}, top ${s.limit} with ties)`;
      break;
    case 'aggregate':
      text = `${[s.fn, ...(s.also ?? [])].join(' and ')} of ${s.age ? ageWords(r.asOf) : s.column} over ${base}${onceByName(r.target, s.perRow)}`;
      break;
    case 'share':
      text = `share of ${base}${onceByName(r.target, undefined)} that are also among ${describeNode(s.part)}: how many are, how many in all, and the percentage`;
      break;
  }
  const attrs = r.attributes.filter((a) => a !== 'email' || r.target.entity !== 'people');
  if (r.attributes.includes('email')) text += '; with e-mail addresses';
  // the days until the start are counted from the question's day, which the words say
  const shown = attrs.map((a) =>
    a === 'days_until' ? `days from ${r.asOf ?? 'today'} until the start` : a === 'age' ? ageWords(r.asOf) : a,
  );
  if (shown.length > 0) text += `; showing ${shown.join(', ').replace(/_/g, ' ')}`;
  return text;
}
