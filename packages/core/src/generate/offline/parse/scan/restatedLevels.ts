/**
 * A people noun that is a union of levels and a function ("execs": C-level or VP, or the executive function) restated
 * at once, after a comma or dash, by levels said exactly ("darktrace execs, VP level and up"; "the execs - c-level
 * only"): the levels said exactly replace the vaguer noun. Joined to it (a union) they answered a broader question:
 * anyone of the executive function as well. Levels joined by "and" / "or" ("execs and directors") stay a union.
 */
import type { Mention } from '../Mention';

/**
 * Gives the vaguer noun the levels (and no function) when the levels restating it start the next clause right after it.
 * @example "acme execs, director level and up" // seniority director, VP, C-level; no executive function
 */
export function dropRestatedLevelNouns(mentions: Mention[], clauseStarts: ReadonlySet<number>): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a?.t !== 'seniority' || b?.t !== 'seniority') continue;
    if (!a.noun || !a.orFunctions || b.orFunctions || b.start !== a.end || !clauseStarts.has(b.start)) continue;
    // the noun still says people are asked for; its levels are the ones said exactly
    const { orFunctions: _vaguer, ...noun } = a;
    mentions.splice(i, 2, { ...noun, values: [...b.values], end: b.end, text: `${a.text} ${b.text}` });
  }
}
