import type { EntityKind } from '../../../ir/Request';
import { singular } from '../../../text/tokenize';
import { flushPre } from '../applyModifier';
import type { BuildState } from '../BuildState';
import type { Draft } from '../Draft';
import { connect, nearest, newDraft } from '../graph';
import type { MentionOf } from '../MentionHandler';
import { openNode } from '../openNode';
import { openPendingWho } from '../openPendingWho';
import { participantOrigin } from '../participantOrigin';
import { companyBeforePeople } from '../../companyPeople';
import { STATED_SIZE_NOUNS } from '../../statedSizeAsked';
import { ORDERING_WORDS } from '../../../lexicon/aggregateWords';
import { endsEventFragment } from '../fragmentHeads';

/** The preposition a name's mention may open with when it was read from a description ("of ahice", "at the X"). */
const SCOPE_PREPOSITION_LEAD = /^(?:of|at|for|in)\s/i;

/** A verb of ordering said ("ranked", "sorted", "order them by"): a "by" then orders the rows. */
function orderingSaid(s: BuildState): boolean {
  return s.scan.tokens.some((t) => ORDERING.has(t.norm));
}
const ORDERING: ReadonlySet<string> = new Set(ORDERING_WORDS);

/**
 * An entity noun ("events", "sponsors", "contacts"): usually a new node linked to the one before it; also the
 * dimension after "by" ("by event"), the measured noun of a ranking ("the most events"), or a predicate that links
 * the subject ("... are (not) sponsors of X").
 */
