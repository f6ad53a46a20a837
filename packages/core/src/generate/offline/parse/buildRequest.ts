import type { Cond, Dimension, EntityKind, Node, NumericColumn, Relation, Request, Shape } from '../ir/Request';
import { KNOWN_VALUE_COLUMNS, type AttributeName } from '../lexicon/attributeWords';
import { singular } from '../text/tokenize';
import { attributeOf, dimensionAttribute, namesItsRows } from './askedAttribute';
import { contrastedDimension, participationsOfLinks } from './contrastedValues';
import type { ValueIndex } from '../values/ValueIndex';
import type { Mention } from './Mention';
import { companyBeforePeople } from './companyPeople';
import { companySizeAsked, STATED_SIZE_NOUNS } from './statedSizeAsked';
import { readCountEach } from './countEach';
import { matchTopic } from './matchTopic';
import type { Scan } from './scanMentions';

interface Draft {
  entity: EntityKind;
  conds: Cond[];
  /** The relation a relation noun carries ("sponsors" = companies that sponsor). */
  relations: Relation[] | null;
  edges: Edge[];
  singular: boolean;
}

interface Edge {
  a: Draft;
  b: Draft;
  relations: Relation[];
  negate: boolean;
  explicit: boolean;
}

const EVENT_CONDS = new Set<Cond['kind']>(['startBetween', 'endBetween', 'past', 'ongoing', 'venue', 'tag', 'text']);
const PEOPLE_CONDS = new Set<Cond['kind']>(['jobFunction', 'seniority', 'title', 'hasEmail']);

/** The numeric column an aggregate of an attribute word computes ("average revenue", "how long on average"). */
const AGGREGATED_COLUMN: Partial<Record<AttributeName, NumericColumn>> = {
  revenue: 'revenue_usd',
  employees: 'employees',
  founded: 'founded_year',
  duration: 'duration_days',
};

/** A noun of things that have a place of their own: events (where held), companies (where headquartered). */
const isPlacedNoun = (m: Mention | undefined): boolean =>
  m?.t === 'entity' && (m.entity === 'events' || m.entity === 'companies');
const PEOPLE_ATTRIBUTES = new Set<AttributeName>(['email', 'job_title']);

function condEntity(c: Cond): EntityKind | null {
  if (EVENT_CONDS.has(c.kind)) return 'events';
  if (PEOPLE_CONDS.has(c.kind)) return 'people';
  if (c.kind === 'industry') return 'companies';
  if (c.kind === 'compare') return c.column === 'duration_days' ? 'events' : 'companies';
  if (c.kind === 'relation') return 'participations';
  if (c.kind === 'hasValue') return c.entity;
  if (c.kind === 'sameDates') return 'events';
  if (c.kind === 'contactsVsSize') return 'companies';
  return null; // country, city, ids, links and counts of linked rows stay on the node they follow
}

/**
 * Conditions carried over from the previous turn, and what a new value of the same kind does to them:
 * 'narrow' keeps both (an intersection: "which of those are marketing?" after sales people is the people
 * whose function is sales AND marketing, possibly nobody), 'replace' swaps them ("what about marketing?").
 */
type Carry = 'narrow' | 'replace';
const INHERITED = new WeakMap<Cond, Carry>();

/** Refinement words that narrow the previous set, and those that swap a value of it. */
const NARROWING_WORDS = new Set(['just', 'only', 'narrow', 'narrow down', 'filter', 'of which', 'out of']);
const REPLACING_WORDS = new Set(['what about', 'how about', 'instead']);

/** Turns a Node tree (from an earlier turn) back into drafts so it can be extended. */
function draftFromNode(node: Node, carry: Carry = 'narrow'): Draft {
  const d: Draft = { entity: node.entity, conds: [], relations: null, edges: [], singular: false };
  for (const c of node.conds) {
    if (c.kind === 'link') {
      const child = draftFromNode(c.node, carry);
      const e: Edge = { a: d, b: child, relations: [...c.relations], negate: c.negate, explicit: true };
      d.edges.push(e);
      child.edges.push(e);
    } else {
      const copy = structuredClone(c);
      INHERITED.set(copy, carry);
      d.conds.push(copy);
    }
  }
  return d;
}

/** Drafts -> Node tree rooted at `root` (edges to nodes on the current path are skipped). */
function toNode(root: Draft, path: Set<Draft> = new Set()): Node {
  const nested = path.size > 0;
  path.add(root);
  const conds: Cond[] = root.conds.map((c) => structuredClone(c));
  for (const e of root.edges) {
    const other = e.a === root ? e.b : e.a;
    if (path.has(other)) continue;
    conds.push({ kind: 'link', relations: [...e.relations], negate: e.negate, node: toNode(other, new Set(path)) });
  }
  // "people at sponsors", "contacts working for exhibitors": a relation noun inside the tree is companies in that
  // relation to some event, as "sponsors" alone is at the root
  if (
    nested &&
    root.entity === 'companies' &&
    root.relations &&
    root.relations.length > 0 &&
    !root.edges.some((e) => (e.a === root ? e.b : e.a).entity === 'events')
  )
    conds.push({ kind: 'link', relations: [...root.relations], negate: false, node: { entity: 'events', conds: [] } });
  path.delete(root);
  return { entity: root.entity, conds };
}

/** The people node linked to d (the people of an owner named in the possessive). */
function peopleOf(d: Draft): Draft | undefined {
  return d.edges.map((e) => (e.a === d ? e.b : e.a)).find((o) => o.entity === 'people');
}

function addCond(d: Draft, c: Cond): void {
  // union with a condition of the same kind ("HR and recruiting", "Singapore or Malaysia")
  const negOf = (x: Cond): boolean => ('negate' in x ? x.negate : false);
  if (d.conds.some((x) => x.kind === c.kind && JSON.stringify(x) === JSON.stringify(c))) return;
  const same = d.conds.find((x) => x.kind === c.kind && negOf(x) === negOf(c));
  const carried = same ? INHERITED.get(same) : undefined;
  if (same && carried === 'replace') {
    d.conds.splice(d.conds.indexOf(same), 1, c);
    return;
  }
  if (same && carried === 'narrow') {
    if (JSON.stringify(same) !== JSON.stringify(c)) d.conds.push(c);
    return;
  }
  if (same && same.kind === 'jobFunction' && c.kind === 'jobFunction') {
    // "sales people who also do marketing": an intersection joins a single function or another intersection;
    // "sales or marketing people who also do HR" keeps the union and adds the intersection as its own condition
    const all = same.all === true || c.all === true;
    if (all && !(same.values.length === 1 || same.all)) {
      d.conds.push(c);
      return;
    }
    same.values = [...new Set([...same.values, ...c.values])];
    if (all) same.all = true;
    return;
  }
  if (same && same.kind === 'seniority' && c.kind === 'seniority') {
    same.values = [...new Set([...same.values, ...c.values])];
    return;
  }
  if (same && same.kind === 'country' && c.kind === 'country') {
    same.values = [...new Set([...same.values, ...c.values])];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'title' && c.kind === 'title') {
    same.patterns = [...new Set([...same.patterns, ...c.patterns])];
    same.exclude = same.exclude.filter((x) => c.exclude.includes(x));
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'venue' && c.kind === 'venue') {
    same.patterns = [...new Set([...same.patterns, ...c.patterns])];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'city' && c.kind === 'city') {
    same.values = [...new Set([...same.values, ...c.values])];
    return;
  }
  if (same && same.kind === 'state' && c.kind === 'state') {
    same.values = [...new Set([...same.values, ...c.values])];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'tag' && c.kind === 'tag') {
    same.tags = [...new Set([...same.tags, ...c.tags])];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'ids' && c.kind === 'ids' && same.entity === c.entity) {
    same.ids = [...new Set([...same.ids, ...c.ids])];
    same.names = [...new Set([...same.names, ...c.names])];
    return;
  }
  d.conds.push(c);
}

