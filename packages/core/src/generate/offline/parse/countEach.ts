/**
 * Counts per member of a set that the question narrows: "for each event in February, how many companies", "how
 * many sponsors does each event in Q1 2025 have", "for each company at OSEA, how many people". The answer is one
 * row per member of the narrowed set (zero included) with its number of linked rows (`countEach`), never the
 * linked rows grouped by every event they take part in (which brings events outside the window back, and
 * leaves the events with nothing linked out).
 *
 * Read from the mentions after `buildRequest`: a quantifier ("each", "every", "per", "for each") before an event
 * or company noun (or "each has" after the counted noun), a count ("how many", "number of", "count"), and a
 * request whose node of that kind carries conditions of its own (a window, a place, a name). The request is
 * re-rooted at that node; what was the target becomes the counted node. Without conditions on the set, a plain
 * "number of sponsors per event" keeps its grouping (events with none are not listed), unless an aside asks for the
 * ones with none too ("including events with none": `scan/zeroGroups.ts`). A grouping said with "by" ("how many
 * marketing people at X's sponsors, by company") groups the counted rows: a member with none is no group.
 */
import { COUNTABLE_LINKS } from '../compile/capabilities';
import { ARRANGING_PARTICLE_VERBS } from '../lexicon/aggregateWords';
import type { Cond, EntityKind, Node, Relation, Request } from '../ir/Request';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';

const QUANTIFIERS = new Set(['each', 'every', 'per', 'by']);
/**
 * Quantifiers of an average only: "the average number of sponsors across all events" is per event, while "how many
 * companies across all events in 2025" is one total (`scan/totalScope.ts`).
 */
const AVERAGE_QUANTIFIERS = new Set(['across', 'over']);
/** Words that may stand between the quantifier and its noun ("each of the events", "across all the events"). */
const BETWEEN = new Set(['of', 'the', 'those', 'these', 'single', 'individual', 'all']);
/** Mentions that may modify the quantified noun ("each Singapore event", "each of the OSEA sponsors"). */
const SET_MODIFIERS: ReadonlySet<Mention['t']> = new Set(['country', 'city', 'cond', 'topic', 'venue', 'event']);
const VERBS_AFTER_EACH = new Set(['has', 'have', 'had', 'gets', 'got', 'draws', 'attracts', 'brings']);

type SetKind = 'events' | 'companies';

function kindOf(m: Mention | undefined): { kind: SetKind; relations: Relation[] } | null {
  if (!m) return null;
  if (m.t === 'entity' && (m.entity === 'events' || m.entity === 'companies'))
    return { kind: m.entity, relations: m.relations ?? [] };
  if (m.t === 'dimension' && (m.dim === 'event' || m.dim === 'company'))
    return { kind: m.dim === 'event' ? 'events' : 'companies', relations: [] };
  return null;
}

/** The set the quantifier ranges over, with the relations its noun says ("each exhibitor"). */
function quantifiedSet(
  scan: Scan,
  counted: Mention | undefined,
  average: boolean,
): { kind: SetKind; relations: Relation[]; by?: true } | null {
  const w = scan.tokens.map((t) => t.norm);
  const mentionAt = (k: number): Mention | undefined => scan.mentions.find((m) => m.start <= k && k < m.end);
  for (let i = 0; i < w.length; i++) {
    if (!QUANTIFIERS.has(w[i] ?? '') && !(average && AVERAGE_QUANTIFIERS.has(w[i] ?? ''))) continue;
    // "how many exhibitors each has", "how many companies does each one have": the set is the other noun of the
    // question ("one" may be read as the number 1)
    // "... how many speakers each? (in a table pls)": an aside after "each" names nothing
    const next = w[i] === 'each' ? pastDiscourse(scan, i + 1) : i + 1;
    const after = ['one', '1'].includes(w[next] ?? '') ? next + 1 : next;
    if (w[i] === 'each' && (VERBS_AFTER_EACH.has(w[after] ?? '') || after === w.length) && counted) {
      const other = otherSet(scan, counted);
      if (other) return other;
    }
    // "by event": the noun right after it ("sponsored by ..." names no set)
    // ... over the words between and the modifiers of the noun ("each of the Cyber Security World Asia speakers":
    // a name of several words modifying it is one step)
    const reach = w[i] === 'by' ? 1 : 4;
    // "for the October events that have companies, how many companies each": the fronted set is read after the
    // question ("how many companies each for the October events ..."), so "each for" ranges over that set
    const from = w[i] === 'each' && w[next] === 'for' ? next + 1 : next;
    for (let k = from, step = 0; k < w.length && step < reach; k++, step++) {
      const m = mentionAt(k);
      const found = kindOf(m);
      if (found && m !== counted) return w[i] === 'by' ? { ...found, by: true } : found;
      if (BETWEEN.has(w[k] ?? '')) continue;
      if (!m || !SET_MODIFIERS.has(m.t)) break;
      k = m.end - 1;
    }
  }
  return null;
}

