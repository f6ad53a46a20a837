/**
 * Follow-up merging: how a question that does not stand alone reuses the previous turn's request. "And
 * Meltwater?" swaps the name; "what about marketing?", "and December?" replace a value of the same kind; "only /
 * just ..." narrows; "the sponsors?" after events links to the previous set. A strong anaphor ("those companies")
 * is read where it stands (`handlers/anaphor.ts`).
 */
import type { Cond, Node, Relation, Request, Shape } from '../../ir/Request';
import type { BuildState } from './BuildState';
import { INHERITED, NARROWING_WORDS, REPLACING_WORDS } from './carriedConds';
import { SAME_AGAIN_PHRASES } from '../../lexicon/discourseWords';
import type { Draft, Edge } from './Draft';
import { replaceIds } from './namedIds';
import { toNode } from './toNode';
import { condEntity } from './condEntity';
import { ONE_WORDS } from './handlers/anaphor';
import type { Mention } from '../Mention';

/** Words that open a question of its own (a follow-up opening with one is not elliptical). */
const QUESTION_OPENERS = [
  'which',
  'what',
  'who',
  'whom',
  'how',
  'list',
  'show',
  'find',
  'give',
  'get',
  'tell',
  'are',
  'is',
  'do',
  'does',
  'can',
  'count',
];

/**
 * "And Meltwater?": only a name, after an earlier request naming something of the same kind: that name swapped.
 * After a word that restates the earlier request ("same thing for X but only ones w/ over 1k employees"), the
 * conditions said of "ones" (the earlier set's members) are added to its target as well, replacing one of their
 * kind.
 */
export function swapNamedValue(s: BuildState): Request | null {
  const restated = s.ms.some((m) => m.t === 'refine' && REPLACING_WORDS.has(m.text.toLowerCase()));
  const ofMembers = (m: Mention): boolean =>
    restated && (m.t === 'cond' || (m.t === 'anaphor' && ONE_WORDS.has(m.text.toLowerCase())));
  const onlyName = s.ms.filter(
    (m) => !['refine', 'and', 'or', 'copula', 'relpron', 'prep'].includes(m.t) && !ofMembers(m),
  );
  if (
    s.previous &&
    // "ones" after a restating word reads the earlier set too: still a swap
    (!s.usedHistory || restated) &&
    onlyName.length === 1 &&
    (onlyName[0]?.t === 'company' || onlyName[0]?.t === 'event')
  ) {
    const named = onlyName[0];
    const kind = named.t === 'company' ? 'companies' : 'events';
    const swapped = structuredClone(s.previous);
    const conds = s.ms.flatMap((m) => (m.t === 'cond' && ofMembers(m) ? [m.cond] : []));
    const target = swapped.target;
    if (conds.some((c) => (condEntity(c) ?? target.entity) !== target.entity)) return null;
    if (replaceIds(target, kind, named.hit.ids, named.hit.names)) {
      for (const c of conds) if (!replaceFamilies(target, [c])) target.conds.push(structuredClone(c));
      return { ...swapped, ignored: s.scan.ignored };
    }
  }
  return null;
}

/**
 * "and partners?" after "how many sponsors does each event have": a relation noun alone, after a request over the
 * participations of one relation (counted, grouped, ranked), is the same request of that relation: its shape and
 * its other conditions kept, never a plain list of the companies in the relation at any event.
 */
export function swapParticipationRelation(s: BuildState): Request | null {
  const previous = s.previous;
  if (!previous || s.usedHistory || previous.target.entity !== 'participations') return null;
  const first = s.scan.tokens[0]?.norm ?? '';
  const words = s.ms.filter((m) => !['refine', 'and', 'or'].includes(m.t));
  const named = words[0];
  if (words.length !== 1 || named?.t !== 'entity' || !named.relations?.length) return null;
  if (!ELLIPSIS_OPENERS.has(first) && !s.ms.some((m) => m.t === 'refine' && REPLACING_WORDS.has(m.text.toLowerCase())))
    return null;
  const swapped = structuredClone(previous);
  const relation = swapped.target.conds.find((c) => c.kind === 'relation' && !c.negate);
  if (!relation || relation.kind !== 'relation') return null;
  relation.values = [...named.relations];
  return { ...swapped, ignored: s.scan.ignored };
}

