/**
 * Relation nouns listed after a question about taking part and closed by a word leaving the choice free ("which
 * events has X been involved in? sponsor, speaker, whatever", "who at X isn't a sponsor? exhibitors partners
 * whatever", "... - partners, exhibitors, etc"): the list gives examples of the ways of taking part the question
 * already asks about, and the closer says that any of them will do. It names no relation of its own: the list and
 * its closer are no condition (read as conditions, each noun narrowed the answer to companies in that role, an
 * intersection nobody asked for; the closer alone was asked back).
 *
 * The list stands in a clause of its own (after a break), made only of relation nouns, "and" / "or" and the closer,
 * and the question before it asks about taking part (a verb of taking part or a relation noun). A list with no
 * closer ("whether they're sponsors or partners") names the relations that count (`whetherRelations.ts`).
 */
import type { Mention } from '../Mention';
import { releaseClause } from '../socialClauses';
import type { ScanState } from './ScanState';

/** Words closing a list of examples with the choice left free ("..., whatever", "..., etc"). */
const FREE_CLOSERS: ReadonlySet<string> = new Set(['whatever', 'whichever', 'etc', 'etcetera']);
/** Words that may join the listed nouns. */
const JOINS: ReadonlySet<string> = new Set(['and', 'or', 'n', '&', '/']);

/** A noun of companies in a relation ("sponsor", "exhibitors"). */
const relationNoun = (m: Mention | undefined): boolean =>
  m?.t === 'entity' && m.entity === 'companies' && (m.relations?.length ?? 0) > 0;

/** Releases such lists and their closers; returns the token indices released (discourse). */
export function releaseExampleRelationLists(s: ScanState): number[] {
  const { w, mentions, breaks } = s;
  const released: number[] = [];
  for (let z = 1; z < w.length; z++) {
    if (!FREE_CLOSERS.has(w[z] ?? '') || s.claimed[z]) continue;
    // walk back over the listed relation nouns and their joins; the list opens at the furthest break reached
    let a = z;
    let opening = -1;
    let nouns = 0;
    while (a > 0) {
      const m = mentions.find((x) => x.end === a && x.t !== 'or' && x.t !== 'and');
      if (m && relationNoun(m)) {
        nouns++;
        a = m.start;
      } else if (!m && JOINS.has(w[a - 1] ?? '')) a--;
      else break;
      if (breaks.has(a)) opening = a;
    }
    if (nouns === 0) continue;
    // the list goes on before the break ("sponsors, exhibitors or partners etc"), or has none ("exhibitors or
    // partners etc at X"): the relations are those the question names, and the closer only ends their list; it names
    // nothing (released alone, never read as a value nor the list dropped as examples). One noun and a closer
    // ("sponsors etc") says "and the like": which others is asked back
    // (a list said before the break runs on through it when the clause goes on after the closer: "..., exhibitors
    // or partners etc at X"; a list closing the question after a break of its own is the examples below)
    const goesOn = z + 1 < w.length && !breaks.has(z + 1);
    const listedBefore =
      opening >= 0 && goesOn && relationNoun(mentions.find((x) => x.end === opening && x.t !== 'or'));
    if (opening < 0 || listedBefore) {
      if (nouns + (listedBefore ? 1 : 0) >= 2) releaseClause(s, [z, z + 1], released);
      continue;
    }
    a = opening;
    // the question before it asks about taking part: a verb of taking part or a relation noun
    const aboutTakingPart = mentions.some((m) => m.end <= a && (m.t === 'relation' || relationNoun(m)));
    if (!aboutTakingPart) continue;
    releaseClause(s, [a, z + 1], released);
  }
  return released;
}
