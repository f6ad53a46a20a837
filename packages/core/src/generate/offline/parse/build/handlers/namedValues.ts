/**
 * Names of rows in the data: an event, a person, a company. Each becomes an `ids` condition on a node of its
 * kind; two names joined by "and"/"or" (or listed with a comma) share the node (a union), or with "both" anywhere
 * get a node each (an intersection).
 */
import type { Cond, EntityKind } from '../../../ir/Request';
import { CONTRAST_WORDS } from '../../../lexicon/exclusionWords';
import { NAMING_WORDS } from '../../../lexicon/fillerWords';
import { companyBeforeEvents } from '../../companyEvents';
import { companyBeforePeople } from '../../companyPeople';
import { addCond } from '../addCond';
import type { BuildState } from '../BuildState';
import { connect, newDraft } from '../graph';
import type { Mention } from '../../Mention';
import type { MentionOf } from '../MentionHandler';
import { openPendingWho } from '../openPendingWho';
import { openNode } from '../openNode';

/**
 * True when the mention before a name is a noun of the name's kind right before it ("the event X", "companies
 * named X"): the name is that noun's, not a node of its own.
 */
function namesTheNoun(s: BuildState, m: MentionOf<'event' | 'company'>, kind: 'events' | 'companies'): boolean {
  const prevM = s.ms[s.k - 1];
  if (s.current?.entity !== kind || (prevM?.t !== 'entity' && prevM?.t !== 'anaphor')) return false;
  if (prevM.t === 'entity' && prevM.entity !== kind) return false;
  const between = s.scan.tokens.slice(prevM.end, m.start).map((t) => t.norm);
  return between.length === 0 || (between.length === 1 && NAMING_WORDS.has(between[0] ?? ''));
}

/**
 * The "different" / "other" a name after "than" / "from" is contrasted with ("a different event than X", "other
 * events than X", "events different from X", "a different country than X"), and the kind of rows it is said of:
 * the entity noun right beside it, or null when it is said of something else ("a different country").
 */
function contrastBefore(s: BuildState, m: Mention): { from: number; entity: EntityKind | null } | null {
  const before = s.scan.tokens[m.start - 1]?.norm ?? '';
  if (!CONTRAST_WORDS.has(before)) return null;
  // the contrast word itself may be read as a preposition ("from")
  const between = s.ms.slice(Math.max(0, s.k - 4), s.k).filter((x) => x.start < m.start - 1);
  const other = between.find((x) => x.t === 'other');
  const last = between[between.length - 1];
  if (!other || last === undefined || last.end !== m.start - 1) return null;
  const noun = between.find((x) => x.t === 'entity' && (x.start === other.end || x.end === other.start));
  const nounLast = noun !== undefined && (last === noun || last === other);
  return {
    from: Math.min(other.start, noun?.start ?? other.start),
    entity: nounLast && noun?.t === 'entity' ? noun.entity : null,
  };
}

/** "companies in a different country than RTX": a contrast no condition holds is asked about, never dropped. */
function askContrast(s: BuildState, from: number, m: Mention): void {
  const words = s.scan.tokens.slice(from, m.end).map((t) => t.raw);
  s.unnegated.push(words.join(' '));
}

