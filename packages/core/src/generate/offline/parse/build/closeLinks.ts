import { flushPre } from './applyModifier';
import type { BuildState } from './BuildState';
import type { Draft, Edge } from './Draft';
import { connect, newDraft } from './graph';

/**
 * True when the subject of the question's last verb stands right between the asked noun and the verb ("events
 * (that) Marriott did not sponsor"): the words between the first noun and the verb hold no preposition, so nothing
 * but the verb links the subject to the asked noun.
 */
function subjectBeforeVerb(s: BuildState): boolean {
  const verb = s.ms.findLastIndex((m) => m.t === 'relation');
  const head = s.ms.findIndex((m) => m.t === 'entity');
  return head >= 0 && verb > head && !s.ms.slice(head + 1, verb).some((m) => m.t === 'prep');
}

/**
 * Finishes the graph once every mention is read: modifiers still waiting for a noun, a relation verb at the end
 * of the question, the relations of "both sponsoring and exhibiting" (one link each) and the second members of
 * "both A and B" (linked like the first).
 */
export function closeLinks(s: BuildState, root: Draft): void {
  if (s.pendingPre.length > 0) flushPre(s, s.current ?? root);
  if (s.pendingRelations !== null) {
    // a relation verb at the end: "events that companies in X are attending", "companies exhibiting"
    const last: Draft = s.current ?? root;
    const open = last.edges.find((e) => !e.explicit);
    let edge: Edge;
    if (open && !s.pendingLinkNeg) {
      open.relations = s.pendingRelations;
      open.explicit = true;
      edge = open;
    } else if (open && last !== root && (open.a === root || open.b === root) && subjectBeforeVerb(s)) {
      // "which events did Marriott not sponsor", "events that Singapore companies don't attend": the negated verb
      // is the link between its subject and the asked noun, not a second link beside a positive one (events with
      // Marriott and without Marriott as a sponsor: the negation inverted into a contradiction)
      open.relations = s.pendingRelations;
      open.negate = true;
      open.explicit = true;
      edge = open;
    } else {
      // "companies at X that are not sponsoring it": keep "at X", add "not sponsoring X"
      const otherKind = last.entity === 'events' ? 'companies' : 'events';
      const neighbour = last.edges.map((e) => (e.a === last ? e.b : e.a)).find((o) => o.entity === otherKind);
      let object = neighbour;
      if (!object) {
        object = newDraft(s, otherKind);
        object.implied = true;
      }
      edge = connect(last, object, s.pendingRelations, s.pendingLinkNeg, true);
    }
    // "companies that both sponsor and partner": each relation must hold at the end of the question too, as it does
    // before an object ("both sponsoring and exhibiting at X")
    if (s.pendingEach && edge.a === last) {
      s.eachRelations.push({ edge, groups: s.pendingEach });
      s.pendingEach = null;
    }
  }
  // a verb that got no object before the next verb takes that verb's object: "exhibiting but not sponsoring at X" are
  // exhibitors at X (a twin of X's node, as for "both"), "exhibit but don't sponsor" exhibitors of any event
  for (const verb of s.objectlessVerbs) {
    const later = verb.subject.edges.filter((e) => e.explicit).at(-1);
    const object = later ? (later.a === verb.subject ? later.b : later.a) : null;
    const twin = newDraft(s, object?.entity ?? (verb.subject.entity === 'events' ? 'companies' : 'events'));
    if (object) twin.conds = object.conds.map((c) => structuredClone(c));
    connect(verb.subject, twin, verb.relations, verb.negate, true);
  }
  for (const { edge, groups } of s.eachRelations) {
    const [first, ...rest] = groups;
    if (!first) continue;
    edge.relations = [...first];
    for (const g of rest) {
      const twin = newDraft(s, edge.b.entity);
      twin.conds = edge.b.conds.map((c) => structuredClone(c));
      connect(edge.a, twin, [...g], edge.negate, true);
    }
  }
  for (const [extra, first] of s.connectLater) {
    for (const e of first.edges) {
      const other = e.a === first ? e.b : e.a;
      if (other !== extra && other.entity !== first.entity) connect(other, extra, e.relations, e.negate, e.explicit);
    }
  }
}