/** The one link of a relation to events with no condition of their own ("just the sponsors"), or null. */
function relationWithoutEvent(node: Node): Extract<Cond, { kind: 'link' }> | null {
  const bare = node.conds.filter(
    (c): c is Extract<Cond, { kind: 'link' }> =>
      c.kind === 'link' &&
      c.node.entity === 'events' &&
      c.node.conds.length === 0 &&
      c.relations.length > 0 &&
      !c.negate,
  );
  return bare.length === 1 ? (bare[0] ?? null) : null;
}

/** Kinds of condition a new value replaces together: "next quarter" after "in October", "in Malaysia" after a city. */
const FAMILIES: Readonly<Partial<Record<Cond['kind'], string>>> = {
  startBetween: 'time',
  endBetween: 'time',
  past: 'time',
  ongoing: 'time',
  country: 'place',
  city: 'place',
  state: 'place',
};
const family = (c: Cond): string => FAMILIES[c.kind] ?? c.kind;

const sameRelations = (a: readonly Relation[], b: readonly Relation[]): boolean =>
  a.length === b.length && a.every((r) => b.includes(r));

/** The nodes below the target of a request, nearest first, each with the link that reaches it. */
function nestedNodes(target: Node): { node: Node; via: Extract<Cond, { kind: 'link' }> }[] {
  const out: { node: Node; via: Extract<Cond, { kind: 'link' }> }[] = [];
  const queue: Node[] = [target];
  for (let n = queue.shift(); n; n = queue.shift())
    for (const c of n.conds)
      if (c.kind === 'link' && !c.negate) {
        out.push({ node: c.node, via: c });
        queue.push(c.node);
      }
  return out;
}

/** Replaces, in `node`, the conditions of the families of `values` by them; false when it holds none of them. */
function replaceFamilies(node: Node, values: readonly Cond[]): boolean {
  const families = new Set(values.map(family));
  if (!node.conds.some((c) => c.kind !== 'link' && families.has(family(c)))) return false;
  node.conds = [
    ...node.conds.filter((c) => c.kind === 'link' || !families.has(family(c))),
    ...values.map((c) => structuredClone(c)),
  ];
  return true;
}

/**
 * A follow-up that says only new values of a part of the earlier request below its target swaps them there and
 * keeps every other part: "and the partners?" after the sales people at X's sponsors (the companies' relation),
 * "how about next quarter?" after the companies sponsoring events next month (the events' dates). The values are
 * the new root's own conditions and the relation its noun says; null when the earlier request has no node of the
 * root's kind holding one of them (then the follow-up is read as before: linked to the earlier set).
 */
function swapNestedValues(previous: Request, root: Node, relations: readonly Relation[]): Node | null {
  const bare = relationWithoutEvent(root);
  const values = root.conds.filter((c) => c.kind !== 'link');
  if (root.conds.some((c) => c.kind === 'link' && c !== bare) || (values.length === 0 && relations.length === 0))
    return null;
  const target = structuredClone(previous.target);
  const found = nestedNodes(target).find(({ node }) => node.entity === root.entity);
  if (!found) return null;
  const { node, via } = found;
  if (values.length > 0 && !replaceFamilies(node, values)) return null;
  if (relations.length > 0) {
    // the relation of companies is on their links to events; of events, on the link that reaches them
    const links =
      node.entity === 'companies'
        ? node.conds.filter(
            (c): c is Extract<Cond, { kind: 'link' }> => c.kind === 'link' && !c.negate && c.node.entity === 'events',
          )
        : [via];
    if (links.length === 0 || links.some((c) => c.relations.length === 0)) return null;
    for (const c of links) c.relations = [...relations];
  }
  return target;
}

/**
 * "what about in Malaysia?" after the people at companies in Singapore: a new value whose family the earlier
 * target does not hold, while one node below it does, replaces it there (the place the earlier turn said), not
 * added to the target; the values left are returned for the target.
 */
function replaceBelowTarget(target: Node, values: readonly Cond[]): Cond[] {
  const rest: Cond[] = [];
  const below = nestedNodes(target);
  for (const c of values) {
    const held = (n: Node): boolean => n.conds.some((x) => x.kind !== 'link' && family(x) === family(c));
    const holders = below.filter(({ node }) => held(node));
    const [only] = holders;
    if (held(target) || holders.length !== 1 || !only) rest.push(c);
    else replaceFamilies(only.node, [c]);
  }
  return rest;
}

/** The first word opens an elliptical follow-up ("and ...?", "or ...?", "plus ..."). */
const ELLIPSIS_OPENERS: ReadonlySet<string> = new Set(['and', 'or', 'plus']);