/**
 * Builds the request from the mentions: entity nouns become nodes, relation verbs and prepositions link
 * consecutive nodes (people -> companies -> events), modifiers attach to the noun they precede or the
 * nearest fitting node before them; aggregates, superlatives and groupings shape the result.
 */
export function buildRequest(scan: Scan, index: ValueIndex, asOf: string, previous: Request | null): Request | null {
  const ms = scan.mentions;
  const drafts: Draft[] = [];
  let target = null as Draft | null;
  let current = null as Draft | null;
  let pendingPre: Mention[] = [];
  let pendingRelations: Relation[] | null = null;
  let pendingLinkNeg = false;
  let neg = false;
  let pendingWho = false;
  let countFlag = false;
  let groupDim: Dimension | null = null;
  let groupSingular = false;
  /** The grouping came from a bare dimension word ("what year"), not from a word asking for a grouping ("by"). */
  let groupAsked = false;
  let expectDimension = false;
  let measure: { draft: Draft; order: 'desc' | 'asc' } | null = null;
  let mostPending: 'desc' | 'asc' | null = null;
  type Superlative = { column: 'age' | 'size' | 'revenue' | 'date' | 'duration'; order: 'desc' | 'asc' };
  let superlative = null as Superlative | null;
  let aggFn: 'avg' | 'sum' | 'min' | 'max' | null = null;
  let aggColumn: 'employees' | 'revenue_usd' | 'founded_year' | 'duration_days' | null = null;
  let topN: number | null = null;
  let otherPending = false;
  let usedHistory = false;
  let refine = false;
  let weakAnaphor = false;
  let lastEventDraft = null as Draft | null;
  let lastCompanyDraft = null as Draft | null;
  /** A noun of companies leading the question with their people right after it ("the sponsors' CEOs"). */
  let possessor = null as Draft | null;
  const bothAnywhere = ms.some((m) => m.t === 'both');
  /** Second members of "both A and B" seen before the node they belong to. */
  const pendingBoth: Draft[] = [];
  /** [second member, first member]: link the second like the first once the first is linked. */
  const connectLater: [Draft, Draft][] = [];
  let nextOnly = false;
  let afterWho = false;
  let countsDistinct = false;
  const attributes: string[] = [];
  const seenEventIds: number[] = [];
  /** The kind of value last negated, so "not in A or B" negates B too. */
  let negatedListOf: Mention['t'] | null = null;
  /** "whose company is in X": the entity of the noun after "whose", when only a copula or prepositions lead to mention k. */
  const possessedBefore = (k: number): EntityKind | null => {
    let j = k - 1;
    while (j >= 0 && (ms[j]?.t === 'copula' || ms[j]?.t === 'prep')) j--;
    const noun = ms[j];
    const whose = ms[j - 1];
    return noun?.t === 'entity' && whose?.t === 'relpron' && whose.text.toLowerCase() === 'whose' ? noun.entity : null;
  };
  /** True when mention k is the next member of a negated list ("not at A or (at) B", "neither A nor B"). */
  const continuesNegatedList = (k: number, t: Mention['t']): boolean => {
    if ((negatedListOf as string | null) !== t) return false;
    const before = ms.slice(0, k).filter((x) => x.t !== 'prep');
    const conj = before[before.length - 1];
    return (conj?.t === 'or' || conj?.t === 'and') && before[before.length - 2]?.t === t;
  };
  /** "both sponsoring and exhibiting at X": each relation must hold, one link per relation. */
  let pendingEach: Relation[][] | null = null;
  const eachRelations: { edge: Edge; groups: Relation[][] }[] = [];

  const newDraft = (entity: EntityKind, sing = false): Draft => {
    const d: Draft = { entity, conds: [], relations: null, edges: [], singular: sing };
    drafts.push(d);
    return d;
  };
  const connect = (a: Draft, b: Draft, relations: Relation[] | null, negate: boolean, explicit: boolean): Edge => {
    const e: Edge = { a, b, relations: relations ?? [], negate, explicit };
    a.edges.push(e);
    b.edges.push(e);
    return e;
  };
  const nearest = (kind: EntityKind): Draft | null => {
    if (current?.entity === kind) return current;
    for (let k = drafts.length - 1; k >= 0; k--)
      if (drafts[k]?.entity === kind && drafts[k] !== measure?.draft) return drafts[k] ?? null;
    return null;
  };
  /** A node of `kind`: the nearest one, or a new one linked to `from` (or made the target). */
  const ensure = (kind: EntityKind, from: Draft | null = current): Draft => {
    const found = nearest(kind);
    if (found) return found;
    const d = newDraft(kind);
    if (from) {
      connect(from, d, pendingRelations ?? from.relations, pendingLinkNeg, pendingRelations !== null);
      pendingRelations = null;
      pendingLinkNeg = false;
    } else if (!target) {
      target = d;
    }
    if (!current) current = d;
    return d;
  };
  const applyCondTo = (d: Draft, c: Cond): void => {
    const kind = condEntity(c);
    if (kind === null || kind === d.entity) {
      addCond(d, c);
      return;
    }
    if (d.entity === 'participations' && kind === 'events') {
      addCond(ensureFrom(d, 'events'), c);
      return;
    }
    addCond(ensureFrom(d, kind), c);
  };
  /** A node of `kind` linked to d (existing neighbour, or new). */
  const ensureFrom = (d: Draft, kind: EntityKind): Draft => {
    for (const e of d.edges) {
      const other = e.a === d ? e.b : e.a;
      if (other.entity === kind) return other;
    }
    const existing = nearest(kind);
    if (existing && existing !== d) return existing;
    const nd = newDraft(kind);
    connect(d, nd, d.relations, false, false);
    return nd;
  };
  const topicCond = (allWords: string[], kind: EntityKind): Cond => {
    const m = matchTopic(allWords, index);
    const words = allWords.filter((x) => x !== 'and' && x !== 'or');
    const label = words.join(' ');
    if (kind === 'events' || kind === 'participations') {
      return m.tags.length > 0
        ? { kind: 'tag', tags: m.tags, label: m.tagLabels.join(' / '), negate: false }
        : { kind: 'text', words, label, negate: false };
    }
    // "airline and aerospace": the conjunction stays in the words shown (each conjunct names industries)
    return { kind: 'industry', industries: m.industries, words, label: allWords.join(' '), negate: false };
  };
  /** Applies a modifier mention (premodifier or postmodifier) to a node. */
  const applyModifier = (d: Draft, m: Mention, negate: boolean): void => {
    switch (m.t) {
      case 'function':
        applyCondTo(d, { kind: 'jobFunction', values: m.values, negate, ...(m.all ? { all: true } : {}) });
        break;
      case 'seniority':
        applyCondTo(d, { kind: 'seniority', values: m.values, negate });
        break;
      case 'title':
        applyCondTo(d, {
          kind: 'title',
          label: m.word.label,
          patterns: [...m.word.patterns],
          exclude: [...(m.word.exclude ?? [])],
          negate,
        });
        break;
      case 'topic': {
        const kind = d.entity === 'people' ? 'companies' : d.entity;
        const host = kind === d.entity ? d : ensureFrom(d, 'companies');
        addCond(host, { ...topicCond(m.words, kind), negate } as Cond);
        break;
      }
      case 'country':
        addCond(d.entity === 'participations' ? ensureFrom(d, 'events') : d, {
          kind: 'country',
          values: m.names,
          negate,
          label: m.names.length > 3 ? `${m.text} (${m.names.length} countries)` : m.names.join(' or '),
        });
        break;
      case 'city':
        addCond(d.entity === 'participations' ? ensureFrom(d, 'events') : d, {
          kind: 'city',
          values: [m.name],
          negate,
        });
        break;
      case 'state':
        // events are placed in a state by their city (they have no state column)
        if (d.entity === 'events' || d.entity === 'participations')
          addCond(d.entity === 'participations' ? ensureFrom(d, 'events') : d, {
            kind: 'state',
            values: m.values,
            label: m.label,
            negate,
            cities: m.cities,
          });
        else addCond(d, { kind: 'state', values: m.values, label: m.label, negate });
        break;
      case 'venue':
        applyCondTo(d, { kind: 'venue', patterns: m.hit.patterns, label: m.hit.label, negate });
        break;
      case 'cond':
        applyCondTo(d, m.cond);
        break;
      case 'event': {
        const ev = d.entity === 'events' ? d : ensureFrom(d, 'events');
        addCond(ev, { kind: 'ids', entity: 'events', ids: [...m.hit.ids], names: [...m.hit.names] });
        seenEventIds.push(...m.hit.ids);
        break;
      }
      case 'company': {
        const co = d.entity === 'companies' ? d : ensureFrom(d, 'companies');
        addCond(co, { kind: 'ids', entity: 'companies', ids: [...m.hit.ids], names: [...m.hit.names] });
        break;
      }
      default:
        break;
    }
  };
  /** Premodifiers under a negation: "... are not US companies", "non-sales people". */
  const negatedPre = new Set<Mention>();
  const flushPre = (d: Draft): void => {
    const pre = pendingPre;
    pendingPre = [];
    for (const m of pre) applyModifier(d, m, negatedPre.has(m));
  };
  /** A new entity node at this point of the sentence, linked to the node before it. */
  const openNode = (
    kind: EntityKind,
    relations: Relation[] | null,
    sing: boolean,
    prevMention: Mention | undefined,
  ): Draft => {
    const merge =
      current &&
      current.entity === kind &&
      kind !== 'participations' &&
      ((prevMention?.t === 'prep' && ['in', 'among', 'of', 'from'].includes(prevMention.p)) ||
        prevMention?.t === 'copula' ||
        prevMention?.t === 'anaphor');
    if (merge && current) {
      if (relations && relations.length > 0) current.relations = relations;
      flushPre(current);
      return current;
    }
    const d = newDraft(kind, sing);
    d.relations = relations;
    if (current && current.entity === kind) {
      // "sponsors of X also attend another event": the verb's subject is the earlier node of another kind
      const subject =
        target && target.entity !== kind
          ? target
          : ([...drafts].reverse().find((x) => x.entity !== kind && x !== d) ?? null);
      if (subject) current = subject;
    }
    if (current && pendingBoth.length > 0 && current.entity !== kind) {
      const first = current;
      for (const extra of pendingBoth.splice(0)) {
        const e0 = first.edges[0];
        void e0;
        connectLater.push([extra, first]);
      }
    }
    if (current) {
      const currentHasEvents = current.edges.some((e) => (e.a === current ? e.b : e.a).entity === 'events');
      const nounRel =
        (relations && relations.length > 0 ? relations : null) ??
        (current.relations && current.relations.length > 0 && !currentHasEvents ? current.relations : null);
      const rel = pendingRelations && pendingRelations.length > 0 ? pendingRelations : (nounRel ?? pendingRelations);
      const edge = connect(current, d, rel, pendingLinkNeg || neg, pendingRelations !== null);
      if (pendingEach) {
        eachRelations.push({ edge, groups: pendingEach });
        pendingEach = null;
      }
      if (neg) neg = false;
      pendingRelations = null;
      pendingLinkNeg = false;
    } else if (!target) {
      target = d;
    }
    current = d;
    flushPre(d);
    if (otherPending && kind === 'events') {
      const prevIds = [...seenEventIds, ...(previous ? collectIds(previous.target, 'events') : [])];
      if (prevIds.length > 0) d.conds.push({ kind: 'notIds', entity: 'events', ids: [...new Set(prevIds)], names: [] });
      otherPending = false;
    }
    return d;
  };

  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as Mention;
    const prevM = ms[k - 1];
    const nextM = ms[k + 1];
    const adjacentNext = nextM !== undefined && nextM.start === m.end;
    switch (m.t) {
      // A recognised phrase that cannot be represented: its words are in `scan.ignored`, so the question is
      // asked back (clarify) before any request is answered.
      case 'unclear':
        break;
      // "compare" shapes the answer once the nodes are built (`comparedDimension`)
      case 'compare':
        break;
      case 'count':
        // "top 5 companies by number of contacts": a ranking, not a count
        if (prevM && ((prevM.t === 'prep' && prevM.p === 'by') || prevM.t === 'group') && target) mostPending = 'desc';
        else countFlag = true;
        break;
      case 'number':
        if (
          nextM &&
          (nextM.t === 'dimension' ||
            nextM.t === 'entity' ||
            nextM.t === 'superlative' ||
            nextM.t === 'most' ||
            nextM.t === 'function' ||
            nextM.t === 'title' ||
            nextM.t === 'topic' ||
            nextM.t === 'country')
        )
          topN = m.value;
        break;
      case 'top':
        if (nextM?.t === 'number') {
          topN = nextM.value;
          k++;
        } else topN = topN ?? 10;
        break;
      case 'refine':
        refine = true;
        break;
      case 'copula':
        if (prevM?.t !== 'relpron' && target && current !== target && !(prevM?.t === 'who')) current = target;
        break;
      case 'relpron':
        // "... companies ... who are based outside X": "who" refers to people
        if (m.text.toLowerCase() === 'who') {
          const p = nearest('people');
          if (p) {
            current = p;
            afterWho = true;
          }
        }
        break;
      case 'who':
        pendingWho = true;
        break;
      case 'neg':
        neg = true;
        break;
      case 'both': // a whole-question flag: see bothAnywhere
        break;
      case 'and':
      case 'or':
        break;
      case 'other':
        otherPending = true;
        break;
      case 'group': {
        expectDimension = m.expectsDimension;
        // "how many contacts at each of them?": one row per company (event) of the previous answer
        const ofThem = ms.slice(k + 1, k + 3).find((x) => x.t === 'anaphor' && x.strong);
        if (
          previous &&
          ofThem &&
          ['each', 'per', 'for each', 'by'].includes(m.text.toLowerCase()) &&
          (previous.target.entity === 'companies' || previous.target.entity === 'events')
        ) {
          groupDim = previous.target.entity === 'companies' ? 'company' : 'event';
          expectDimension = false;
        }
        break;
      }
      case 'dimension': {
        const modifiedByEntity =
          prevM?.t === 'entity' && prevM.end === m.start && target !== null && drafts.length === 1;
        if (expectDimension || !target || modifiedByEntity) {
          groupDim = m.dim;
          groupAsked = !expectDimension;
          countsDistinct = prevM?.t === 'count' || (prevM?.t === 'other' && ms[k - 2]?.t === 'count');
          groupSingular = singular(m.text.toLowerCase()) === m.text.toLowerCase();
          expectDimension = false;
        } else {
          attributes.push(m.dim);
        }
        break;
      }
      case 'attribute':
        if (aggFn && AGGREGATED_COLUMN[m.attr]) {
          aggColumn = AGGREGATED_COLUMN[m.attr] ?? null;
        } else if (
          prevM?.t === 'superlative' &&
          ['employees', 'revenue', 'founded', 'duration', 'dates'].includes(m.attr)
        ) {
          // "the largest revenue", "the earliest founding year": rank on that attribute, and show it
          const column =
            m.attr === 'employees'
              ? 'size'
              : m.attr === 'revenue'
                ? 'revenue'
                : m.attr === 'founded'
                  ? 'age'
                  : m.attr === 'duration'
                    ? 'duration'
                    : 'date';
          const word = prevM.text.toLowerCase();
          const low = ['earliest', 'oldest', 'smallest', 'lowest', 'shortest', 'first', 'soonest', 'next'].includes(
            word,
          );
          superlative = { column, order: low ? 'asc' : 'desc' };
          attributes.push(m.attr);
          if (topN === null && singular(m.text.toLowerCase()) === m.text.toLowerCase()) topN = 1;
        } else if (
          prevM &&
          ((prevM.t === 'prep' && prevM.p === 'by') || prevM.t === 'group') &&
          target &&
          ['employees', 'revenue', 'founded'].includes(m.attr)
        ) {
          superlative = {
            column: m.attr === 'employees' ? 'size' : m.attr === 'revenue' ? 'revenue' : 'age',
            order: superlative?.order ?? (m.attr === 'founded' ? 'asc' : 'desc'),
          };
          expectDimension = false;
        } else if (mostPending && (m.attr === 'employees' || m.attr === 'revenue')) {
          superlative = { column: m.attr === 'employees' ? 'size' : 'revenue', order: mostPending };
          mostPending = null;
        } else if (countFlag && m.attr === 'revenue') {
          aggFn = 'sum';
          aggColumn = 'revenue_usd';
          countFlag = false;
        } else if (neg && current && KNOWN_VALUE_COLUMNS[m.attr]) {
          // "companies with no revenue listed", "events without a venue"
          const known = KNOWN_VALUE_COLUMNS[m.attr];
          if (known)
            applyCondTo(current, {
              kind: 'hasValue',
              entity: known.entity,
              column: known.column,
              label: known.label,
              negate: true,
            });
          neg = false;
        } else if (neg && m.attr === 'email') {
          const host = current?.entity === 'people' ? current : current ? ensureFrom(current, 'people') : null;
          if (host) host.conds.push({ kind: 'hasEmail', negate: true });
          neg = false;
        } else {
          attributes.push(m.attr);
        }
        break;
      case 'aggFn': {
        aggFn = m.fn;
        // "how long do events last on average": the function said after its attribute applies to it
        const said: number = aggColumn ? -1 : attributes.findIndex((a) => AGGREGATED_COLUMN[a as AttributeName]);
        if (said >= 0) {
          aggColumn = AGGREGATED_COLUMN[attributes[said] as AttributeName] ?? null;
          attributes.splice(said, 1);
        }
        break;
      }
      case 'most':
        mostPending = m.order;
        break;
      case 'superlative':
        superlative = { column: m.column, order: m.order };
        if (['next', 'soonest'].includes(m.text.toLowerCase())) nextOnly = true;
        break;
      case 'anaphor': {
        if (!m.strong) {
          weakAnaphor = true;
          break;
        }
        if (!previous) break;
        let kind: EntityKind = previous.target.entity;
        let explicit: Mention | undefined;
        if (nextM?.t === 'entity' && adjacentNext) {
          kind = nextM.entity;
          explicit = nextM;
          k++;
        }
        // "who works there?" after companies (or events): the people at them
        if (/^(work|works|working|employed) there$/i.test(m.text) && kind !== 'people') {
          kind = 'people';
          pendingWho = false;
        }
        usedHistory = true;
        const prior = draftFromNode(
          previous.target,
          ms.some((x) => x.t === 'refine' && REPLACING_WORDS.has(x.text.toLowerCase())) ? 'replace' : 'narrow',
        );
        const register = (d: Draft): void => {
          drafts.push(d);
          for (const e of d.edges) {
            const o = e.a === d ? e.b : e.a;
            if (!drafts.includes(o)) register(o);
          }
        };
        let node: Draft;
        if (kind === prior.entity) {
          register(prior);
          node = prior;
          node.relations = explicit?.t === 'entity' ? explicit.relations : null;
        } else {
          register(prior);
          node = newDraft(kind);
          connect(
            node,
            prior,
            pendingRelations ?? (explicit?.t === 'entity' ? explicit.relations : null),
            false,
            pendingRelations !== null,
          );
        }
        if (current) {
          const rel = pendingRelations ?? current.relations;
          if (current.entity === node.entity) {
            // "which of those": the earlier set itself
            current.conds.unshift(
              ...node.conds.filter((c) => !current?.conds.some((x) => JSON.stringify(x) === JSON.stringify(c))),
            );
            for (const e of node.edges) {
              if (e.a === node) e.a = current;
              else e.b = current;
              current.edges.push(e);
            }
          } else {
            connect(current, node, rel, pendingLinkNeg || neg, pendingRelations !== null);
          }
          neg = false;
          pendingRelations = null;
          pendingLinkNeg = false;
        } else {
          target = node;
          current = node;
          flushPre(node);
        }
        break;
      }
      case 'relation': {
        if (pendingWho && !current) {
          const d = newDraft('companies', true);
          target = d;
          current = d;
          pendingWho = false;
          flushPre(d);
        }
        pendingRelations = m.relations;
        pendingEach = m.each ?? null;
        pendingLinkNeg = neg;
        neg = false;
        break;
      }
      case 'employment': {
        // "(Indian) employees of American companies": the noun of the phrase is the people asked about
        if (!current && !target && /^(?:employees|staff)\b/i.test(m.text)) {
          const d = newDraft('people');
          target = d;
          current = d;
          flushPre(d);
          break;
        }
        if (pendingWho && !current) {
          const d = newDraft('people');
          target = d;
          current = d;
          pendingWho = false;
          flushPre(d);
        }
        break;
      }
      case 'prep':
        break;
      case 'sector':
        break;
      case 'entity': {
        if (expectDimension && (m.entity === 'events' || m.entity === 'companies')) {
          groupDim = m.entity === 'events' ? 'event' : 'company';
          expectDimension = false;
          break;
        }
        const sing = singular(m.text.toLowerCase()) === m.text.toLowerCase();
        const afterBy = prevM && ((prevM.t === 'prep' && prevM.p === 'by') || prevM.t === 'group');
        if (
          (afterBy || (prevM?.t === 'superlative' && prevM.column === 'size')) &&
          target &&
          m.entity === 'people' &&
          STATED_SIZE_NOUNS.has(m.text.toLowerCase()) &&
          (superlative || topN !== null)
        ) {
          superlative = { column: 'size', order: superlative?.order ?? 'desc' };
          expectDimension = false;
          break;
        }
        if (afterBy && target && (superlative || topN !== null) && m.entity !== target.entity)
          mostPending = mostPending ?? 'desc';
        if (mostPending && !target && pendingWho && !groupDim) {
          // "who has the most contacts / attends the most events" -> companies; "... the most sponsors" -> events
          const owner: EntityKind = m.entity === 'companies' ? 'events' : 'companies';
          const d = newDraft(owner, true);
          target = d;
          pendingWho = false;
        }
        if (mostPending && target && !groupDim) {
          // "which company sponsors the most events": the verb before the measure says which links count
          const verbRelations = m.relations === null && pendingRelations?.length ? pendingRelations : null;
          if (verbRelations) pendingRelations = null;
          const d: Draft = {
            entity: m.entity,
            conds: [],
            relations: m.relations ?? verbRelations,
            edges: [],
            singular: sing,
          };
          measure = { draft: d, order: mostPending };
          mostPending = null;
          current = d;
          flushPre(d);
          break;
        }
        mostPending = null;
        // predicate: "... are (not) sponsors"
        const haveBefore = ['have', 'has', 'having'].includes(scan.tokens[m.start - 1]?.norm ?? '') && !mostPending;
        const copulaBefore = prevM?.t === 'copula' || (prevM?.t === 'neg' && ms[k - 2]?.t === 'copula') || haveBefore;
        const scopeFollows =
          nextM?.t === 'prep' &&
          ['of', 'at', 'for', 'in'].includes(nextM.p) &&
          (ms[k + 2]?.t === 'event' || ms[k + 2]?.t === 'entity' || ms[k + 2]?.t === 'anaphor');
        if (
          m.relations !== null &&
          m.entity === 'companies' &&
          current?.entity === 'companies' &&
          copulaBefore &&
          scopeFollows
        ) {
          pendingRelations = m.relations;
          pendingLinkNeg = neg;
          neg = false;
          break;
        }
        const subject: Draft | null =
          current?.entity === 'companies'
            ? current
            : copulaBefore && current?.entity === 'events'
              ? nearest('companies')
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
          const ev: Draft = scope ?? newDraft('events');
          connect(subject, ev, m.relations, neg, true);
          neg = false;
          current = subject;
          break;
        }
        if (pendingWho && !current && m.relations === null && (m.entity === 'people' || m.entity === 'companies'))
          pendingWho = false;
        // "..., who has the most contacts among the sponsors of X": narrows the ranked set, not the measure
        if (
          measure &&
          current === measure.draft &&
          target &&
          m.entity === target.entity &&
          prevM?.t === 'prep' &&
          ['among', 'of', 'from', 'in'].includes(prevM.p)
        )
          current = target;
        // a negation before the premodifiers belongs to them ("sponsors ... that are not US companies")
        const beforePre = [...ms.slice(0, k)]
          .reverse()
          .find(
            (x) =>
              !pendingPre.includes(x) &&
              x.t !== 'sector' &&
              !((x.t === 'neg' || (x.t === 'prep' && x.p === 'hq')) && pendingPre.some((p) => negatedPre.has(p))),
          );
        // "sponsors of X that are not US companies": after a copula, a noun of an earlier node's kind describes that node
        if (
          beforePre?.t === 'copula' &&
          m.relations === null &&
          current &&
          current.entity !== m.entity &&
          m.entity !== 'participations'
        ) {
          const described = nearest(m.entity);
          if (described) current = described;
        }
        const owner = m.entity === 'companies' && !target && companyBeforePeople(ms, k);
        openNode(m.entity, m.relations, sing, beforePre);
        if (owner) possessor = current;
        if (m.entity === 'events') lastEventDraft = current;
        break;
      }
      case 'function':
      case 'seniority':
      case 'title': {
        if (prevM?.t === 'prep' && prevM.p === 'outside') neg = true;
        const nounLike = m.t === 'title' || m.noun;
        const nextIsPeopleNoun =
          nextM &&
          adjacentNext &&
          ((nextM.t === 'entity' && nextM.entity === 'people') ||
            nextM.t === 'function' ||
            nextM.t === 'seniority' ||
            nextM.t === 'title' ||
            nextM.t === 'and' ||
            nextM.t === 'or');
        if (nextIsPeopleNoun) {
          pendingPre.push(m);
          if (neg) negatedPre.add(m);
          neg = false;
          break;
        }
        if (current?.entity === 'people') {
          applyModifier(current, m, neg);
          neg = false;
          break;
        }
        const holder = m.t === 'title' && m.held ? nearest('people') : undefined;
        if (holder) {
          applyModifier(holder, m, neg);
          neg = false;
          break;
        }
        if (nounLike || !current) {
          const d = openNode('people', null, false, prevM);
          applyModifier(d, m, neg);
          neg = false;
          break;
        }
        applyModifier(ensureFrom(current, 'people'), m, neg);
        neg = false;
        break;
      }
      case 'topic': {
        const nextNoun = ms.slice(k + 1).find((x) => x.t !== 'sector');
        if (
          nextNoun?.t === 'entity' &&
          (nextNoun.entity === 'events' || nextNoun.entity === 'companies') &&
          nextNoun.start <= m.end + 2
        ) {
          pendingPre.push(m);
          if (neg) negatedPre.add(m);
          neg = false;
          break;
        }
        if (current) {
          applyModifier(current, m, neg);
          neg = false;
        } else pendingPre.push(m);
        break;
      }
      case 'country':
      case 'city':
      case 'state': {
        const outside = prevM?.t === 'prep' && (prevM.p === 'outside' || prevM.p === 'livesOutside');
        const hq = prevM?.t === 'prep' && prevM.p === 'hq';
        const lives = prevM?.t === 'prep' && (prevM.p === 'livesIn' || prevM.p === 'livesOutside');
        const nextIsNoun =
          nextM && (nextM.t === 'entity' || (nextM.t === 'prep' && nextM.p === 'hq' && ms[k + 2]?.t === 'entity'));
        const negate: boolean = outside || neg || continuesNegatedList(k, m.t);
        negatedListOf = negate ? m.t : null;
        neg = false;
        if (nextIsNoun && (nextM?.start === m.end || nextM?.t === 'prep')) {
          if (nextM?.t === 'prep') k++;
          pendingPre.push(m);
          if (negate) negatedPre.add(m);
          break;
        }
        if (!current && pendingWho) {
          // "who is based in Singapore": the people there (as "who is at Siemens" asks for its people)
          const d = newDraft('people');
          target = d;
          current = d;
          pendingWho = false;
          flushPre(d);
        }
        let host: Draft | null = current;
        if (hq && current && current.entity !== 'companies' && current.entity !== 'people') host = ensure('companies');
        // "people who work for companies attending events in Singapore": a place right after the events noun is
        // the events' place, even inside a clause about people
        // "people who work for companies in Germany": likewise the companies' place (where they are headquartered)
        const nounPlace = prevM?.t === 'prep' && prevM.p === 'in' && isPlacedNoun(ms[k - 2]);
        if (lives || (afterWho && current?.entity !== 'people' && !nounPlace)) host = nearest('people') ?? host;
        // "people whose company is in Japan": the place is the possessed noun's, not the people's
        if (!lives && possessedBefore(k) === 'companies') host = nearest('companies') ?? ensure('companies');
        // "contacts at Siemens outside Germany": a named company's country is known, so the place is the people's
        if (
          !hq &&
          host?.entity === 'companies' &&
          host.conds.some((c) => c.kind === 'ids') &&
          target?.entity === 'people'
        )
          host = target;
        if (!host) {
          pendingPre.push(m);
          break;
        }
        if (host.entity === 'participations') host = ensureFrom(host, 'events');
        applyModifier(host, m, negate);
        break;
      }
      case 'venue': {
        const host = current?.entity === 'events' ? current : ensure('events');
        // "not at Marina Bay Sands or Suntec": the negation covers the whole list (neither)
        const negate: boolean = neg || continuesNegatedList(k, 'venue');
        applyModifier(host, m, negate);
        negatedListOf = negate ? 'venue' : null;
        neg = false;
        break;
      }
      case 'cond': {
        if (m.cond.kind === 'linkCount' && m.cond.relations.length === 0) {
          const verbRel = pendingRelations ?? current?.relations ?? null;
          if (verbRel && verbRel.length > 0) m.cond.relations = [...verbRel];
          if (pendingRelations !== null) {
            pendingRelations = null;
            pendingLinkNeg = false;
          }
        }
        const kind = condEntity(m.cond);
        if (!current) {
          pendingPre.push(m);
          break;
        }
        // "the fewest companies, among those with at least one": a count of the measured noun is the ranked node's
        const countOfMeasure =
          m.cond.kind === 'linkCount' && measure && current === measure.draft && m.cond.entity === current.entity;
        if (countOfMeasure && target && target !== current) {
          applyCondTo(target, m.cond);
          break;
        }
        if (measure && current === measure.draft) {
          applyCondTo(current, m.cond);
          break;
        }
        const host =
          kind && kind !== current.entity
            ? kind === 'events' && lastEventDraft
              ? lastEventDraft
              : ensure(kind)
            : current;
        applyCondTo(host, m.cond);
        break;
      }
      case 'event': {
        seenEventIds.push(...m.hit.ids);
        const cond: Cond = { kind: 'ids', entity: 'events', ids: [...m.hit.ids], names: [...m.hit.names] };
        if (nextM?.t === 'entity' && adjacentNext && (nextM.entity === 'companies' || nextM.entity === 'people')) {
          pendingPre.push(m);
          break;
        }
        if (
          current?.entity === 'events' &&
          (prevM?.t === 'entity' || prevM?.t === 'anaphor') &&
          prevM.end === m.start
        ) {
          addCond(current, cond);
          break;
        }
        const prevWasEvent = (prevM?.t === 'and' || prevM?.t === 'or') && ms[k - 2]?.t === 'event';
        if (prevWasEvent && lastEventDraft && !bothAnywhere) {
          addCond(lastEventDraft, cond);
          break;
        }
        if (prevWasEvent && lastEventDraft && bothAnywhere) {
          const parentEdge = lastEventDraft.edges[0];
          const parent = parentEdge ? (parentEdge.a === lastEventDraft ? parentEdge.b : parentEdge.a) : null;
          const d = newDraft('events');
          d.conds.push(cond);
          if (parent) connect(parent, d, parentEdge?.relations ?? null, parentEdge?.negate ?? false, true);
          lastEventDraft = d;
          break;
        }
        if (!current && pendingWho) {
          const d = newDraft('companies');
          target = d;
          current = d;
          pendingWho = false;
          flushPre(d);
        }
        if (current?.entity === 'events' && !current.conds.some((c) => c.kind === 'ids')) {
          const linkedFromCompany = current.edges.length > 0;
          if (!linkedFromCompany && current === target) {
            addCond(current, cond);
            lastEventDraft = current;
            break;
          }
        }
        const d = openNode('events', null, true, undefined);
        addCond(d, cond);
        lastEventDraft = d;
        break;
      }
      case 'person': {
        const cond: Cond = { kind: 'ids', entity: 'people', ids: [...m.hit.ids], names: [...m.hit.names] };
        if (current?.entity === 'people') {
          addCond(current, cond);
          break;
        }
        const d = openNode('people', null, true, undefined);
        addCond(d, cond);
        pendingWho = false;
        break;
      }
      case 'company': {
        const cond: Cond = { kind: 'ids', entity: 'companies', ids: [...m.hit.ids], names: [...m.hit.names] };
        if (companyBeforePeople(ms, k)) {
          pendingPre.push(m);
          break;
        }
        if (!current && pendingWho) {
          const d = newDraft('people');
          target = d;
          current = d;
          pendingWho = false;
        }
        const prevWasCompany = (prevM?.t === 'and' || prevM?.t === 'or') && ms[k - 2]?.t === 'company';
        if (prevWasCompany && lastCompanyDraft && !bothAnywhere) {
          addCond(lastCompanyDraft, cond);
          break;
        }
        if (prevWasCompany && lastCompanyDraft && bothAnywhere) {
          // "both Google and AWS": a second company node linked like the first (intersection)
          const parentEdge = lastCompanyDraft.edges[0];
          const parent = parentEdge ? (parentEdge.a === lastCompanyDraft ? parentEdge.b : parentEdge.a) : null;
          const d = newDraft('companies');
          d.conds.push(cond);
          if (parent) connect(parent, d, parentEdge?.relations ?? null, parentEdge?.negate ?? false, true);
          else {
            pendingBoth.push(d);
          }
          lastCompanyDraft = d;
          break;
        }
        const d = openNode('companies', null, true, undefined);
        addCond(d, cond);
        lastCompanyDraft = d;
        break;
      }
    }
  }

  // Leftovers.
  if (!target) {
    const kinds = pendingPre.map((m) =>
      m.t === 'cond'
        ? condEntity(m.cond)
        : m.t === 'venue' || m.t === 'event' || m.t === 'topic'
          ? 'events'
          : m.t === 'function' || m.t === 'seniority' || m.t === 'title'
            ? 'people'
            : m.t === 'company'
              ? 'companies'
              : null,
    );
    let kind: EntityKind | null =
      kinds.find((x) => x === 'people') ?? kinds.find((x) => x === 'events') ?? kinds.find((x) => x !== null) ?? null;
    if (!kind && attributes.some((a) => PEOPLE_ATTRIBUTES.has(a as AttributeName))) kind = 'people';
    if (!kind && groupDim)
      kind =
        groupDim === 'job_function' || groupDim === 'seniority'
          ? 'people'
          : groupDim === 'relation'
            ? 'participations'
            : groupDim === 'industry'
              ? 'companies'
              : 'events';
    if (!kind && previous && (refine || weakAnaphor || pendingPre.length > 0 || countFlag || superlative))
      kind = previous.target.entity;
    if (!kind && (countFlag || superlative) && pendingPre.length === 0 && !previous) kind = null;
    if (kind) {
      const d = newDraft(kind);
      target = d;
      current = d;
    }
  }
  if (!target) return null;
  if (possessor && target === possessor) target = peopleOf(possessor) ?? target;
  const root: Draft = target;
  if (pendingPre.length > 0) flushPre(current ?? root);
  if (pendingRelations !== null) {
    // a relation verb at the end: "events that companies in X are attending", "companies exhibiting"
    const last: Draft = current ?? root;
    const open = last.edges.find((e) => !e.explicit);
    if (open && !pendingLinkNeg) {
      open.relations = pendingRelations;
      open.explicit = true;
    } else {
      // "companies at X that are not sponsoring it": keep "at X", add "not sponsoring X"
      const otherKind: EntityKind = last.entity === 'events' ? 'companies' : 'events';
      const neighbour = last.edges.map((e) => (e.a === last ? e.b : e.a)).find((o) => o.entity === otherKind);
      connect(last, neighbour ?? newDraft(otherKind), pendingRelations, pendingLinkNeg, true);
    }
  }

  for (const { edge, groups } of eachRelations) {
    const [first, ...rest] = groups;
    if (!first) continue;
    edge.relations = [...first];
    for (const g of rest) {
      const twin = newDraft(edge.b.entity);
      twin.conds = edge.b.conds.map((c) => structuredClone(c));
      connect(edge.a, twin, [...g], edge.negate, true);
    }
  }
  for (const [extra, first] of connectLater) {
    for (const e of first.edges) {
      const other = e.a === first ? e.b : e.a;
      if (other !== extra && other.entity !== first.entity) connect(other, extra, e.relations, e.negate, e.explicit);
    }
  }
  // "And Meltwater?": only a name, after an earlier request naming something of the same kind
  const onlyName = ms.filter((m) => !['refine', 'and', 'or', 'copula', 'relpron', 'prep'].includes(m.t));
  if (
    previous &&
    !usedHistory &&
    onlyName.length === 1 &&
    (onlyName[0]?.t === 'company' || onlyName[0]?.t === 'event')
  ) {
    const named = onlyName[0];
    const kind = named.t === 'company' ? 'companies' : 'events';
    const swapped = structuredClone(previous);
    if (replaceIds(swapped.target, kind, named.hit.ids, named.hit.names)) return { ...swapped, ignored: scan.ignored };
  }
  // Follow-ups without an explicit reference: refine the previous request of the same kind.
  let rootNode = toNode(root);
  let attrs = [...new Set(attributes)];
  if (previous && !usedHistory) {
    const sameKind = previous.target.entity === rootNode.entity;
    const explicitEntity = ms.some((m) => m.t === 'entity' || m.t === 'who' || m.t === 'event' || m.t === 'company');
    // "and the exhibitors?", "the partners?": an elliptical follow-up, not a new question
    const first = scan.tokens[0]?.norm ?? '';
    const opensQuestion = [
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
    ].includes(first);
    const hasVerb = ms.some((m) => m.t === 'relation' || m.t === 'employment' || m.t === 'copula');
    const elliptical = ['and', 'or', 'plus'].includes(first) || (!opensQuestion && !hasVerb);
    const standalone = explicitEntity && !refine && !weakAnaphor && !elliptical;
    if (sameKind && !standalone) {
      // "what about marketing?", "and December?": a new value of the same kind replaces the old one;
      // "only / just ..." narrows the previous set: both values must hold (an intersection, possibly empty)
      const narrowing =
        ms.some((x) => x.t === 'refine' && NARROWING_WORDS.has(x.text.toLowerCase())) &&
        !ms.some((x) => x.t === 'refine' && REPLACING_WORDS.has(x.text.toLowerCase()));
      const replaced = new Set(narrowing ? [] : rootNode.conds.filter((c) => c.kind !== 'link').map((c) => c.kind));
      const kept = previous.target.conds
        .filter((c) => c.kind === 'link' || !replaced.has(c.kind))
        .map((c) => structuredClone(c));
      // "what about the exhibitors?" after "who is sponsoring X?": same events, another relation
      if (root.relations && root.relations.length > 0) {
        for (const c of kept) if (c.kind === 'link' && c.node.entity === 'events') c.relations = [...root.relations];
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
    } else if (!sameKind && !standalone && (weakAnaphor || refine)) {
      rootNode.conds.push({
        kind: 'link',
        relations: root.relations ?? [],
        negate: false,
        node: structuredClone(previous.target),
      });
    }
  }

  // Emails / titles of companies or events: pivot to their people.
  if (
    rootNode.entity !== 'people' &&
    attrs.some((a) => PEOPLE_ATTRIBUTES.has(a as AttributeName)) &&
    !countFlag &&
    !groupDim
  ) {
    rootNode = { entity: 'people', conds: [{ kind: 'link', relations: [], negate: false, node: rootNode }] };
  }
  if (rootNode.entity === 'people' && attrs.includes('email') && !rootNode.conds.some((c) => c.kind === 'hasEmail'))
    rootNode.conds.push({ kind: 'hasEmail', negate: false });
  // "sponsors" alone: companies that sponsor some event
  if (
    rootNode.entity === 'companies' &&
    root.relations &&
    root.relations.length > 0 &&
    !rootNode.conds.some((c) => c.kind === 'link' && c.node.entity === 'events')
  ) {
    rootNode.conds.push({
      kind: 'link',
      relations: [...root.relations],
      negate: false,
      node: { entity: 'events', conds: [] },
    });
  }
  // "compare X vs Y" / "X compared with Y": one row per compared event or company
  const compared = !groupDim && comparedDimension(rootNode, ms);
  if (compared) groupDim = compared;
  // "sponsors vs partners at X": one row per contrasted value
  const contrasted = !groupDim && !measure && !superlative ? contrastedDimension(ms) : null;
  if (contrasted) groupDim = contrasted;
  // "compare" with nothing named twice to compare: the word is not used, so the question is asked about
  const unusedCompare = !groupDim ? ms.filter((m) => m.t === 'compare').map((m) => m.text) : [];
  // "number of sponsors per event": count the participations themselves
  if (groupDim === 'event' && rootNode.entity === 'companies' && root.relations && root.relations.length > 0) {
    const rels = root.relations;
    const rest = rootNode.conds.filter(
      (c) => !(c.kind === 'link' && c.node.entity === 'events' && c.node.conds.length === 0),
    );
    // "how many sponsors does each of those (events) have?": the events are those of the counted participations
    const sameRelationEvents = (c: Cond): boolean =>
      c.kind === 'link' &&
      c.node.entity === 'events' &&
      !c.negate &&
      c.relations.length === rels.length &&
      c.relations.every((r) => rels.includes(r));
    const eventLinks = rest.filter(sameRelationEvents).map((c) => ({ ...c, relations: [] }) as Cond);
    const others = rest.filter((c) => !sameRelationEvents(c));
    rootNode = {
      entity: 'participations',
      conds: [
        { kind: 'relation', values: [...rels], negate: false },
        ...eventLinks,
        ...(others.length > 0
          ? [{ kind: 'link', relations: [], negate: false, node: { entity: 'companies', conds: others } } as Cond]
          : []),
      ],
    };
  }

  if (nextOnly && rootNode.entity === 'events' && !rootNode.conds.some((c) => c.kind === 'startBetween')) {
    rootNode.conds.push({ kind: 'startBetween', from: asOf, to: null, label: `from ${asOf}` });
  }
  if (groupDim === 'relation' && rootNode.entity === 'events' && !countsDistinct) {
    // "role breakdown at X": the companies taking part in those events, counted by how they take part
    rootNode = { entity: 'companies', conds: [{ kind: 'link', relations: [], negate: false, node: rootNode }] };
  }
  if (groupDim === 'relation' && rootNode.entity === 'companies' && !countsDistinct)
    rootNode = participationsOfLinks(rootNode);
  attrs = [...new Set(attrs.map((a) => attributeOf(a, rootNode.entity)))];
  // "in what year was Siemens founded?": the value of a named row, shown, not a grouping
  if (groupDim && groupAsked && !countFlag && !mostPending && topN === null && namesItsRows(rootNode)) {
    const attr = dimensionAttribute(groupDim, rootNode.entity);
    if (attr) {
      groupDim = null;
      if (!(attr === 'dates' && attrs.includes('founded'))) attrs = [...new Set([...attrs, attr])];
    }
  }
  const sized =
    groupDim || measure ? null : companySizeAsked(rootNode, ms, scan.tokens, countFlag, attrs.includes('employees'));
  if (sized) [rootNode, attrs, countFlag] = [sized, [...new Set([...attrs, 'employees'])], false];
  let shape: Shape = { kind: 'list' };
  if (groupDim && countFlag && countsDistinct) shape = { kind: 'count', distinct: groupDim };
  else if (groupDim)
    shape = {
      kind: 'group',
      dimension: groupDim,
      order: mostPending === 'asc' ? 'asc' : 'desc',
      limit: topN ?? (groupSingular && measure === null && !countFlag && ms.some((m) => m.t === 'most') ? 1 : null),
    };
  else if (measure && statedSize(measure.draft, rootNode, ms)) {
    // "the most employees" is the company's stated size, not the number of its people in the data
    shape = { kind: 'rankByColumn', column: 'size', order: measure.order, limit: topN ?? (root.singular ? 1 : 10) };
  } else if (measure) {
    const md = measure.draft;
    shape = {
      kind: 'rankByCount',
      node: toNode(md),
      relations: md.relations ?? [],
      order: measure.order,
      limit: topN ?? (root.singular ? 1 : 10),
      label:
        ms.find((m) => m.t === 'entity' && m.entity === md.entity && m.relations === md.relations)?.text ?? md.entity,
    };
  } else if (aggFn && aggColumn) shape = { kind: 'aggregate', fn: aggFn, column: aggColumn };
  else if (superlative)
    shape = {
      kind: 'rankByColumn',
      column: superlative.column,
      order: superlative.order,
      limit: topN ?? (root.singular ? 1 : 10),
    };
  else if (countFlag) shape = { kind: 'count' };
  else if (topN !== null && rootNode.entity !== 'people') shape = { kind: 'list' };

  // honesty: a "most" / "fewest" that shaped nothing would be answered as a plain list; ask about it instead
  const droppedMost = shape.kind === 'list' ? ms.filter((m) => m.t === 'most').map((m) => m.text) : [];
  return readCountEach(
    {
      version: 1,
      target: rootNode,
      shape,
      attributes: attrs,
      ignored: [...scan.ignored, ...unusedCompare, ...droppedMost],
    },
    scan,
  );
}

