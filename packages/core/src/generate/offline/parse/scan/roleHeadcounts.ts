import type { Mention } from '../Mention';

/** Mentions of people's roles that may premodify a noun ("sales", "marketing directors", "CTO"). */
const ROLE_MENTIONS: ReadonlySet<Mention['t']> = new Set(['function', 'seniority', 'title']);

/**
 * "sales vs marketing headcount at X", "the marketing headcount at X": a noun of head count premodified by people's
 * roles is the number of those people in the data, as "how many sales vs marketing people at X" asks (it was read
 * as the company's stated size and refused: people have none). A head count with no role before it stays the
 * company's size. The noun becomes the people counted, and a count is asked where the roles begin.
 */
export function readRoleHeadcounts(mentions: Mention[]): void {
  const at = mentions.findIndex((m) => m.t === 'attribute' && m.attr === 'employees');
  const head = mentions[at];
  if (!head || head.t !== 'attribute' || mentions.some((m) => m.t === 'count')) return;
  // the roles typed right before the noun, one after another ("sales vs marketing", "sales directors")
  let k = at - 1;
  while (k >= 0) {
    const m = mentions[k];
    const next = mentions[k + 1];
    const role = ROLE_MENTIONS.has(m?.t ?? 'neg');
    const join = (m?.t === 'and' || m?.t === 'or') && ROLE_MENTIONS.has(mentions[k - 1]?.t ?? 'neg');
    if (!m || !next || next.start !== m.end || !(role || (join && k < at - 1))) break;
    k--;
  }
  const first = mentions[k + 1];
  if (k + 1 === at || !first || !ROLE_MENTIONS.has(first.t)) return;
  mentions[at] = { start: head.start, end: head.end, text: head.text, t: 'entity', entity: 'people', relations: null };
  mentions.splice(k + 1, 0, { start: first.start, end: first.start, text: '', t: 'count' });
}