/** The first token from `k` on that is not discourse (an aside, a remark: `Scan.discourse`) with no reading. */
function pastDiscourse(scan: Scan, k: number): number {
  let at = k;
  while (at < scan.tokens.length && scan.discourse?.has(at) && !scan.mentions.some((m) => m.start <= at && at < m.end))
    at++;
  return at;
}

/** The set noun of the question other than the counted one ("how many exhibitors each has": the events). */
function otherSet(scan: Scan, counted: Mention): { kind: SetKind; relations: Relation[]; by?: true } | null {
  return scan.mentions.map(kindOf).find((x) => x && x.kind !== kindOf(counted)?.kind) ?? null;
}

/** Pronouns after "each of" that stand for the earlier answer's members ("each of them", "each of those"). */
const EACH_OF_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those', 'these']);

/** Discourse words that may open the clause of a verb of arranging after the question's ("..., ok break it down"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['ok', 'okay', 'so', 'and', 'now', 'pls', 'please', 'then']);

/**
 * "how many exhibitors each" after "which events have exhibitors": "each" closing the question with no other set noun
 * in it ranges over the one set of events or companies the counted rows are linked to (the earlier turn's, carried
 * into the request), never a total of the counted rows.
 */
function linkedSet(
  request: Request,
  scan: Scan,
  counted: Mention,
): { kind: SetKind; relations: Relation[]; by?: true } | null {
  const w = scan.tokens.map((t) => t.norm);
  const each = w.lastIndexOf('each');
  const next = pastDiscourse(scan, each + 1);
  let after = ['one', '1'].includes(w[next] ?? '') ? next + 1 : next;
  // "how many sponsors does each of them have", "for each of those, how many exhibitors": a pronoun after "each of"
  // names no set of its own, it is the earlier answer's (the one set carried into the request), whatever follows
  const pronoun = w[after] === 'of' && EACH_OF_PRONOUNS.has(w[after + 1] ?? '');
  if (pronoun) after += 2;
  // "how many X each ok, break it down": the verb's clause after the question's, opened by a discourse word
  while (after < w.length && CLAUSE_OPENERS.has(w[after] ?? '')) after++;
  // the clause of a verb of arranging may follow ("break it down - how many exhibitors each": the question first)
  const closes = after === w.length || ARRANGING_PARTICLE_VERBS[w[after] ?? ''] !== undefined;
  if (each < 0 || !(pronoun || closes || VERBS_AFTER_EACH.has(w[after] ?? ''))) return null;
  const countedKind = kindOf(counted)?.kind;
  const links = request.target.conds.filter(
    (c): c is Extract<Cond, { kind: 'link' }> =>
      c.kind === 'link' && !c.negate && (c.node.entity === 'events' || c.node.entity === 'companies'),
  );
  // "for the october events that have companies listed, how many companies each": a second set that only says it
  // has the counted rows restricts the one set ("that have companies"), it is no other set to count over
  const ranging = links.filter((c) => !saysItHas(c, c.node.entity, request.target.entity));
  const [only] = ranging.length > 0 ? ranging : links;
  if ((ranging.length > 0 ? ranging : links).length !== 1 || !only || only.node.entity === countedKind) return null;
  return { kind: only.node.entity as SetKind, relations: [] };
}

