import type { Mention } from '../Mention';
import type { Node } from '../../ir/Request';
import { contrastedDimension } from '../contrastedValues';
import type { BuildState } from './BuildState';

/**
 * True when the question compares ("compare", "vs", "compared with"), or sets named things against each other on an
 * amount ("MORE contacts, X or Y?": `scan/comparedNames.ts`).
 */
function comparing(ms: readonly Mention[]): boolean {
  return (
    ms.some((m) => m.t === 'compare' || (m.t === 'most' && m.compared !== undefined)) ||
    ms.some((m) => m.t === 'and' && /^(vs|versus|compared)/i.test(m.text))
  );
}

/** The names of one kind a node holds, at any depth; by name: an event listed under several URLs ("CeMAT") is one. */
function named(node: Node, entity: 'events' | 'companies'): number {
  return node.conds.reduce(
    (n, c) =>
      n +
      (c.kind === 'ids' && c.entity === entity ? new Set(c.names.map((x) => x.toLowerCase())).size : 0) +
      (c.kind === 'link' ? named(c.node, entity) : 0),
    0,
  );
}

/**
 * "compare ITB Asia with AHICE by number of sponsors", "ITB Asia vs AHICE by sponsors": named events (or companies)
 * compared on a count of their linked rows are each with its number, never the top one alone (`chooseShape`).
 */
export function comparedByCount(s: BuildState, target: Node): boolean {
  if (!s.measure || !comparing(s.ms)) return false;
  return (target.entity === 'events' || target.entity === 'companies') && named(target, target.entity) >= 2;
}

/**
 * "compare Zscaler and Okta on revenue", "compare X, Y and Z: revenue, headcount, founding year": named events (or
 * companies) compared on fields they each hold are those rows side by side, each field a column; nothing is left of
 * the comparison for a ranking or a total to drop. With no field named ("compare X and Y") it is asked about.
 */
export function comparedByAttributes(s: BuildState, target: Node): boolean {
  if (s.measure || s.attributes.length === 0 || !comparing(s.ms)) return false;
  return (target.entity === 'events' || target.entity === 'companies') && named(target, target.entity) >= 2;
}

/**
 * The dimension a comparison has one row per: the events or companies named together (two or more) when the
 * question compares ("compare", "vs", "compared with"). Null when nothing named can be compared; the words
 * are then left unread, so the question is asked about rather than answered as a plain total.
 */
function comparedDimension(target: Node, ms: readonly Mention[]): 'event' | 'company' | null {
  if (!comparing(ms)) return null;
  if (target.entity !== 'events' && named(target, 'events') >= 2) return 'event';
  if (target.entity !== 'companies' && named(target, 'companies') >= 2) return 'company';
  return null;
}

/**
 * With no grouping asked, a comparison groups by the compared items ("compare X vs Y" / "X compared with Y": one
 * row per compared event or company) and a contrast by the contrasted values ("sponsors vs partners at X").
 */
export function groupByComparison(s: BuildState, node: Node): void {
  const compared = !s.groupDim && comparedDimension(node, s.ms);
  if (compared) s.groupDim = compared;
  const contrasted = !s.groupDim && !s.measure && !s.superlative ? contrastedDimension(s.ms) : null;
  if (contrasted) {
    s.groupDim = contrasted;
    s.contrasted = true;
  }
}
