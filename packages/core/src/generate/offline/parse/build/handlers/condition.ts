import type { BuildState } from '../BuildState';
import { condEntity } from '../condEntity';
import { applyCondTo, connect, ensure, newDraft } from '../graph';
import type { MentionOf } from '../MentionHandler';

/**
 * A ready condition (a time window, a size band, a count of linked rows, ...): put on the node of the entity it
 * belongs on (`condEntity`), the current node, or the ranked node of a "most" question.
 */
export function readCondition(s: BuildState, m: MentionOf<'cond'>): void {
  // "events not in October", "events that are not upcoming": a negation right before a condition that has no
  // negated form is never dropped (the condition alone is the opposite question): its words are asked about
  const negation = s.ms[s.k - 1];
  if (s.neg && negation?.t === 'neg' && !('negate' in m.cond)) {
    s.unnegated.push(`${negation.text} ${m.text}`);
    s.neg = false;
  }
  // "events not organised by Terrapinn": a condition with a negated form right after the negation is negated
  if (s.neg && negation?.t === 'neg' && 'negate' in m.cond && typeof m.cond.negate === 'boolean') {
    m.cond.negate = !m.cond.negate;
    s.neg = false;
  }
  if (m.cond.kind === 'linkCount' && m.cond.relations.length === 0) {
    const verbRel = s.pendingRelations ?? s.current?.relations ?? null;
    if (verbRel && verbRel.length > 0) m.cond.relations = [...verbRel];
    if (s.pendingRelations !== null) {
      s.pendingRelations = null;
      s.pendingLinkNeg = false;
    }
  }
  // "companies at 2 or more tech events": the count waits for its noun and the modifiers read with it
  if (m.countsNext && m.cond.kind === 'linkCount') {
    s.countedNext.push(m.cond);
    return;
  }
  // "companies at 2 or more events in 2025": the count is put where a count goes; the noun after it is read as usual
  // and the build makes the count over what the modifiers after the noun say of its rows
  if (m.countsNoun && m.cond.kind === 'linkCount') s.countedNoun.push(m.cond);
  const kind = condEntity(m.cond);
  const current = s.current;
  if (!current) {
    s.pendingPre.push(m);
    return;
  }
  // "the fewest companies, among those with at least one": a count of the measured noun is the ranked node's
  const countOfMeasure =
    m.cond.kind === 'linkCount' && s.measure && current === s.measure.draft && m.cond.entity === current.entity;
  if (countOfMeasure && s.target && s.target !== current) {
    applyCondTo(s, s.target, m.cond);
    return;
  }
  if (s.measure && current === s.measure.draft) {
    applyCondTo(s, current, m.cond);
    return;
  }
  // "at events both this year and next year": the second window is other events of the same link (a company at an
  // event of each), never a second window on the same events (none is in both years)
  const joined = s.ms[s.k - 1];
  const before = s.ms[s.k - 2];
  if (
    s.bothAnywhere &&
    m.cond.kind === 'startBetween' &&
    (joined?.t === 'and' || joined?.t === 'both') &&
    before?.t === 'cond' &&
    before.cond.kind === 'startBetween' &&
    s.lastEventDraft?.conds.includes(before.cond)
  ) {
    const parentEdge = s.lastEventDraft.edges[0];
    const parent = parentEdge ? (parentEdge.a === s.lastEventDraft ? parentEdge.b : parentEdge.a) : null;
    if (parent) {
      const twin = newDraft(s, 'events');
      twin.conds.push(m.cond);
      connect(parent, twin, parentEdge?.relations ?? null, parentEdge?.negate ?? false, true);
      s.lastEventDraft = twin;
      return;
    }
  }
  const host =
    kind && kind !== current.entity
      ? kind === 'events' && s.lastEventDraft
        ? s.lastEventDraft
        : ensure(s, kind)
      : current;
  applyCondTo(s, host, m.cond);
}