/** Whether the count word is followed right away by "each" ("how many each", the question clause read first). */
function bareEach(scan: Scan): boolean {
  const count = scan.mentions.find((m) => m.t === 'count');
  return count !== undefined && scan.tokens[count.end]?.norm === 'each';
}

/**
 * The noun counted: the entity right after the count word ("how many companies", "number of sponsors"); after a
 * bare "how many each" ("oct events w/ cos signed up - how many each?", read with its question clause first), the
 * last noun of another kind than the set's first noun: the rows the set was said to have.
 */
function countedNoun(scan: Scan): Mention | undefined {
  const ms = scan.mentions;
  const at = ms.findIndex((m) => m.t === 'count');
  if (at < 0) return undefined;
  if (bareEach(scan)) {
    const nouns = ms.slice(at + 1).filter((m) => kindOf(m) !== null);
    const set = kindOf(nouns[0])?.kind;
    const other = [...nouns].reverse().find((m) => kindOf(m)?.kind !== set);
    if (other) return other;
  }
  return (
    ms.slice(at + 1, at + 3).find((m) => m.t === 'entity') ?? (ms[at - 1]?.t === 'entity' ? ms[at - 1] : undefined)
  );
}

const isLinkTo = (c: Cond, entity: EntityKind): c is Extract<Cond, { kind: 'link' }> =>
  c.kind === 'link' && !c.negate && c.node.entity === entity;

/** A link to a set of `set`'s kind that only says it has (so many of) the counted rows ("events with sponsors"). */
function saysItHas(c: Cond, set: EntityKind, countedEntity: EntityKind): boolean {
  return (
    isLinkTo(c, set) &&
    c.node.conds.length > 0 &&
    c.node.conds.every(
      (x) =>
        (isLinkTo(x, countedEntity) && x.node.conds.length === 0) ||
        (x.kind === 'linkCount' && x.entity === countedEntity),
    )
  );
}

/** The people's one link to companies that take part in events with conditions of their own, and that link. */
function peopleViaCompanies(
  t: Node,
): { companies: Extract<Cond, { kind: 'link' }>; events: Extract<Cond, { kind: 'link' }> } | null {
  const companies = t.conds.filter((c): c is Extract<Cond, { kind: 'link' }> => isLinkTo(c, 'companies'));
  const [only] = companies;
  if (companies.length !== 1 || !only) return null;
  const events = only.node.conds.filter((c): c is Extract<Cond, { kind: 'link' }> => isLinkTo(c, 'events'));
  const [event] = events;
  return events.length === 1 && event && event.node.conds.length > 0 ? { companies: only, events: event } : null;
}

