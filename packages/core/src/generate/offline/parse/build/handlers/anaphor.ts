import type { Cond, EntityKind, Node } from '../../../ir/Request';
import { flushPre } from '../applyModifier';
import type { BuildState } from '../BuildState';
import { draftFromNode, NARROWING_WORDS, REPLACING_WORDS } from '../carriedConds';
import type { Draft, Edge } from '../Draft';
import { connect, newDraft } from '../graph';
import type { MentionOf } from '../MentionHandler';
import type { Mention } from '../../Mention';
import { readCondition } from './condition';
import { openPendingWho } from '../openPendingWho';
import { DISTRIBUTIVE_WORDS } from '../../../text/pointedFragments';

/** Mentions of a place the message itself names, which a "there" before them may point at. */
const NAMED_PLACES: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'venue', 'city', 'country', 'state']);

/** Anaphors that restate the question's own set when no earlier turn is there ("just the ones in Germany"). */
export const ONE_WORDS: ReadonlySet<string> = new Set(['ones', 'the ones', 'those', 'these']);

/**
 * Where the rows of a request take part: its events (the target, else the nearest linked events), else its
 * companies; null when it reaches neither. "The sales folks there" after "seamless asia cos" are at Seamless Asia,
 * not at the companies' every event, and not the earlier set's own conditions (its function, its size).
 */
function placeOf(node: Node): Node | null {
  for (const entity of ['events', 'companies'] as const) {
    const queue: Node[] = [node];
    for (let n = queue.shift(); n; n = queue.shift()) {
      if (n.entity === entity) return n;
      for (const c of n.conds) if (c.kind === 'link') queue.push(c.node);
    }
  }
  return null;
}

/**
 * The people "there" after a turn about companies at events ("which companies are partnering with X" -> "who is in
 * sales there") work at those companies in the relation the earlier turn said. When the earlier turn listed companies,
 * they are the place, with every condition that chose them; below another target (people), the nearest companies with
 * links to events, with those links only (never the earlier people's own conditions, as `placeOf`); null when there
 * are none.
 */
function companiesTakingPart(node: Node): Node | null {
  // the companies the earlier turn listed are the place itself: "there" is at them, as the turn chose them (its
  // industry, country, size), never every company at their events ("which software firms sponsor X" -> "who are
  // the marketing folks there?": the software firms' marketing people)
  if (node.entity === 'companies') return structuredClone(node);
  const queue: Node[] = [node];
  for (let n = queue.shift(); n; n = queue.shift()) {
    if (n.entity === 'companies') {
      const links = n.conds.filter((c) => c.kind === 'link' && !c.negate && c.node.entity === 'events');
      if (links.length > 0) return { entity: 'companies', conds: structuredClone(links) };
    }
    for (const c of n.conds) if (c.kind === 'link') queue.push(c.node);
  }
  return null;
}

/**
 * "which are sponsors among those" after the companies at X: the relation noun said of the earlier set is their
 * relation at X's events, never dropped. An earlier link of any relation takes it; one of another relation keeps
 * its own and the new one is a second link to the same events (both hold).
 */
function narrowToRelations(current: Draft, moved: readonly Edge[]): void {
  const relations = current.relations ?? [];
  if (relations.length === 0) return;
  for (const e of moved) {
    const other = e.a === current ? e.b : e.a;
    if (other.entity !== 'events' || e.negate) continue;
    if (e.relations.length === 0) e.relations = [...relations];
    else if (!relations.every((r) => e.relations.includes(r))) {
      const added: Edge = { a: current, b: other, relations: [...relations], negate: false, explicit: true };
      current.edges.push(added);
      other.edges.push(added);
    }
  }
}

/** Condition kinds that say a period. */
const TIME_KINDS: ReadonlySet<Cond['kind']> = new Set(['startBetween', 'endBetween', 'past', 'ongoing']);

/** The earlier request's period: the first time condition of its tree, nearest the target first; null if none. */
function periodOf(node: Node): Cond | null {
  const queue: Node[] = [node];
  for (let n = queue.shift(); n; n = queue.shift()) {
    const time = n.conds.find((c) => TIME_KINDS.has(c.kind));
    if (time) return time;
    for (const c of n.conds) if (c.kind === 'link') queue.push(c.node);
  }
  return null;
}

/**
 * "that month", "the same dates": the earlier turn's period, put where the words stand as a period said again
 * would be (`readCondition`); with none to point at, the words are asked about.
 */
function readTimeAnaphor(s: BuildState, m: MentionOf<'anaphor'>): void {
  const period = s.previous ? periodOf(s.previous.target) : null;
  if (!period) {
    s.unresolved.push(m.text);
    return;
  }
  readCondition(s, { start: m.start, end: m.end, text: m.text, t: 'cond', cond: structuredClone(period) });
}

/**
 * True when a quantifier of the message ranges over an event or company noun ("for each event", "every sponsor";
 * the question clause is read first, so the frame may stand after the pronoun).
 */
function rangedMember(s: BuildState): boolean {
  const w = s.scan.tokens.map((t) => t.norm);
  return s.ms.some(
    (x) =>
      ((x.t === 'entity' && (x.entity === 'events' || x.entity === 'companies')) ||
        (x.t === 'dimension' && (x.dim === 'event' || x.dim === 'company'))) &&
      DISTRIBUTIVE_WORDS.has(w[x.start - 1] ?? ''),
  );
}