/**
 * The dimension a comparison has one row per: the events or companies named together (two or more) when the
 * question compares ("compare", "vs", "compared with"). Null when nothing named can be compared; the words
 * are then left unread, so the question is asked about rather than answered as a plain total.
 */
function comparedDimension(target: Node, ms: readonly Mention[]): 'event' | 'company' | null {
  const comparing =
    ms.some((m) => m.t === 'compare') || ms.some((m) => m.t === 'and' && /^(vs|versus|compared)/i.test(m.text));
  if (!comparing) return null;
  const named = (node: Node, entity: 'events' | 'companies'): number =>
    node.conds.reduce(
      (n, c) =>
        n +
        (c.kind === 'ids' && c.entity === entity ? c.ids.length : 0) +
        (c.kind === 'link' ? named(c.node, entity) : 0),
      0,
    );
  if (target.entity !== 'events' && named(target, 'events') >= 2) return 'event';
  if (target.entity !== 'companies' && named(target, 'companies') >= 2) return 'company';
  return null;
}

/** True when a measured count of people is the company's stated size: "which company has the most employees". */
function statedSize(md: Draft, target: Node, ms: readonly Mention[]): boolean {
  if (target.entity !== 'companies' || md.entity !== 'people' || md.conds.length > 0) return false;
  const noun = ms.find((m) => m.t === 'entity' && m.entity === 'people' && m.relations === md.relations);
  return noun !== undefined && STATED_SIZE_NOUNS.has(noun.text.toLowerCase());
}

/** Replaces the first named-value condition of a kind in a tree; false when there is none. */
function replaceIds(node: Node, entity: 'events' | 'companies', ids: number[], names: string[]): boolean {
  for (const c of node.conds) {
    if (c.kind === 'ids' && c.entity === entity) {
      c.ids = [...ids];
      c.names = [...names];
      return true;
    }
  }
  return node.conds.some((c) => c.kind === 'link' && replaceIds(c.node, entity, ids, names));
}

function collectIds(node: Node, entity: 'events' | 'companies'): number[] {
  const out: number[] = [];
  if (node.entity === entity) for (const c of node.conds) if (c.kind === 'ids') out.push(...c.ids);
  for (const c of node.conds) if (c.kind === 'link') out.push(...collectIds(c.node, entity));
  return out;
}