/** The re-rooted request: `set` as target, the rest of the old target counted. Null when it does not apply. */
function reroot(
  request: Request,
  set: SetKind,
  setRelations: readonly Relation[],
  label: string,
  keepZero: boolean,
  average: boolean,
  grouped = false,
): Request | null {
  const t = request.target;
  let target: Node;
  let counted: Node;
  let relations: Relation[];
  if (t.entity === set) {
    // "events in November and how many exhibitors each has": the events are the target already
    const link = t.conds.find((c) => c.kind === 'link' && !c.negate && c.node.entity !== set);
    if (!link || link.kind !== 'link') return null;
    target = { entity: set, conds: t.conds.filter((c) => c !== link) };
    counted = link.node;
    relations = link.relations;
  } else if (t.entity === 'participations') {
    // "how many sponsors does each event in Q1 have": the participations of one relation, per event
    const said = t.conds.find((c) => isLinkTo(c, set));
    // "number of sponsors per event, including events with none": every event
    const link: Cond | undefined =
      said ??
      (keepZero || average
        ? { kind: 'link', relations: [], negate: false, node: { entity: 'events', conds: [] } }
        : undefined);
    if (!link || link.kind !== 'link' || set !== 'events') return null;
    relations = t.conds.flatMap((c) => (c.kind === 'relation' && !c.negate ? c.values : []));
    const companies = t.conds.find((c) => isLinkTo(c, 'companies'));
    const companiesNode: Node = companies?.kind === 'link' ? companies.node : { entity: 'companies', conds: [] };
    // "avg no. of sponsors per event in 2025 (only events with sponsors)": the events said to have the counted
    // companies are the set, not a condition on the companies counted
    const saidOfSet = companiesNode.conds.filter((c) => saysItHas(c, set, 'companies'));
    target = {
      ...link.node,
      conds: [...link.node.conds, ...saidOfSet.flatMap((c) => (c.kind === 'link' ? c.node.conds : []))],
    };
    counted = { ...companiesNode, conds: companiesNode.conds.filter((c) => !saidOfSet.includes(c)) };
    if (t.conds.some((c) => c !== link && c !== companies && c.kind !== 'relation')) return null;
  } else {
    // the set's own link, not the one that only says the set has the counted rows (folded into the set below)
    const direct =
      t.conds.find((c) => isLinkTo(c, set) && !saysItHas(c, set, t.entity)) ?? t.conds.find((c) => isLinkTo(c, set));
    if (direct?.kind === 'link') {
      // "for the events that have companies, how many companies does each one have", "among upcoming events with at
      // least one company, the average number of companies per event": a second set of the same kind that only says
      // it has (so many of) the counted rows is said of the set, not of the counted rows
      const hasCounted = (c: Cond): boolean => c !== direct && saysItHas(c, set, t.entity);
      const saidOfSet = new Set<Cond>(t.conds.filter(hasCounted));
      const setConds = [...saidOfSet].flatMap((c) => (c.kind === 'link' ? c.node.conds : []));
      target = { ...direct.node, conds: [...direct.node.conds, ...setConds] };
      counted = { entity: t.entity, conds: t.conds.filter((c) => c !== direct && !saidOfSet.has(c)) };
      relations = direct.relations;
    } else if (t.entity === 'people' && set === 'companies') {
      // "for each company at OSEA, how many people": people reach events through their company
      const viaEvents = t.conds.find((c) => isLinkTo(c, 'events'));
      if (viaEvents?.kind === 'link') {
        const relationsOfSet = viaEvents.relations.length > 0 ? viaEvents.relations : [...setRelations];
        target = { entity: 'companies', conds: [{ ...viaEvents, relations: relationsOfSet }] };
        counted = { entity: 'people', conds: t.conds.filter((c) => c !== viaEvents) };
      } else if (keepZero || average) {
        // "how many people on average per company": every company, its people counted
        target = { entity: 'companies', conds: [] };
        counted = t;
      } else return null;
      relations = [];
    } else if (t.entity === 'people' && set === 'events' && peopleViaCompanies(t)) {
      // "per event in the next 3 months, how many sales people at the companies going": people reach events through
      // their company; the events' window picks the members counted for, never only the people (whose companies'
      // every other event came back as a group)
      const via = peopleViaCompanies(t);
      if (!via) return null;
      const { companies, events } = via;
      const companyConds = companies.node.conds.filter((c) => c !== events);
      target = events.node;
      relations = events.relations.length > 0 ? [...events.relations] : [...setRelations];
      counted = {
        entity: 'people',
        conds: [
          ...t.conds.filter((c) => c !== companies),
          ...(companyConds.length > 0 ? [{ ...companies, node: { ...companies.node, conds: companyConds } }] : []),
        ],
      };
    } else if (keepZero || average) {
      // "average number of companies per event", "... per event, including events with none": every member of the set
      target = { entity: set, conds: [] };
      counted = t;
      relations = [];
    } else return null;
  }
  // people work at their company under no relation: the relation said ("the sponsors") is the set's, not the count's
  if (target.entity === 'companies' && counted.entity === 'people') relations = [];
  // only a set the question narrows: "per event" alone keeps its grouping, unless asked with the ones with none or
  // as an average (over every member of the set)
  if (target.conds.length === 0 && !keepZero && !average) return null;
  if (!COUNTABLE_LINKS[target.entity].includes(counted.entity)) return null;
  return {
    ...request,
    target,
    shape: {
      kind: 'countEach',
      node: counted,
      relations: [...relations],
      label,
      ...(average ? { average } : {}),
      // "by company": the counted rows grouped, no member with none (unless asked with the ones with none)
      ...(grouped && !keepZero && !average ? { grouped: true as const } : {}),
    },
  };
}

