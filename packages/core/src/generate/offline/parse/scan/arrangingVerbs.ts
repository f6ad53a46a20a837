/**
 * "group the sponsors by industry", "can you organize the exhibitors by country?", "categorize sponsors by
 * industry": an imperative verb of arranging the rows, heading the question (only courtesy and filler words before
 * it) with a "by" later in the clause, is the question's verb; the "by" phrase says the grouping or the order, which
 * the other readers build. Claimed here, before names and themes: read as a word of its own, "group" was left unread
 * (asked back) or read as an industry's word ("Group Health Plans"), "organize" as the organizer relation, "arrange"
 * and "categorize" as themes. A verb whose particle follows its object ("break that down by event") is read with
 * its particle. The grouping may come in a clause of its own beside the verb's ("break it down - how many sponsors each").
 */
import { ARRANGING_PARTICLE_VERBS, ARRANGING_VERBS } from '../../lexicon/aggregateWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import type { ScanState } from './ScanState';

const ARRANGING: ReadonlySet<string> = new Set(ARRANGING_VERBS);

/** Words the particle of a phrasal verb of arranging may come after ("break that down", "split the list up"). */
const PARTICLE_REACH = 3;

/** Words elsewhere in the message saying the grouping a bare phrasal verb asks for ("break it down - how many each"). */
const LATER_GROUPING: ReadonlySet<string> = new Set(['each', 'per']);

export function readArrangingVerbs(s: ScanState): void {
  const { w, claimed } = s;
  readBareParticleVerbs(s);
  const at = w.findIndex((x, i) => !claimed[i] && !FILLER_WORDS.has(x));
  const verb = w[at] ?? '';
  const particle = ARRANGING_PARTICLE_VERBS[verb];
  if (at < 0 || !(ARRANGING.has(verb) || particle) || w[at + 1] === 'by') return;
  // only the verb's own clause's "by" makes it an arrangement
  const end = [...s.breaks].filter((b) => b > at).sort((a, b) => a - b)[0] ?? w.length;
  const clause = w.slice(at + 1, end);
  const by = clause.indexOf('by');
  if (by < 0) return;
  // "break that down by event": the particle after the verb's object, before the "by"
  const off = particle ? clause.slice(0, Math.min(by, PARTICLE_REACH + 1)).indexOf(particle) : -1;
  if (!ARRANGING.has(verb) && off < 0) return;
  claimed[at] = true;
  if (off >= 0 && !claimed[at + 1 + off]) claimed[at + 1 + off] = true;
}

/**
 * "break it down - how many sponsors each", "split them up, per event": a clause of only a phrasal verb of arranging,
 * its object and its particle, in a message that says the grouping by its own words elsewhere ("each", "per"): the
 * verb asks for that grouping (the question's clause is put first, so the verb's clause may come anywhere). With no
 * such word the verb alone says no grouping and is left to be asked about.
 */
function readBareParticleVerbs(s: ScanState): void {
  const { w, claimed } = s;
  if (!w.some((x) => LATER_GROUPING.has(x))) return;
  const starts = [0, ...[...s.breaks].sort((a, b) => a - b)];
  for (const [n, start] of starts.entries()) {
    const end = starts[n + 1] ?? w.length;
    const at = w.findIndex((x, i) => i >= start && i < end && !claimed[i] && !FILLER_WORDS.has(x));
    const particle = ARRANGING_PARTICLE_VERBS[w[at] ?? ''];
    if (at < 0 || !particle) continue;
    const off = w.slice(at + 1, Math.min(end, at + 2 + PARTICLE_REACH)).indexOf(particle);
    if (off < 0) continue;
    const p = at + 1 + off;
    // nothing after the particle but filler ("break it down pls"): the clause is the verb's alone
    if (w.slice(p + 1, end).some((x, k) => !claimed[p + 1 + k] && !FILLER_WORDS.has(x))) continue;
    if (claimed[p]) continue;
    claimed[at] = true;
    claimed[p] = true;
  }
}
