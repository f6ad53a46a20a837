/**
 * A list noun said "at / of / for each" member of a set: "sponsors at each event in 2025", "for each event in 2025,
 * list the exhibitors", "people at each sponsor of AHICE". Nothing asks a number (no "how many", "number of",
 * "count", average or "most"), so the answer is the list broken down by member: one row per member and listed row
 * (the company-event participations, which show the event beside the company; the people, whose rows show their
 * company), never each member's number of rows. Only "each" / "every" quantify so: "sponsors per event" and
 * "sponsors by event" keep the count per group they have always asked for.
 *
 * Read from the request `buildRequest` made (a grouping by event or by company, with no measure and no limit) and
 * the mentions, before `readCountEach` (which turns the groupings that do count into a count per member).
 */
import type { Cond, Node, Relation, Request } from '../ir/Request';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';

/** Quantifiers of every member one by one ("at each event", "for every sponsor"), as opposed to "per" and "by". */
const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'every', 'for each', 'for every']);
/** Mentions that ask for a number, a ranking or an aggregate: the grouping counts then. */
const NUMBER_ASKED: ReadonlySet<Mention['t']> = new Set(['count', 'aggFn', 'most', 'top', 'superlative', 'keepZero']);

/** The relations the set's noun says ("each sponsor" -> sponsor), the noun right after the quantifier. */
function setRelations(ms: readonly Mention[], at: number): Relation[] {
  const noun = ms[at + 1];
  return noun?.t === 'entity' && noun.entity === 'companies' ? [...(noun.relations ?? [])] : [];
}

const isLinkTo = (c: Cond, entity: Node['entity']): c is Extract<Cond, { kind: 'link' }> =>
  c.kind === 'link' && !c.negate && c.node.entity === entity;

/** The listed rows, member beside member; null when the grouping has no such list. */
function brokenDown(target: Node, dimension: 'event' | 'company', relations: Relation[]): Node | null {
  // "sponsors at each event in 2025": the relation rows of those events, each with its event and company
  if (target.entity === 'participations' && dimension === 'event') return target;
  if (target.entity === 'companies' && dimension === 'event') {
    // "companies at each event in 2025": their rows at those events (the companies' own conditions kept)
    const toEvents = target.conds.find((c) => isLinkTo(c, 'events'));
    if (!toEvents || toEvents.kind !== 'link') return null;
    const own = target.conds.filter((c) => c !== toEvents);
    return {
      entity: 'participations',
      conds: [
        toEvents,
        ...(own.length > 0
          ? [
              {
                kind: 'link' as const,
                relations: [],
                negate: false,
                node: { entity: 'companies' as const, conds: own },
              },
            ]
          : []),
      ],
    };
  }
  if (target.entity === 'people' && dimension === 'company') {
    // "people at each sponsor of AHICE": the people of those companies, in the relation the set's noun says
    const toEvents = target.conds.find((c) => isLinkTo(c, 'events'));
    if (!toEvents || toEvents.kind !== 'link')
      return target.conds.some((c) => isLinkTo(c, 'companies')) ? target : null;
    const said = toEvents.relations.length > 0 ? toEvents.relations : relations;
    const companies: Node = {
      entity: 'companies',
      conds: [{ ...toEvents, relations: [...said] }],
    };
    return {
      entity: 'people',
      conds: [
        ...target.conds.filter((c) => c !== toEvents),
        { kind: 'link', relations: [...said], negate: false, node: companies },
      ],
    };
  }
  return null;
}

export function readListPerMember(request: Request, scan: Scan): Request {
  const s = request.shape;
  if (s.kind !== 'group' || s.limit !== null || s.measure || (s.dimension !== 'event' && s.dimension !== 'company'))
    return request;
  const ms = scan.mentions;
  if (ms.some((m) => NUMBER_ASKED.has(m.t))) return request;
  const at = ms.findIndex((m) => m.t === 'group' && EACH_WORDS.has(m.text.toLowerCase()));
  if (at < 0) return request;
  const target = brokenDown(request.target, s.dimension, setRelations(ms, at));
  return target ? { ...request, target, shape: { kind: 'list' } } : request;
}