/**
 * "and the ones at B?", "what about those at B?" after the sales people at A: the earlier set read through a
 * pro-form keeps its link to A, and the new link to B said of the same kind of node (a named company, an event of
 * the same relation) replaces it: intersected, nobody works at both. Only in a message that swaps ("and" first, a
 * replacing word) and does not narrow ("only", "just"); a new value of another kind (a country of the companies)
 * still narrows.
 */
function replaceCarriedLinks(s: BuildState, root: Draft): void {
  if (!s.usedHistory) return;
  const words = s.ms.filter((m) => m.t === 'refine').map((m) => m.text.toLowerCase());
  const swapping = ELLIPSIS_OPENERS.has(s.scan.tokens[0]?.norm ?? '') || words.some((w) => REPLACING_WORDS.has(w));
  if (!swapping || words.some((w) => NARROWING_WORDS.has(w))) return;
  const other = (e: Edge): Draft => (e.a === root ? e.b : e.a);
  const carried = (d: Draft): boolean => d.conds.length > 0 && d.conds.every((c) => INHERITED.has(c));
  const fresh = (d: Draft): boolean => d.conds.length > 0 && d.conds.every((c) => !INHERITED.has(c));
  const families = (d: Draft): Set<string> => new Set(d.conds.map(family));
  for (const next of root.edges.filter((e) => !e.negate && fresh(other(e)))) {
    const said = families(other(next));
    const old = root.edges.find(
      (e) =>
        e !== next &&
        !e.negate &&
        other(e).entity === other(next).entity &&
        carried(other(e)) &&
        (next.relations.length === 0 || sameRelations(e.relations, next.relations)) &&
        [...families(other(e))].every((f) => said.has(f)),
    );
    if (!old) continue;
    if (next.relations.length === 0) next.relations = [...old.relations];
    root.edges = root.edges.filter((e) => e !== old);
    const gone = other(old);
    gone.edges = gone.edges.filter((e) => e !== old);
  }
}

/** The events a request's rows are at: its target when it lists events, else the nearest linked events; or null. */
function eventsOf(node: Node): Node | null {
  const queue: Node[] = [node];
  for (let n = queue.shift(); n; n = queue.shift()) {
    if (n.entity === 'events') return n;
    for (const c of n.conds) if (c.kind === 'link' && !c.negate) queue.push(c.node);
  }
  return null;
}

/**
 * "who's going?" after "tell me about X", "who else is sponsoring?" after X's exhibitors: a verb of taking part with
 * no object of its own takes part in the earlier turn's events (their conditions, not every event), as "there" and
 * "it" would; with no earlier events it stays any event.
 */
function impliedEventsOfEarlierTurn(s: BuildState, root: Draft): void {
  if (!s.previous || s.usedHistory) return;
  const earlier = eventsOf(s.previous.target);
  if (!earlier || earlier.conds.length === 0) return;
  const seen = new Set<Draft>();
  const queue: Draft[] = [root];
  for (let d = queue.shift(); d; d = queue.shift()) {
    if (seen.has(d)) continue;
    seen.add(d);
    if (d.implied && d.entity === 'events' && d.conds.length === 0) d.conds = structuredClone(earlier.conds);
    for (const e of d.edges) queue.push(e.a === d ? e.b : e.a);
  }
}

/**
 * The target node and the attributes asked, merged with the previous request when the question refines it
 * without an explicit reference: the previous request of the same kind with its values kept, replaced or
 * narrowed; of another kind, linked to.
 */
