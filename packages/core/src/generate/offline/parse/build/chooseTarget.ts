import type { EntityKind } from '../../ir/Request';
import { type AttributeName } from '../../lexicon/attributeWords';
import { PEOPLE_ATTRIBUTES } from './askedAttributes';
import type { BuildState } from './BuildState';
import { condEntity } from './condEntity';
import type { Draft } from './Draft';
import { newDraft } from './graph';
import { groupedFigure } from './chooseShape';

/** Figures only a company row holds. */
const COMPANY_FIGURES: ReadonlySet<string> = new Set(['revenue_usd', 'employees', 'founded_year']);

/**
 * The node asked about. When no noun opened one, it is chosen from what is left: the modifiers waiting for a noun
 * (people words -> people, events words -> events), the attributes asked (emails -> people), the grouping, or the
 * previous turn's target for a follow-up. Null when nothing says what is asked about.
 */
export function chooseTarget(s: BuildState): Draft | null {
  if (!s.target) {
    const kinds = s.pendingPre.map((m) =>
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
    if (!kind && s.attributes.some((a) => PEOPLE_ATTRIBUTES.has(a as AttributeName))) kind = 'people';
    // "which country has the most revenue / the lowest combined headcount": the figure is a company's, so the groups
    // are of companies (events have no revenue to add up)
    if (!kind && s.groupDim && (COMPANY_FIGURES.has(s.aggColumn ?? '') || groupedFigure(s))) kind = 'companies';
    if (!kind && s.groupDim)
      kind =
        s.groupDim === 'job_function' || s.groupDim === 'seniority' || s.groupDim === 'job_title'
          ? 'people'
          : s.groupDim === 'relation'
            ? 'participations'
            : s.groupDim === 'industry'
              ? 'companies'
              : 'events';
    if (
      !kind &&
      s.previous &&
      (s.refine || s.weakAnaphor || s.pendingPre.length > 0 || s.countFlag || s.superlative || s.examples)
    )
      kind = s.previous.target.entity;
    if (kind) {
      const d = newDraft(s, kind);
      s.target = d;
      s.current = d;
    }
  }
  // "the sponsors' CEOs": the people of the companies named in the possessive
  if (s.possessor && s.target === s.possessor) s.target = peopleOf(s.possessor) ?? s.target;
  return s.target;
}

/** The people node linked to d. */
function peopleOf(d: Draft): Draft | undefined {
  return d.edges.map((e) => (e.a === d ? e.b : e.a)).find((o) => o.entity === 'people');
}
