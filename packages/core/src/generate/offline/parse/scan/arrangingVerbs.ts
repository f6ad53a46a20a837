/**
 * "group the sponsors by industry", "can you organize the exhibitors by country?", "categorize sponsors by
 * industry": an imperative verb of arranging the rows, heading the question (only courtesy and filler words before
 * it) with a "by" later in the clause, is the question's verb; the "by" phrase says the grouping or the order, which
 * the other readers build. Claimed here, before names and themes: read as a word of its own, "group" was left unread
 * (asked back) or read as an industry's word ("Group Health Plans"), "organize" as the organizer relation, "arrange"
 * and "categorize" as themes. A verb whose particle follows its object ("break that down by event") is read with
 * its particle.
 */
import { ARRANGING_PARTICLE_VERBS, ARRANGING_VERBS } from '../../lexicon/aggregateWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import type { ScanState } from './ScanState';

const ARRANGING: ReadonlySet<string> = new Set(ARRANGING_VERBS);

/** Words the particle of a phrasal verb of arranging may come after ("break that down", "split the list up"). */
const PARTICLE_REACH = 3;

export function readArrangingVerbs(s: ScanState): void {
  const { w, claimed } = s;
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
