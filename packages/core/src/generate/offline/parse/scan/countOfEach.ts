/**
 * "partners vs sponsors at X, how many of each", "directors and VPs at Google: how many each?": a count whose "each"
 * ranges over values of one dimension listed in the question (two or more) asks one count per value, as "vs" and
 * "how many sponsors and how many partners" do (`contrastedValues.ts`, `repeatedCounts.ts`). Read as one count of
 * the values' union ("number of people whose seniority is Director or VP") or as "each" company, it answered
 * another question. "each" ranges over the listed values only when the count counts nothing but them: it stands
 * right after the count word ("how many each", "count each", "how many of each"); "for each of the sponsors, how
 * many people" keeps its per-member reading (`countEach.ts`).
 * Runs over the sorted mentions, once lists of relations are one noun.
 */
import { listedDimension, namesValueOf } from '../contrastedValues';
import type { Mention } from '../Mention';
import type { Token } from '../../text/tokenize';
import { groupedBy } from './repeatedCounts';

export function readCountOfEachListed(mentions: Mention[], tokens: readonly Token[]): void {
  const count = mentions.find((m) => m.t === 'count');
  if (!count) return;
  const each = tokens[count.end]?.norm === 'of' ? count.end + 1 : count.end;
  if (tokens[each]?.norm !== 'each') return;
  // a grouping said in words is the question's own ("how many of each, by country")
  if (mentions.some((m) => m.t === 'dimension' && m.text !== '')) return;
  const dim = listedDimension(mentions);
  const last = dim ? mentions.findLast((m) => namesValueOf(m, dim)) : undefined;
  if (!dim || !last) return;
  // the "each" read as a grouping by the noun after it ("each partners vs sponsors": by company) goes
  const kept = mentions.filter((m) => !(m.t === 'group' && m.start === each));
  kept.push(...groupedBy(dim, last.end));
  kept.sort((a, b) => a.start - b.start);
  mentions.splice(0, mentions.length, ...kept);
}
