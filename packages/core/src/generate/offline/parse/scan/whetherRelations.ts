/**
 * "the companies involved in X, whether they're sponsors, partners or speakers": a "whether" clause listing relation
 * nouns after a verb of taking part in any way restates which ways count: the verb's relation is their union (one
 * link). Read as nouns of their own, each relation became a link that must hold, all ANDed (0 rows).
 */
import type { Relation } from '../../ir/Request';
import type { Mention } from '../Mention';

/** Mentions a "whether" clause may open with before its list: "they're", "they are", "it's". */
const CLAUSE_LEADS: ReadonlySet<Mention['t']> = new Set(['anaphor', 'copula']);

export function readWhetherRelations(mentions: Mention[], w: readonly string[]): void {
  const at = w.indexOf('whether');
  if (at < 0) return;
  const after = mentions.filter((m) => m.start > at).sort((a, b) => a.start - b.start);
  let k = 0;
  while (after[k] && CLAUSE_LEADS.has((after[k] as Mention).t)) k++;
  const listed = after.slice(k);
  const relations: Relation[] = [];
  for (const m of listed) {
    if (m.t === 'or' || m.t === 'and') continue;
    if (m.t !== 'entity' || m.entity !== 'companies' || !m.relations?.length) return;
    relations.push(...m.relations);
  }
  // the verb of taking part said of any relation before the clause ("involved in", "taking part in")
  const verb = mentions.filter((m) => m.end <= at && m.t === 'relation').at(-1);
  if (relations.length === 0 || verb?.t !== 'relation' || verb.relations.length > 0) return;
  verb.relations = [...new Set(relations)];
  for (const m of after) mentions.splice(mentions.indexOf(m), 1);
}