export function mergeWithPrevious(s: BuildState, root: Draft): { node: Node; attrs: string[] } {
  const ms = s.ms;
  const previous = s.previous;
  replaceCarriedLinks(s, root);
  impliedEventsOfEarlierTurn(s, root);
  let rootNode = toNode(root);
  let attrs = [...new Set(s.attributes)];
  if (previous && !s.usedHistory) {
    const sameKind = previous.target.entity === rootNode.entity;
    const explicitEntity = ms.some((m) => m.t === 'entity' || m.t === 'who' || m.t === 'event' || m.t === 'company');
    // "and the exhibitors?", "the partners?": an elliptical follow-up, not a new question
    const first = s.scan.tokens[0]?.norm ?? '';
    const opensQuestion = QUESTION_OPENERS.includes(first);
    const hasVerb = ms.some((m) => m.t === 'relation' || m.t === 'employment' || m.t === 'copula');
    const elliptical = ['and', 'or', 'plus'].includes(first) || (!opensQuestion && !hasVerb);
    const standalone = explicitEntity && !s.refine && !s.weakAnaphor && !elliptical;
    // "what about events in October?" names a noun of its own (no relation): a new set, never a swap inside the old
    const plainNoun = ms.some((m) => m.t === 'entity' && m.entity === rootNode.entity && !m.relations?.length);
    const rootRelations = root.relations ?? relationWithoutEvent(rootNode)?.relations ?? [];
    let swapped: Node | null = null;
    if (sameKind && !standalone) {
      // "what about marketing?", "and December?": a new value of the same kind replaces the old one;
      // "only / just ..." narrows the previous set: both values must hold (an intersection, possibly empty)
      const narrowing =
        ms.some((x) => x.t === 'refine' && NARROWING_WORDS.has(x.text.toLowerCase())) &&
        !ms.some((x) => x.t === 'refine' && REPLACING_WORDS.has(x.text.toLowerCase()));
      // "what about in Malaysia?" with no noun of its own: the place (a time) where the earlier turn said one
      const earlier = structuredClone(previous.target);
      if (!narrowing && !explicitEntity) {
        const rest = replaceBelowTarget(
          earlier,
          rootNode.conds.filter((c) => c.kind !== 'link'),
        );
        rootNode = { ...rootNode, conds: rootNode.conds.filter((c) => c.kind === 'link' || rest.includes(c)) };
      }
      // "and in London?" after events in Singapore: a value replaces the old one of its family (a city the
      // country, a month the year), never both kept (no event is in Singapore and in London)
      const replaced = new Set(narrowing ? [] : rootNode.conds.filter((c) => c.kind !== 'link').map(family));
      s.swappedValues =
        !narrowing && (elliptical || ms.some((x) => x.t === 'refine' && REPLACING_WORDS.has(x.text.toLowerCase())));
      s.narrowedValues = narrowing;
      const kept = earlier.conds
        .filter((c) => c.kind === 'link' || !replaced.has(family(c)))
        .map((c) => structuredClone(c));
      // "what about the exhibitors?" after "who is sponsoring X?": same events, another relation
      if (root.relations && root.relations.length > 0) {
        for (const c of kept) if (c.kind === 'link' && c.node.entity === 'events') c.relations = [...root.relations];
      }
      // "just the sponsors" after the companies at X: a relation said with no event of its own is their relation at
      // the earlier set's events (any relation there takes it; another one stays and both must hold), not at any event
      const own = relationWithoutEvent(rootNode);
      const keptEvents = kept.filter((c) => c.kind === 'link' && c.node.entity === 'events' && !c.negate);
      if (own && keptEvents.length > 0) {
        for (const c of keptEvents) {
          if (c.kind !== 'link') continue;
          if (c.relations.length === 0 || !narrowing) c.relations = [...own.relations];
          else if (!own.relations.every((r) => c.relations.includes(r)))
            kept.push({ ...structuredClone(c), relations: [...own.relations] });
        }
        rootNode = { ...rootNode, conds: rootNode.conds.filter((c) => c !== own) };
      }
      // "and the ones at B?" after the sales people at A: a new value of a linked node the earlier turn holds (the
      // company, the event) replaces it there, never intersected with it (no one works at both)
      if (!narrowing) {
        const swappedLinks = new Set<Cond>();
        for (const c of rootNode.conds) {
          if (c.kind !== 'link' || c.negate) continue;
          const values = c.node.conds.filter((x) => x.kind !== 'link');
          if (values.length === 0 || c.node.conds.length !== values.length) continue;
          const holder = kept.find(
            (k): k is Extract<Cond, { kind: 'link' }> =>
              k.kind === 'link' &&
              !k.negate &&
              k.node.entity === c.node.entity &&
              (c.relations.length === 0 || sameRelations(k.relations, c.relations)),
          );
          if (!holder || !replaceFamilies(holder.node, values)) continue;
          if (c.relations.length > 0) holder.relations = [...c.relations];
          swappedLinks.add(c);
        }
        if (swappedLinks.size > 0)
          rootNode = { ...rootNode, conds: rootNode.conds.filter((c) => !swappedLinks.has(c)) };
      }
      const keptKeys = new Set(kept.map((c) => JSON.stringify(c)));
      rootNode = {
        entity: rootNode.entity,
        conds: [
          ...kept.map((c) => structuredClone(c)),
          ...rootNode.conds.filter((c) => !keptKeys.has(JSON.stringify(c))),
        ],
      };
      attrs = [...new Set([...previous.attributes, ...attrs])];
    } else if (
      !sameKind &&
      !standalone &&
      !plainNoun &&
      (swapped = swapNestedValues(previous, rootNode, rootRelations))
    ) {
      rootNode = swapped;
      attrs = [...new Set([...previous.attributes, ...attrs])];
    } else if (!sameKind && !standalone && (s.weakAnaphor || s.refine)) {
      rootNode.conds.push({
        kind: 'link',
        relations: root.relations ?? [],
        negate: false,
        node: structuredClone(previous.target),
      });
    }
  }
  return { node: rootNode, attrs };
}

