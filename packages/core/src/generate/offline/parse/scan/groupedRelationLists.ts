/**
 * "Break down the companies at X by how they're involved: how many sponsors, partners, exhibitors and so on?", "the
 * companies at X by role - sponsors, partners, exhibitors": under a grouping by the relation, a list of relation nouns
 * names the grouping's rows, never conditions on the companies (read as nouns of their own they were sets that must
 * all hold, "companies that are sponsors, partners and exhibitors": none, and the question was refused). The list is
 * dropped and the grouping counts every relation of the companies asked, the listed ones among them. A list that is
 * the set asked ("sponsors and partners of X by role") is no restatement and stays.
 *
 * Run over the mentions once every recogniser has read the question (sorted by position).
 */
import type { Mention } from '../Mention';

const JOINING: ReadonlySet<Mention['t']> = new Set(['and', 'or']);

const isRelationNoun = (m: Mention | undefined): boolean =>
  m?.t === 'entity' && m.entity === 'companies' && (m.relations?.length ?? 0) > 0;

export function dropGroupedRelationLists(mentions: Mention[]): void {
  const dimension = mentions.findIndex(
    (m, k) => m.t === 'dimension' && m.dim === 'relation' && mentions[k - 1]?.t === 'group',
  );
  if (dimension < 0) return;
  // the companies asked by their generic noun: a list counted ("how many sponsors, partners ...") restates the rows
  const companiesAsked = mentions.some((m) => m.t === 'entity' && m.entity === 'companies' && m.relations === null);
  for (let k = 0; k < mentions.length; k++) {
    if (!isRelationNoun(mentions[k])) continue;
    // the run of relation nouns from k, joined by nothing (commas) or by "and" / "or"
    let end = k;
    let nouns = 1;
    for (let j = k + 1; j < mentions.length; j++) {
      if (isRelationNoun(mentions[j])) {
        nouns++;
        end = j;
      } else if (!JOINING.has(mentions[j]?.t ?? 'neg')) break;
    }
    // a list after the grouping ("by role - sponsors, partners") or counted beside the companies asked; a list that is
    // the set asked ("sponsors and partners of X by role") stays its condition
    const restates = k > dimension || (mentions[k - 1]?.t === 'count' && companiesAsked);
    if (nouns < 2 || !restates) continue;
    mentions.splice(k, end - k + 1);
    k--;
  }
}
