/**
 * "who's partnering with X? partners only, not the sponsors", "the exhibitors at X - exhibitors only, not sponsors
 * or partners": a relation noun closed by "only" says which way of taking part the rows hold, and the relation
 * nouns negated right after it name the ways "only" already leaves out. They are said of the same rows and the same
 * event, so the negation restates "only" at the level of the relation: it is no further condition on the companies.
 * Read as one ("without sponsors among companies") it took out every company that is a sponsor anywhere, or asked
 * for companies with no sponsors: an answer to another question (none, or a different set).
 *
 * The contrast: a noun of companies in some relations, then "only" (or "just"), then (after politeness words or a
 * break) a negation and a noun of companies in other relations only, closing its clause, in a question naming an
 * event (without one, "partners only, not sponsors" asks for companies that never sponsor: kept as an exclusion). The
 * negated noun and its negation are released; the relation noun and "only" stay read as before.
 */
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Words of "only" after the relation noun ("partners only", "sponsors just"). */
const ONLY_WORDS: ReadonlySet<string> = new Set(['only', 'just', 'solely', 'exclusively']);
/** Words that may stand between "only" and the negation ("partners only pls, not the sponsors"). */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'please', 'pls', 'plz', 'thanks', 'thx']);
/** Words that may stand between the negation and the negated noun ("not the sponsors", "not any of the partners"). */
const NOUN_LEADS: ReadonlySet<string> = new Set(['the', 'any', 'of', 'those', 'them', 'also']);

/** The relations of a noun of companies in some relations ("partners", "sponsors or exhibitors"), else null. */
function relationsOf(m: Mention | undefined): readonly string[] | null {
  return m?.t === 'entity' && m.entity === 'companies' && m.relations && m.relations.length > 0 ? m.relations : null;
}

/** Releases such negated relation nouns with their negation; returns the token indices released. */
export function releaseOnlyRelationContrasts(s: ScanState): number[] {
  const { w } = s;
  const released: number[] = [];
  const ms = [...s.mentions].sort((a, b) => a.start - b.start);
  // said of the rows of one named event ("partners only, not sponsors" of no event asks who never sponsors)
  if (!ms.some((m) => m.t === 'event')) return released;
  for (let k = 0; k + 1 < ms.length; k++) {
    const kept = relationsOf(ms[k]);
    const only = ms[k + 1];
    if (!kept || only?.t !== 'refine' || !ONLY_WORDS.has(w[only.start] ?? '') || only.start !== ms[k]?.end) continue;
    const neg = ms[k + 2];
    if (neg?.t !== 'neg') continue;
    // the negated nouns: relation nouns of companies joined by "or" / "and" ("not sponsors or partners")
    const nouns: Mention[] = [];
    let j = k + 3;
    for (; j < ms.length; j++) {
      const m = ms[j];
      if (relationsOf(m) && (nouns.length === 0 || nouns.at(-1)?.t === 'or' || nouns.at(-1)?.t === 'and'))
        nouns.push(m as Mention);
      else if ((m?.t === 'or' || m?.t === 'and') && nouns.length > 0 && relationsOf(nouns.at(-1))) nouns.push(m);
      else break;
    }
    while (nouns.length > 0 && !relationsOf(nouns.at(-1))) nouns.pop();
    const first = nouns[0];
    const last = nouns.at(-1);
    if (!first || !last) continue;
    const negated = nouns.flatMap((m) => relationsOf(m) ?? []);
    // only a polite word or a joining word between "only" and the negation, only leading words before the noun
    const gap = (a: number, b: number, words: ReadonlySet<string>): boolean => w.slice(a, b).every((x) => words.has(x));
    if (!gap(only.end, neg.start, BETWEEN_WORDS) || !gap(neg.end, first.start, NOUN_LEADS)) continue;
    // the negated relations are other ones than those kept ("partners only, not partners" says nothing of this kind)
    if (negated.some((r) => kept.includes(r))) continue;
    // the negated nouns head their phrase: no noun after them that they would modify ("not sponsor companies")
    const next = ms[k + 3 + nouns.length];
    if (next && next.start === last.end && next.t === 'entity') continue;
    for (const m of [neg, ...nouns]) {
      for (let t = m.start; t < m.end; t++) {
        released.push(t);
        s.claimed[t] = false;
      }
      s.mentions.splice(s.mentions.indexOf(m), 1);
    }
    for (let t = neg.end; t < first.start; t++) released.push(t);
  }
  return released;
}
