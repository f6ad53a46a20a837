import type { EntityKind } from '../../../ir/Request';
import { flushPre } from '../applyModifier';
import type { BuildState } from '../BuildState';
import { draftFromNode, REPLACING_WORDS } from '../carriedConds';
import type { Draft } from '../Draft';
import { connect, newDraft } from '../graph';
import type { MentionOf } from '../MentionHandler';

/** Anaphors that restate the question's own set when no earlier turn is there ("just the ones in Germany"). */
const ONE_WORDS: ReadonlySet<string> = new Set(['ones', 'the ones', 'those', 'these']);

/**
 * "those", "them", "those companies", "work there": the previous turn's target becomes a node of this request
 * (the same node when the kinds agree, else linked to the new node the words ask for). A weak anaphor ("these"
 * without a noun) only marks the question as a follow-up (`followUp.ts`).
 */
export function readAnaphor(s: BuildState, m: MentionOf<'anaphor'>): void {
  if (!m.strong) {
    s.weakAnaphor = true;
    return;
  }
  const previous = s.previous;
  if (!previous) {
    // "sponsors of X (just the ones in Germany)": with no earlier turn, the question's own set; what follows is said
    // of it, not of the last noun read (the event)
    if (s.target && ONE_WORDS.has(m.text.toLowerCase())) s.current = s.target;
    return;
  }
  const nextM = s.ms[s.k + 1];
  let kind: EntityKind = previous.target.entity;
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
  const prior = draftFromNode(
    previous.target,
    s.ms.some((x) => x.t === 'refine' && REPLACING_WORDS.has(x.text.toLowerCase())) ? 'replace' : 'narrow',
  );
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
  const current = s.current;
  if (current) {
    const rel = s.pendingRelations ?? current.relations;
    if (current.entity === node.entity) {
      // "which of those": the earlier set itself
      current.conds.unshift(
        ...node.conds.filter((c) => !current.conds.some((x) => JSON.stringify(x) === JSON.stringify(c))),
      );
      for (const e of node.edges) {
        if (e.a === node) e.a = current;
        else e.b = current;
        current.edges.push(e);
      }
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
