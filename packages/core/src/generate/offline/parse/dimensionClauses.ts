/**
 * "break down the sponsors by the role they play", "companies by the country they're in", "people by the function
 * they work in": a contact relative clause after the dimension of a grouping (no relative pronoun; its subject a
 * pronoun standing for the rows grouped, its object the dimension noun itself, left out) says again what the
 * dimension is of. It names no value and so no condition: its words are discourse. Only a short clause that closes
 * the question (or its clause): the pronoun, a verb and at most a particle or a copula, none of them a value.
 */
import type { Mention } from './Mention';
import type { ScanState } from './scan/ScanState';
import { releaseClause } from './socialClauses';

/** Pronouns standing for the rows grouped ("they", "it"; "each" is read by the count per member). */
const ROW_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it']);
/** Mentions a restating clause may hold: none carries a value. */
const EMPTY_KINDS: ReadonlySet<Mention['t']> = new Set(['copula', 'prep', 'anaphor', 'employment']);
/** The most words after the pronoun: a verb, a copula or auxiliary, a particle. */
const MAX_WORDS = 3;

export function releaseDimensionClauses(s: ScanState): number[] {
  const { w, mentions } = s;
  const released: number[] = [];
  for (const d of [...mentions]) {
    if (d.t !== 'dimension') continue;
    const a = d.end;
    if (!ROW_PRONOUNS.has(w[a] ?? '')) continue;
    // the clause ends the question or its clause
    let b = a + 1;
    while (b < w.length && !s.breaks.has(b) && b - a <= MAX_WORDS + 1) b++;
    if (b < w.length && !s.breaks.has(b)) continue;
    if (b - a < 2 || b - a > MAX_WORDS + 1) continue;
    const inside = mentions.filter((m) => m.start < b && m.end > a);
    const empty = inside.every(
      (m) =>
        m.start >= a &&
        m.end <= b &&
        (EMPTY_KINDS.has(m.t) || (m.t === 'relation' && d.dim === 'relation' && m.relations.length === 0)),
    );
    // a bare word of the clause is no number and no name the scan left unread in capitals
    const bare = w.slice(a + 1, b).every((x, k) => s.claimed[a + 1 + k] || /^[a-z']+$/.test(x));
    if (!empty || !bare) continue;
    releaseClause(s, [a, b], released);
  }
  return released;
}