export function readCountEach(request: Request, scan: Scan): Request {
  const s = request.shape;
  const grouped =
    s.kind === 'group' && (s.dimension === 'event' || s.dimension === 'company') && s.limit === null && !s.measure;
  if (!grouped && s.kind !== 'count') return request;
  const counted = countedNoun(scan);
  // "how many exhibitors each" after the events having them: a count of each name once is still a count per member
  // ... and so is a bare "how many each" after the set said with the rows it has ("oct events w/ cos - how many
  // each?"): the set is the request's own rows, the rows counted those it was said to have
  const t = request.target.entity;
  const own =
    counted !== undefined &&
    bareEach(scan) &&
    s.kind === 'count' &&
    (t === 'events' || t === 'companies') &&
    kindOf(counted)?.kind !== t
      ? { kind: t, relations: [] as Relation[], by: undefined }
      : null;
  const linked = own ?? (counted ? linkedSet(request, scan, counted) : null);
  if (s.kind === 'count' && s.distinct && !linked) return request;
  // "avg no. of companies per event": the average of the members' numbers, one figure
  const average = scan.mentions.some((m) => m.t === 'aggFn' && m.fn === 'avg');
  // "how many sponsors on average do events in 2025 have": an average with no quantifier is per the other set noun
  const set = quantifiedSet(scan, counted, average) ?? (average && counted ? otherSet(scan, counted) : null) ?? linked;
  if (!set) return request;
  const keepZero = scan.mentions.some((m) => m.t === 'keepZero' && !m.drop);
  let rerooted = reroot(request, set.kind, set.relations, counted?.text ?? 'rows', keepZero, average, set.by === true);
  // "group that by company" after "how many people work at X's sponsors": the counted noun is the earlier turn's, its
  // rows are named by their entity
  if (rerooted?.shape.kind === 'countEach' && !counted)
    rerooted = { ...rerooted, shape: { ...rerooted.shape, label: rerooted.shape.node.entity } };
  // "how many exhibitors each" over every event having them: the count grouped by that set, as "per event" alone is
  if (!rerooted && linked && s.kind === 'count')
    return {
      ...request,
      shape: { kind: 'group', dimension: linked.kind === 'events' ? 'event' : 'company', order: 'desc', limit: null },
    };
  // "oct events w/ cos signed up - how many each?": the set was said as the members having the counted rows, so a
  // member with none is not one of them (as "skip the ones with none" says)
  if (!rerooted || rerooted.shape.kind !== 'countEach' || !(dropsZero(scan) || own)) return rerooted ?? request;
  // "for the events in February, how many companies does each have? skip the ones with none": the members with
  // something counted, said as the members having the counted rows
  const { node, relations } = rerooted.shape;
  const has: Cond = { kind: 'link', relations: [...relations], negate: false, node };
  return { ...rerooted, target: { ...rerooted.target, conds: [...rerooted.target.conds, has] } };
}

const dropsZero = (scan: Scan): boolean => scan.mentions.some((m) => m.t === 'keepZero' && m.drop === true);

/**
 * "skip the ones with none" said where nothing is counted per member: the answer could not leave anything out, so
 * the aside's words are asked back (a grouping, a ranking by a count and a count per member list only members with
 * something counted, or are made to by `readCountEach`).
 */
export function unheldZeroDrops(request: Request, scan: Scan): string[] {
  const k = request.shape.kind;
  if (k === 'countEach' || k === 'group' || k === 'rankByCount') return [];
  return scan.mentions.filter((m) => m.t === 'keepZero' && m.drop === true).map((m) => m.text);
}
