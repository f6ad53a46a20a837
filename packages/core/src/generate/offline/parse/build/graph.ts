/**
 * The node graph under construction: new nodes, links between them, and the node of a kind the words being read
 * refer to (the nearest one, or a new one linked to the current node).
 */
import type { Cond, EntityKind, Relation } from '../../ir/Request';
import { addCond } from './addCond';
import type { BuildState } from './BuildState';
import { condEntity } from './condEntity';
import type { Draft, Edge } from './Draft';

export function newDraft(s: BuildState, entity: EntityKind, sing = false): Draft {
  const d: Draft = { entity, conds: [], relations: null, edges: [], singular: sing };
  s.drafts.push(d);
  return d;
}

export function connect(a: Draft, b: Draft, relations: Relation[] | null, negate: boolean, explicit: boolean): Edge {
  const e: Edge = { a, b, relations: relations ?? [], negate, explicit };
  a.edges.push(e);
  b.edges.push(e);
  return e;
}

/** The current node when it is of `kind`, else the latest node of `kind` (never the measured noun of a ranking). */
export function nearest(s: BuildState, kind: EntityKind): Draft | null {
  if (s.current?.entity === kind) return s.current;
  for (let k = s.drafts.length - 1; k >= 0; k--)
    if (s.drafts[k]?.entity === kind && s.drafts[k] !== s.measure?.draft) return s.drafts[k] ?? null;
  return null;
}

/** A node of `kind`: the nearest one, or a new one linked to `from` (or made the target). */
export function ensure(s: BuildState, kind: EntityKind, from: Draft | null = s.current): Draft {
  const found = nearest(s, kind);
  if (found) return found;
  const d = newDraft(s, kind);
  if (from) {
    connect(from, d, s.pendingRelations ?? from.relations, s.pendingLinkNeg, s.pendingRelations !== null);
    s.pendingRelations = null;
    s.pendingLinkNeg = false;
  } else if (!s.target) {
    s.target = d;
  }
  if (!s.current) s.current = d;
  return d;
}

/** A node of `kind` linked to d (existing neighbour, or new). */
export function ensureFrom(s: BuildState, d: Draft, kind: EntityKind): Draft {
  for (const e of d.edges) {
    const other = e.a === d ? e.b : e.a;
    if (other.entity === kind) return other;
  }
  const existing = nearest(s, kind);
  if (existing && existing !== d) return existing;
  const nd = newDraft(s, kind);
  connect(d, nd, d.relations, false, false);
  return nd;
}

/** Adds a condition to d, or to the node of d's graph the condition belongs on (`condEntity`). */
export function applyCondTo(s: BuildState, d: Draft, c: Cond): void {
  const kind = condEntity(c);
  if (kind === null || kind === d.entity) {
    addCond(d, c);
    return;
  }
  if (d.entity === 'participations' && kind === 'events') {
    addCond(ensureFrom(s, d, 'events'), c);
    return;
  }
  addCond(ensureFrom(s, d, kind), c);
}