/**
 * "those", "them", "those companies", "work there": the previous turn's target becomes a node of this request
 * (the same node when the kinds agree, else linked to the new node the words ask for). A weak anaphor ("these"
 * without a noun) only marks the question as a follow-up (`followUp.ts`).
 */
export function readAnaphor(s: BuildState, m: MentionOf<'anaphor'>): void {
  if (m.time) {
    readTimeAnaphor(s, m);
    return;
  }
  if (!m.strong) {
    s.weakAnaphor = true;
    return;
  }
  // "who is there", "who there is in sales": the people there
  if (m.place && s.previous && s.pendingWho && !s.current) openPendingWho(s, 'people');
  // "there", "at that event": the earlier turn's place; with none to point at, "there" is asked about, while "that
  // conference" is the question's own noun (read next: "that conference in Maryland" asks for the events there)
  const source =
    m.place && s.previous
      ? ((s.current?.entity === 'people' ? companiesTakingPart(s.previous.target) : null) ?? placeOf(s.previous.target))
      : (s.previous?.target ?? null);
  if (m.place && !source) {
    // "seamless asia - which companies exhibit there?" (read with its question clause first): a place the message
    // names after "there" is what it points at, and the words after it place the rows as "at" would
    if (m.entity === null && !s.ms.some((x) => x.start >= m.end && NAMED_PLACES.has(x.t))) s.unresolved.push(m.text);
    return;
  }
  const previous = s.previous;
  // "who's sponsoring it" with nothing said before: which thing "it" is, asked
  // "for each event in May, how many companies are linked to it": the member the quantifier ranges over, counted per
  // member (`parse/countEach.ts`), no earlier turn
  if (!previous && /^(at |in |for |to |with )?it$/i.test(m.text) && rangedMember(s)) return;
  if (!previous && /^(at |in |for |to |with )?it$/i.test(m.text)) {
    s.unresolved.push(m.text);
    return;
  }
  if (!previous || !source) {
    // "sponsors of X (just the ones in Germany)": with no earlier turn, the question's own set; what follows is said
    // of it, not of the last noun read (the event)
    if (s.target && ONE_WORDS.has(m.text.toLowerCase())) s.current = s.target;
    return;
  }
  const nextM = s.ms[s.k + 1];
  let kind: EntityKind = source.entity;
  let explicit: MentionOf<'entity'> | undefined;
  if (nextM?.t === 'entity' && nextM.start === m.end) {
    kind = nextM.entity;
    explicit = nextM;
    s.k++;
  }
  // "who works there?" after companies (or events): the people at them
  if (/^(work|works|working|employed) there$/i.test(m.text) && kind !== 'people') {
    kind = 'people';
    s.pendingWho = false;
  }
  s.usedHistory = true;
  const replacing = s.ms.some((x) => x.t === 'refine' && REPLACING_WORDS.has(x.text.toLowerCase()));
  const prior = draftFromNode(source, replacing ? 'replace' : 'narrow');
  const register = (d: Draft): void => {
    s.drafts.push(d);
    for (const e of d.edges) {
      const o = e.a === d ? e.b : e.a;
      if (!s.drafts.includes(o)) register(o);
    }
  };
  let node: Draft;
  if (kind === prior.entity) {
    register(prior);
    node = prior;
    node.relations = explicit ? explicit.relations : null;
    // "only the US ones" after "how many sponsors does X have?": the earlier rows narrowed, asked as before
    s.narrowedValues = !replacing && s.ms.some((x) => x.t === 'refine' && NARROWING_WORDS.has(x.text.toLowerCase()));
  } else {
    register(prior);
    node = newDraft(s, kind);
    connect(
      node,
      prior,
      s.pendingRelations ?? (explicit ? explicit.relations : null),
      false,
      s.pendingRelations !== null,
    );
  }
  // "who from those companies works in marketing?", "who at them is in sales": "who" is a member of the earlier
  // companies, so their people (as "who from the companies at X" is read in `entityNoun.ts`)
  const lead = s.ms[s.k - (explicit ? 2 : 1)];
  if (
    node.entity === 'companies' &&
    lead?.t === 'prep' &&
    (lead.p === 'from' || lead.p === 'at') &&
    s.ms[s.k - (explicit ? 3 : 2)]?.t === 'who'
  )
    openPendingWho(s, 'people');
  const current = s.current;
  if (current) {
    const rel = s.pendingRelations ?? current.relations;
    if (current.entity === node.entity) {
      // "which of those": the earlier set itself; in a message that replaces ("what about the VPs? only ones based in
      // singapore"), a value said before the pro-form takes the place of the earlier set's value of its kind, never
      // kept beside it (C-level and VP both had to hold: nobody)
      const negOf = (c: Cond): boolean => 'negate' in c && c.negate === true;
      const replaced = (c: Cond): boolean =>
        replacing && c.kind !== 'link' && current.conds.some((x) => x.kind === c.kind && negOf(x) === negOf(c));
      current.conds.unshift(
        ...node.conds.filter(
          (c) => !replaced(c) && !current.conds.some((x) => JSON.stringify(x) === JSON.stringify(c)),
        ),
      );
      for (const e of node.edges) {
        if (e.a === node) e.a = current;
        else e.b = current;
        current.edges.push(e);
      }
      narrowToRelations(current, node.edges);
    } else {
      connect(current, node, rel, s.pendingLinkNeg || s.neg, s.pendingRelations !== null);
    }
    s.neg = false;
    s.pendingRelations = null;
    s.pendingLinkNeg = false;
  } else {
    s.target = node;
    s.current = node;
    flushPre(s, node);
  }
}
