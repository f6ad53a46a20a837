import type { Relation } from '../../ir/Request';
import type { Mention } from '../Mention';

/**
 * "sponsors or exhibitors", "sponsoring and exhibiting at": one mention with both relations (their union, the list
 * convention). Said with "both ... and" or "as well as" between them, each relation must hold: the mention keeps
 * them apart in `each` (one link per relation, `parse/build/closeLinks.ts`), verbs and nouns alike.
 */
export function mergeRelationLists(mentions: Mention[]): void {
  for (let k = 0; k + 2 < mentions.length; k++) {
    const a = mentions[k];
    const conj = mentions[k + 1];
    const b = mentions[k + 2];
    // "sponsors as well as partners": a joiner read as "both" standing between the two is their "and", both holding
    const bothBetween = conj?.t === 'both';
    if (!a || !conj || !b || (conj.t !== 'and' && conj.t !== 'or' && !bothBetween)) continue;
    const bothNouns =
      a.t === 'entity' &&
      b.t === 'entity' &&
      a.entity === 'companies' &&
      b.entity === 'companies' &&
      a.relations &&
      b.relations &&
      a.relations.length > 0 &&
      b.relations.length > 0;
    const bothVerbs = a.t === 'relation' && b.t === 'relation' && a.relations.length > 0 && b.relations.length > 0;
    if (!bothNouns && !bothVerbs) continue;
    const union = [
      ...new Set([...(a as { relations: Relation[] }).relations, ...(b as { relations: Relation[] }).relations]),
    ];
    // "both sponsoring and exhibiting at X", "both sponsors and partners": each relation must hold (kept apart for
    // the builder)
    const intersect = (conj.t === 'and' && mentions[k - 1]?.t === 'both') || bothBetween;
    if (intersect && (a.t === 'relation' || a.t === 'entity') && (b.t === 'relation' || b.t === 'entity')) {
      const first = a.each ?? [a.relations ?? []];
      a.each = [...first, b.relations ?? []];
    }
    (a as { relations: Relation[] }).relations = union;
    a.end = b.end;
    a.text = `${a.text} ${conj.text} ${b.text}`;
    mentions.splice(k + 1, 2);
    k--;
  }
}