/**
 * "just the top 3 with counts" after "which events have the most companies?": a number of rows asked of an earlier
 * ranking (by a count, a column, or of groups) is that ranking cut to the number, its counts shown as before. Only
 * when the follow-up says no ranking of its own (its shape a plain list, or a count restating the ranking's
 * numbers) over the same kind of rows; otherwise the shape read stands.
 */
export function earlierRankingCut(s: BuildState, node: Node, shape: Shape): Shape {
  const earlier = s.previous?.shape;
  if (!earlier || s.topN === null || s.previous?.target.entity !== node.entity) return shape;
  if (shape.kind !== 'list' && shape.kind !== 'count') return shape;
  if (shape.kind === 'count' && earlier.kind === 'rankByColumn') return shape;
  if (earlier.kind === 'rankByCount' || earlier.kind === 'rankByColumn' || earlier.kind === 'group')
    return { ...structuredClone(earlier), limit: s.topN };
  return shape;
}

/**
 * "same for cities" after "top 10 countries for our contacts": a grouping restated ("same", "ditto") by another
 * dimension with no number of its own keeps the earlier grouping's number of groups and order (the top 10 cities,
 * not every city).
 */
export function earlierGroupRestated(s: BuildState, node: Node, shape: Shape): Shape {
  const earlier = s.previous?.shape;
  if (earlier?.kind !== 'group' || shape.kind !== 'group' || s.topN !== null || shape.limit !== null) return shape;
  if (s.previous?.target.entity !== node.entity || earlier.limit === null) return shape;
  const restated = s.ms.some((m) => m.t === 'refine' && SAME_AGAIN_PHRASES.includes(m.text.toLowerCase()));
  return restated ? { ...shape, limit: earlier.limit, order: earlier.order } : shape;
}

/**
 * "lowest first", "flip it, smallest first" after a ranking: a sort order said with no column of its own re-orders the
 * earlier ranking (its column, its number of rows), over the same kind of rows; null when there is none to re-order.
 */
export function earlierRankingOrdered(s: BuildState, node: Node, order: 'desc' | 'asc'): Shape | null {
  const earlier = s.previous?.shape;
  if (!earlier || s.previous?.target.entity !== node.entity) return null;
  if (earlier.kind !== 'rankByCount' && earlier.kind !== 'rankByColumn' && earlier.kind !== 'group') return null;
  return { ...structuredClone(earlier), order, ...(s.topN === null ? {} : { limit: s.topN }) };
}

/**
 * "how many contacts in india? / and in the uk?", "top 5 sponsors by revenue at X / what about Y?": a follow-up that
 * only swaps values of the earlier request (`swappedValues`) and says no shape of its own (no count, rank, grouping,
 * aggregate, number or field asked) asks the earlier question again with the new values: the earlier shape, never
 * the plain list of the rows counted. So does one that only narrows it (`narrowedValues`: "which event has the most
 * sponsors? / only singapore"): the superlative ranks the narrowed rows, the count counts them, and a list cut to its
 * first rows ("3 sample companies / just the US ones") keeps its number.
 */
export function earlierShapeKept(s: BuildState, node: Node, shape: Shape): Shape {
  const earlier = s.previous?.shape;
  const plainList = earlier?.kind === 'list' && (earlier.limit === undefined || !s.narrowedValues);
  // a narrowing of groups may pick one of them out ("sponsors vs partners - only the sponsors": that side's count)
  if (s.narrowedValues && !s.swappedValues && earlier?.kind === 'group') return shape;
  if (!earlier || !(s.swappedValues || s.narrowedValues) || plainList || s.previous?.target.entity !== node.entity)
    return shape;
  if (shape.kind !== 'list' || shape.limit !== undefined || shape.withCount || shape.perRow) return shape;
  const saysShape =
    s.countFlag ||
    s.groupDim !== null ||
    s.topN !== null ||
    s.measure !== null ||
    s.superlative !== null ||
    s.aggFn !== null ||
    s.examples !== null ||
    s.alsoList ||
    s.attributes.length > 0 ||
    s.ms.some((m) => m.t === 'sortOrder' || m.t === 'most' || m.t === 'top');
  return saysShape ? shape : structuredClone(earlier);
}
