import type { EntityKind, Relation } from '../../ir/Request';
import type { Mention } from '../Mention';
import { flushPre } from './applyModifier';
import type { BuildState } from './BuildState';
import type { Draft } from './Draft';
import { connect, newDraft } from './graph';
import { collectIds } from './namedIds';

/**
 * A new entity node at this point of the sentence, linked to the node before it (with the relation a verb or the
 * noun says), or the current node itself when the noun restates it ("companies in/among/of the sponsors").
 */
export function openNode(
  s: BuildState,
  kind: EntityKind,
  relations: Relation[] | null,
  sing: boolean,
  prevMention: Mention | undefined,
): Draft {
  const merge =
    s.current &&
    s.current.entity === kind &&
    kind !== 'participations' &&
    ((prevMention?.t === 'prep' && ['in', 'among', 'of', 'from'].includes(prevMention.p)) ||
      prevMention?.t === 'copula' ||
      prevMention?.t === 'anaphor');
  if (merge && s.current) {
    if (relations && relations.length > 0) s.current.relations = relations;
    flushPre(s, s.current);
    return s.current;
  }
  const d = newDraft(s, kind, sing);
  d.relations = relations;
  if (s.current && s.current.entity === kind) {
    // "sponsors of X also attend another event": the verb's subject is the earlier node of another kind
    const subject =
      s.target && s.target.entity !== kind
        ? s.target
        : ([...s.drafts].reverse().find((x) => x.entity !== kind && x !== d) ?? null);
    if (subject) s.current = subject;
  }
  if (s.current && s.pendingBoth.length > 0 && s.current.entity !== kind) {
    const first = s.current;
    for (const extra of s.pendingBoth.splice(0)) s.connectLater.push([extra, first]);
  }
  if (s.current) {
    const current = s.current;
    const currentHasEvents = current.edges.some((e) => (e.a === current ? e.b : e.a).entity === 'events');
    const nounRel =
      (relations && relations.length > 0 ? relations : null) ??
      (current.relations && current.relations.length > 0 && !currentHasEvents ? current.relations : null);
    const rel =
      s.pendingRelations && s.pendingRelations.length > 0 ? s.pendingRelations : (nounRel ?? s.pendingRelations);
    const edge = connect(current, d, rel, s.pendingLinkNeg || s.neg, s.pendingRelations !== null);
    if (s.pendingEach) {
      s.eachRelations.push({ edge, groups: s.pendingEach });
      s.pendingEach = null;
    }
    if (s.neg) s.neg = false;
    s.pendingRelations = null;
    s.pendingLinkNeg = false;
  } else if (!s.target) {
    s.target = d;
  }
  s.current = d;
  flushPre(s, d);
  if (s.otherPending && kind === 'events') {
    const prevIds = [...s.seenEventIds, ...(s.previous ? collectIds(s.previous.target, 'events') : [])];
    if (prevIds.length > 0) d.conds.push({ kind: 'notIds', entity: 'events', ids: [...new Set(prevIds)], names: [] });
    s.otherPending = false;
  }
  return d;
}