export function readEntityNoun(s: BuildState, m: MentionOf<'entity'>): void {
  const k = s.k;
  const ms = s.ms;
  const prevM = ms[k - 1];
  const nextM = ms[k + 1];
  // "bottom 1 country by total employees", "the sector with the largest combined workforce": a sum said right before a
  // noun of a company's stated size, over a grouping, adds up that figure (as "total headcount"); read as the people
  // of the data it counted them instead
  if (
    prevM?.t === 'aggFn' &&
    prevM.fn === 'sum' &&
    prevM.end === m.start &&
    s.aggColumn === null &&
    s.groupDim !== null &&
    m.entity === 'people' &&
    STATED_SIZE_NOUNS.has(m.text.toLowerCase())
  ) {
    s.aggColumn = 'employees';
    s.expectDimension = false;
    return;
  }
  // "top 3 events by sponsors", "events ranked by sponsors": a ranking of the listed rows by their linked rows, not a
  // grouping by company
  const ordered = s.topN !== null || orderingSaid(s);
  const ranksListed = s.target !== null && s.target.entity !== m.entity && ordered && s.groupDim === null;
  // "which industries have the most sponsors across all events": with a grouping said already, "across" the events
  // is the scope of the whole data, no second grouping (and no condition: every event)
  // ... and with nothing counted ("which companies are both sponsor and partner across events", "average revenue for
  // sponsors versus partners across all events") the events are the scope too: a grouping by event would answer
  // another question (the events, each with a number)
  if (
    s.expectDimension &&
    prevM?.t === 'group' &&
    prevM.text.toLowerCase() === 'across' &&
    (s.groupDim !== null || (m.entity === 'events' && !ms.some((x) => x.t === 'count')))
  ) {
    s.expectDimension = false;
    return;
  }
  // "sponsors by company country", "events by event month": the asked noun said again before a dimension says the
  // dimension is its own (the scan reads the next word as that dimension); the grouping waits for it
  if (s.expectDimension && nextM?.t === 'dimension' && nextM.start === m.end && s.target?.entity === m.entity) return;
  // "rank countries by number of companies": the grouping is said already, the noun after "by" is what is counted
  if (
    s.expectDimension &&
    (m.entity === 'events' || m.entity === 'companies') &&
    !ranksListed &&
    !(s.groupDim !== null && s.countFlag)
  ) {
    s.groupDim = m.entity === 'events' ? 'event' : 'company';
    s.expectDimension = false;
    // "for each of the X speakers", "per X sponsor": the noun grouped by says which companies the groups are (the
    // speakers of X), a condition the grouping must keep; a bare "by company" names no set
    if (!(m.entity === 'companies' && m.relations !== null && m.relations.length > 0)) return;
  }
  // "which three countries are most of the companies in, and how many companies from each": the count of the grouped
  // noun said again is the groups' number of members, no second set of the same kind
  if (
    s.groupDim !== null &&
    s.target?.entity === m.entity &&
    (m.relations === null || m.relations.length === 0) &&
    prevM?.t === 'count'
  ) {
    s.current = s.target;
    return;
  }
  const sing = singular(m.text.toLowerCase()) === m.text.toLowerCase();
  const afterBy = prevM && ((prevM.t === 'prep' && prevM.p === 'by') || prevM.t === 'group');
  // "the biggest company (employees)", "biggest sponsor, employees-wise": a head-count noun right after the noun a
  // size superlative grades says what the size is measured in, as "by employees" does
  const superlativeBefore = (j: number): boolean => {
    const x = ms[j];
    return x?.t === 'superlative' && x.column === 'size';
  };
  const afterGradedNoun = prevM?.t === 'entity' && prevM.entity === s.target?.entity && superlativeBefore(k - 2);
  if (
    (afterBy || superlativeBefore(k - 1) || afterGradedNoun) &&
    s.target &&
    m.entity === 'people' &&
    STATED_SIZE_NOUNS.has(m.text.toLowerCase()) &&
    (s.superlative || s.topN !== null)
  ) {
    // "sort the sponsors by employees": said after "by" with no superlative word, an order of the whole list
    s.superlative = {
      column: 'size',
      order: s.superlative?.order ?? 'desc',
      ...(s.superlative ? {} : { ordering: true }),
    };
    s.expectDimension = false;
    return;
  }
  // "the company with the most employees at X": the most of a head-count noun, unqualified, is the companies' stated
  // size, so an "at" after it is said of the companies ranked (companies are at events), as after "the biggest
  // company"; a place after it stays the people's ("the most employees in Singapore")
  const next = s.ms[s.k + 1];
  const atNext = next?.t === 'prep' && next.p === 'at';
  if (
    atNext &&
    s.mostPending &&
    s.target?.entity === 'companies' &&
    !s.groupDim &&
    m.entity === 'people' &&
    STATED_SIZE_NOUNS.has(m.text.toLowerCase()) &&
    s.pendingPre.length === 0 &&
    !s.pendingRelations?.length
  ) {
    s.superlative = { column: 'size', order: s.mostPending };
    s.mostPending = null;
    s.current = s.target;
    return;
  }
  // "the biggest event by number of sponsors" ranks by the count; "the smallest ..." from the fewest up
  if (afterBy && s.target && (s.superlative || ordered) && m.entity !== s.target.entity)
    s.mostPending = s.mostPending ?? (s.superlative?.column === 'size' ? s.superlative.order : 'desc');
  if (s.mostPending && !s.target && s.pendingWho && !s.groupDim) {
    // "who has the most contacts / attends the most events" -> companies; "... the most sponsors" -> events
    const owner: EntityKind = m.entity === 'companies' ? 'events' : 'companies';
    const d = newDraft(s, owner, true);
    s.target = d;
    s.pendingWho = false;
  }
  if (s.mostPending && s.target && !s.groupDim) {
    // "which company sponsors the most events": the verb before the measure says which links count
    const verbRelations = m.relations === null && s.pendingRelations?.length ? s.pendingRelations : null;
    if (verbRelations) s.pendingRelations = null;
    const d: Draft = {
      entity: m.entity,
      conds: [],
      relations: m.relations ?? verbRelations,
      edges: [],
      singular: sing,
    };
    s.measure = { draft: d, order: s.mostPending };
    s.mostPending = null;
    s.current = d;
    flushPre(s, d);
    return;
  }
  // "the country with the fewest companies": the grouping keeps the order its measured noun was said with
  if (s.mostPending && s.groupDim) s.groupOrder = s.mostPending;
  s.mostPending = null;
  // "speaking at X from companies under 1000 employees": the participants' own companies, no other set of the event
  const origin = participantOrigin(s, m);
  if (origin) {
    flushPre(s, origin);
    s.current = origin;
    return;
  }
  // predicate: "... are (not) sponsors"
  const haveBefore = ['have', 'has', 'having'].includes(s.scan.tokens[m.start - 1]?.norm ?? '');
  // "are (not) sponsors", "are both sponsors and partners": the word between the copula and the noun is no object
  // "companies that are partners at some event but never sponsors (anywhere)": the relation noun after "but not /
  // never" is the companies' own negated relation, said under the copula before (a relation at no event at all)
  const butNegated =
    prevM?.t === 'neg' &&
    s.scan.tokens[prevM.start - 1]?.norm === 'but' &&
    m.relations !== null &&
    m.relations.length > 0 &&
    ms.slice(0, k - 1).some((x) => x.t === 'copula');
  // "which events is google a sponsor of": a name between the copula and the relation noun is the copula's subject
  // ... "which events is google not a sponsor of": the negation between them is the link's
  const beforeNoun = prevM?.t === 'neg' ? k - 2 : k - 1;
  const namedSubject =
    ms[beforeNoun]?.t === 'company' &&
    ms[beforeNoun - 1]?.t === 'copula' &&
    s.current?.entity === 'companies' &&
    m.relations !== null;
  // "(companies at X) without being sponsors", "not being a sponsor": the gerund of the copula after a negation
  const negatedGerund = prevM?.t === 'neg' && s.scan.tokens[m.start - 1]?.norm === 'being';
  const copulaBefore =
    prevM?.t === 'copula' ||
    namedSubject ||
    negatedGerund ||
    ((prevM?.t === 'neg' || prevM?.t === 'both') && ms[k - 2]?.t === 'copula') ||
    haveBefore ||
    butNegated;
  // "are speakers at both X and Y": the relation holds at each member of the pair
  const objectAt = ms[k + 2]?.t === 'both' ? k + 3 : k + 2;
  const scopeFollows =
    (nextM?.t === 'prep' &&
      ['of', 'at', 'for', 'in'].includes(nextM.p) &&
      (ms[objectAt]?.t === 'event' || ms[objectAt]?.t === 'entity' || ms[objectAt]?.t === 'anaphor')) ||
    // "which companies are partners there. <topic naming the event>": "there" points at the event said after it
    (nextM?.t === 'anaphor' && nextM.place === true && !s.previous && ms[k + 2]?.t === 'event') ||
    // "which companies are partners of ahice": a name read from a description may hold its preposition ("of ahice")
    (nextM?.t === 'event' && nextM.start === m.end && SCOPE_PREPOSITION_LEAD.test(nextM.text));
  if (
    m.relations !== null &&
    m.entity === 'companies' &&
    s.current?.entity === 'companies' &&
    copulaBefore &&
    scopeFollows
  ) {
    s.pendingRelations = m.relations;
    s.pendingEach = m.each ?? null;
    s.pendingLinkNeg = s.neg;
    s.neg = false;
    return;
  }
  // "... events are sponsors": after a copula the relation noun describes the companies said earlier; "events that
  // have sponsors" is the events' own (a new node of their sponsors), never the earlier companies said again
  const subject: Draft | null =
    s.current?.entity === 'companies'
      ? s.current
      : copulaBefore && !haveBefore && s.current?.entity === 'events'
        ? nearest(s, 'companies')
        : null;
  if (m.relations !== null && m.entity === 'companies' && subject && copulaBefore) {
    let scope: Draft | null = null;
    for (const e of subject.edges) {
      const o = e.a === subject ? e.b : e.a;
      if (o.entity === 'events') {
        scope = o;
        break;
      }
    }
    const ev: Draft = (butNegated ? null : scope) ?? newDraft(s, 'events');
    // the name's own link to the events asked about, said with no relation ("events ... google"), is the one the noun
    // names: set on it, not a second link beside it
    const unnamed = namedSubject
      ? subject.edges.find((e) => (e.a === ev || e.b === ev) && e.relations.length === 0 && !e.negate)
      : undefined;
    if (unnamed && m.relations !== null && !m.each) {
      unnamed.relations = m.relations;
      unnamed.explicit = true;
      unnamed.negate = s.neg;
      s.neg = false;
      s.current = subject;
      return;
    }
    const edge = connect(subject, ev, m.relations, s.neg, true);
    // "companies that are both sponsors and partners": one link per relation (`closeLinks`), not their union
    if (m.each) s.eachRelations.push({ edge, groups: m.each });
    s.neg = false;
    s.current = subject;
    return;
  }
  // "who from the companies at X", "who at the sponsors of X": "who" is a member of the companies, so their people
  // (as "who at Siemens" asks for Siemens' people); "who among the sponsors" stays the companies themselves
  // ... and "who at Commodity Trading Week APAC companies": the event's name modifying the noun stands between
  const modifiers = ms[k - 1]?.t === 'event' && s.pendingPre.some((x) => x === ms[k - 1]) ? 1 : 0;
  const lead = ms[k - 1 - modifiers];
  if (
    s.pendingWho &&
    !s.current &&
    m.entity === 'companies' &&
    lead?.t === 'prep' &&
    (lead.p === 'from' || lead.p === 'at') &&
    ms[k - 2 - modifiers]?.t === 'who'
  )
    openPendingWho(s, 'people', { flush: modifiers === 0 });
  if (s.pendingWho && !s.current && m.relations === null && (m.entity === 'people' || m.entity === 'companies'))
    s.pendingWho = false;
  // "..., who has the most contacts among the sponsors of X": narrows the ranked set, not the measure; the
  // preposition may stand before the noun's premodifiers ("which has the most employees among the German companies")
  const leadM = [...ms.slice(0, k)].reverse().find((x) => !s.pendingPre.includes(x));
  if (
    s.measure &&
    s.current === s.measure.draft &&
    s.target &&
    m.entity === s.target.entity &&
    leadM?.t === 'prep' &&
    ['among', 'of', 'from', 'in'].includes(leadM.p)
  )
    s.current = s.target;
  // a negation before the premodifiers belongs to them ("sponsors ... that are not US companies")
  const beforePre = [...ms.slice(0, k)]
    .reverse()
    .find(
      (x) =>
        !s.pendingPre.includes(x) &&
        x.t !== 'sector' &&
        !(
          (x.t === 'neg' || (x.t === 'prep' && (x.p === 'hq' || x.p === 'placedIn'))) &&
          s.pendingPre.some((p) => s.negatedPre.has(p))
        ),
    );
  // "sponsors of X that are not US companies": after a copula, a noun of an earlier node's kind describes that node;
  // so does one after "are in" ("companies sponsoring events next month that are in telecoms": the sector of the
  // companies, a noun of them WordNet also reads, never other companies of those events)
  const copulaIn = beforePre?.t === 'prep' && beforePre.p === 'in' && ms[ms.indexOf(beforePre) - 1]?.t === 'copula';
  if (
    (beforePre?.t === 'copula' || copulaIn) &&
    m.relations === null &&
    s.current &&
    s.current.entity !== m.entity &&
    m.entity !== 'participations'
  ) {
    const described = nearest(s, m.entity);
    if (described) s.current = described;
  }
  // "companies at X with (no) marketing people": a named event is no set to narrow by its people, so the people
  // said with "with" after it are those of the companies before it (was: the events X whose companies employ them)
  const withLead =
    (beforePre?.t === 'prep' && beforePre.p === 'with') ||
    (beforePre?.t === 'neg' && /^with/.test(s.scan.tokens[beforePre.start]?.norm ?? ''));
  if (
    m.entity === 'people' &&
    withLead &&
    s.current?.entity === 'events' &&
    s.current !== s.target &&
    s.current.conds.some((c) => c.kind === 'ids')
  ) {
    const companies = [...s.drafts].reverse().find((x) => x.entity === 'companies');
    if (companies) s.current = companies;
  }
  const owner = m.entity === 'companies' && !s.target && companyBeforePeople(ms, k);
  // "events with both sponsors and exhibitors": each relation noun must hold, one link each (as for verbs)
  if (m.each) s.pendingEach = m.each;
  const modifiedTarget = prevM?.t === 'entity' && prevM.modifier && prevM.end === m.start && s.target;
  // "sg events oct sponsors": the relation noun ending a fragment about events is what is asked for
  const fragmentHead = endsEventFragment(s, k);
  openNode(s, m.entity, m.relations, sing, beforePre);
  // "the biggest company", "the top 3 sponsors": the noun a superlative grades is the one ranked
  if (prevM?.t === 'superlative' || prevM?.t === 'top' || (prevM?.t === 'number' && ms[k - 2]?.t === 'top'))
    s.rankedOf = s.current;
  if (m === s.askedNoun) s.target = s.current;
  // "2025 event sponsors", "tech event speakers": the events phrase before the relation noun modifies it, so the
  // companies are asked (linked to those events), not the events
  if (
    (fragmentHead || (modifiedTarget && modifiedTarget === s.lastEventDraft)) &&
    s.current &&
    s.current.entity === 'companies'
  )
    s.target = s.current;
  if (owner) s.possessor = s.current;
  if (m.entity === 'events') s.lastEventDraft = s.current;
}