export function readEvent(s: BuildState, m: MentionOf<'event'>): void {
  const k = s.k;
  const prevM = s.ms[k - 1];
  const nextM = s.ms[k + 1];
  s.seenEventIds.push(...m.hit.ids);
  const cond: Cond = {
    kind: 'ids',
    entity: 'events',
    ids: [...m.hit.ids],
    names: [...m.hit.names],
    ...(m.described === undefined ? {} : { described: m.described }),
    ...(m.taken === undefined ? {} : { taken: m.taken }),
  };
  // "companies at a different event than X", "other events than X", "events different from X": the named event is
  // the one left out of the events just said (read as those events, the contrast was dropped or even inverted)
  const contrast = contrastBefore(s, m);
  if (contrast) {
    if (contrast.entity === 'events' && s.current?.entity === 'events')
      addCond(s.current, { kind: 'notIds', entity: 'events', ids: [...m.hit.ids], names: [...m.hit.names] });
    else askContrast(s, contrast.from, m);
    return;
  }
  if (nextM?.t === 'entity' && nextM.start === m.end && (nextM.entity === 'companies' || nextM.entity === 'people')) {
    s.pendingPre.push(m);
    return;
  }
  if (s.current && namesTheNoun(s, m, 'events')) {
    addCond(s.current, cond);
    return;
  }
  const prevWasEvent =
    ((prevM?.t === 'and' || prevM?.t === 'or') && s.ms[k - 2]?.t === 'event') ||
    (prevM?.t === 'event' && prevM.end === m.start);
  if (prevWasEvent && s.lastEventDraft && !s.bothAnywhere) {
    addCond(s.lastEventDraft, cond);
    return;
  }
  // "partners at X and at Y": the preposition said again before the second event is a second link like the first
  // (the relation distributes), never the events' union nor a link of any relation
  const repeatedPrep =
    prevM?.t === 'prep' &&
    s.ms[k - 2]?.t === 'and' &&
    s.ms[k - 3]?.t === 'event' &&
    s.ms.slice(0, k - 3).some((x) => x.t === 'prep' && x.p === prevM.p && x.end === s.ms[k - 3]?.start);
  if ((prevWasEvent && s.lastEventDraft && s.bothAnywhere) || (repeatedPrep && s.lastEventDraft)) {
    const parentEdge = s.lastEventDraft.edges[0];
    const parent = parentEdge ? (parentEdge.a === s.lastEventDraft ? parentEdge.b : parentEdge.a) : null;
    const d = newDraft(s, 'events');
    d.conds.push(cond);
    if (parent) connect(parent, d, parentEdge?.relations ?? null, parentEdge?.negate ?? false, true);
    s.lastEventDraft = d;
    return;
  }
  openPendingWho(s, 'companies');
  if (s.current?.entity === 'events' && !s.current.conds.some((c) => c.kind === 'ids')) {
    const linkedFromCompany = s.current.edges.length > 0;
    if (!linkedFromCompany && s.current === s.target) {
      addCond(s.current, cond);
      s.lastEventDraft = s.current;
      return;
    }
  }
  const d = openNode(s, 'events', null, true, undefined);
  addCond(d, cond);
  s.lastEventDraft = d;
}

export function readPerson(s: BuildState, m: MentionOf<'person'>): void {
  const cond: Cond = { kind: 'ids', entity: 'people', ids: [...m.hit.ids], names: [...m.hit.names] };
  if (s.current?.entity === 'people') {
    addCond(s.current, cond);
    return;
  }
  const d = openNode(s, 'people', null, true, undefined);
  addCond(d, cond);
  s.pendingWho = false;
}

export function readCompany(s: BuildState, m: MentionOf<'company'>): void {
  const k = s.k;
  const prevM = s.ms[k - 1];
  const cond: Cond = {
    kind: 'ids',
    entity: 'companies',
    ids: [...m.hit.ids],
    names: [...m.hit.names],
    ...(m.taken === undefined ? {} : { taken: m.taken }),
    ...(m.absent === undefined ? {} : { absent: [...m.absent] }),
  };
  const contrast = contrastBefore(s, m);
  if (contrast) {
    if (contrast.entity === 'companies' && s.current?.entity === 'companies')
      addCond(s.current, { kind: 'notIds', entity: 'companies', ids: [...m.hit.ids], names: [...m.hit.names] });
    else askContrast(s, contrast.from, m);
    return;
  }
  // "Acme directors", "Acme events": the company modifies the noun after it, which is what is asked
  if (companyBeforePeople(s.ms, k) || (!s.target && companyBeforeEvents(s.ms, k))) {
    s.pendingPre.push(m);
    return;
  }
  openPendingWho(s, 'people', { flush: false });
  if (s.current && namesTheNoun(s, m, 'companies') && !s.current.conds.some((c) => c.kind === 'ids')) {
    addCond(s.current, cond);
    s.lastCompanyDraft = s.current;
    return;
  }
  // "at X, Y and Z": names listed with commas (a comma leaves no token) join the list as "and" / "or" do
  const prevWasCompany =
    ((prevM?.t === 'and' || prevM?.t === 'or') && s.ms[k - 2]?.t === 'company') ||
    (prevM?.t === 'company' && prevM.end === m.start);
  if (prevWasCompany && s.lastCompanyDraft && !s.bothAnywhere) {
    addCond(s.lastCompanyDraft, cond);
    return;
  }
  if (prevWasCompany && s.lastCompanyDraft && s.bothAnywhere) {
    // "both Google and AWS": a second company node linked like the first (intersection)
    const parentEdge = s.lastCompanyDraft.edges[0];
    const parent = parentEdge ? (parentEdge.a === s.lastCompanyDraft ? parentEdge.b : parentEdge.a) : null;
    const d = newDraft(s, 'companies');
    d.conds.push(cond);
    if (parent) connect(parent, d, parentEdge?.relations ?? null, parentEdge?.negate ?? false, true);
    else s.pendingBoth.push(d);
    s.lastCompanyDraft = d;
    return;
  }
  const d = openNode(s, 'companies', null, true, undefined);
  addCond(d, cond);
  s.lastCompanyDraft = d;
}
