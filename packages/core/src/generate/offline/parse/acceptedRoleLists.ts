/**
 * A list of roles closed by an acceptance ("vp, svp, whatever", "deputy / assistant / area directors all count",
 * "svp, evp all fine"): the speaker says which kinds of people they accept, so the list is a union of its members,
 * never conditions that must all hold, and "all count" / "fine" are no count and no fee. A member is of the level the
 * data's own rule gives its title (`classifySeniority` of `@musaeid/db`: an SVP is a VP; "deputy" before "directors"
 * shares the list's head noun, a deputy director). When the question already asks a level ("the directors there?"),
 * members of that level restate it and give way; a member of another level, or a title of no level, widens it (the
 * level's condition takes it as an alternative). Without a level asked, the list becomes one condition of the levels
 * it names as levels, its titles alternatives (a title never stands for its whole level: "cfo, cto" are not every
 * C-level). A list of titles alone with no level asked is left to the other readers (asked back when unread).
 */
import { classifySeniority, type Seniority } from '@musaeid/db';
import type { TitleMatch } from '../ir/Request';
import type { Mention } from './Mention';
import { releaseClause } from './socialClauses';
import { tokenize } from '../text/tokenize';
import { spanText, type ScanState } from './scan/ScanState';

/** Words of a quantifier over the listed members before the acceptance ("all count", "both fine"). */
const ACCEPT_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each', 'any']);
/** Copulas before the acceptance ("are fine", "is ok", "would be fine"). */
const ACCEPT_COPULAS: ReadonlySet<string> = new Set(['are', 'is', 're', 's', 'be', 'would', 'will', 'll']);
/** Predicates of acceptance: the members are welcome in the answer. */
const ACCEPT_PREDICATES: ReadonlySet<string> = new Set([
  'count',
  'counts',
  'fine',
  'ok',
  'okay',
  'good',
  'acceptable',
  'welcome',
  'included',
  'qualify',
]);
/** Adverbs after the acceptance ("count too", "fine as well"). */
const ACCEPT_ADVERBS: ReadonlySet<string> = new Set(['too', 'also', 'as', 'well']);
/** Single words closing a list with the choice left free. */
const FREE_CLOSERS: ReadonlySet<string> = new Set(['whatever', 'etc', 'etcetera']);
/** Words that may join the listed members. */
const JOINS: ReadonlySet<string> = new Set(['and', 'or', 'n', '&', '/', 'plus']);

/** Breaks between sentences and asides (no comma): a list never runs across one. */
const SENTENCE_BREAK = /[.!?;:]+(?=\s|$)|\s[-–—]+\s|[()]/;

/** The first token of each sentence or aside after the first; none when they do not line up with the tokens. */
function sentenceStarts(text: string, n: number): ReadonlySet<number> {
  const sizes = text.split(SENTENCE_BREAK).map((c) => tokenize(c).length);
  if (sizes.reduce((a, b) => a + b, 0) !== n) return new Set();
  const starts = new Set<number>();
  let start = 0;
  for (const size of sizes) {
    if (size > 0 && start > 0) starts.add(start);
    start += size;
  }
  return starts;
}

type Role = Extract<Mention, { t: 'title' } | { t: 'seniority' }>;
const isRole = (m: Mention | undefined): m is Role => m?.t === 'title' || m?.t === 'seniority';

/**
 * The end of an acceptance closer starting at `z`, or -1: a free closer ("whatever", "etc"), or an optional
 * quantifier, copulas, a predicate of acceptance and adverbs, with a quantifier, a copula or an adverb beside the
 * predicate unless the predicate is an adjective of approval ("svp, evp fine").
 */
function closerEnd(w: readonly string[], z: number): number {
  if (FREE_CLOSERS.has(w[z] ?? '')) return z + 1;
  let k = z;
  const quantified = ACCEPT_QUANTIFIERS.has(w[k] ?? '');
  if (quantified) k++;
  let copula = false;
  while (ACCEPT_COPULAS.has(w[k] ?? '')) {
    copula = true;
    k++;
  }
  const predicate = w[k] ?? '';
  if (!ACCEPT_PREDICATES.has(predicate)) return -1;
  k++;
  let adverb = false;
  while (ACCEPT_ADVERBS.has(w[k] ?? '')) {
    adverb = true;
    k++;
  }
  const approval = predicate === 'fine' || predicate === 'ok' || predicate === 'okay' || predicate === 'acceptable';
  return quantified || copula || adverb || approval ? k : -1;
}

/** Releases the closers of accepted role lists and reads each list as one union; returns the token indices released. */
export function releaseAcceptedRoleLists(text: string, s: ScanState): number[] {
  const { w, mentions, breaks } = s;
  const sentences = sentenceStarts(text, w.length);
  const released: number[] = [];
  const at = (k: number): Mention | undefined => mentions.find((m) => m.start <= k && k < m.end);
  for (let z = 1; z < w.length; z++) {
    const end = closerEnd(w, z);
    // the closer ends its clause
    if (end < 0 || (end < w.length && !breaks.has(end))) continue;
    if (mentions.some((m) => m.start < z && z < m.end)) continue;
    // the list right before it: roles, joined by commas, slashes, "and" / "or"
    const members: Role[] = [];
    const joins: Mention[] = [];
    let a = z;
    while (a > 0) {
      const m = mentions.find((x) => x.end === a);
      if (isRole(m)) {
        members.unshift(m);
        a = m.start;
      } else if ((m?.t === 'or' || m?.t === 'and') && m.start === a - 1) {
        joins.push(m);
        a = m.start;
      } else if (!m && JOINS.has(w[a - 1] ?? '') && !at(a - 1)) a--;
      else break;
      // the list starts its sentence: a role of the ask before it is the level asked
      if (sentences.has(a)) break;
    }
    if (members.length < 2 || (a > 0 && !breaks.has(a))) continue;
    // the level each member is of; a title of no level takes the head noun of the list's last member
    const last = members.at(-1);
    const head = w[(last?.end ?? 1) - 1] ?? '';
    const levels = (m: Role): Seniority[] => {
      if (m.t === 'seniority') return [...m.values];
      // "deputy / assistant / area directors": a member before the last shares its head noun (an assistant director)
      const shared = m !== last ? classifySeniority(`${m.word.label} ${head}`) : null;
      const level = shared ?? classifySeniority(m.word.label);
      return level ? [level] : [];
    };
    const asked = mentions.find(
      (m): m is Extract<Mention, { t: 'seniority' }> => m.t === 'seniority' && m.end <= a && !members.includes(m),
    );
    // the levels the list names as levels; a title names its own people, never its whole level ("cfo, cto": not
    // every C-level), so it only restates a level asked
    const named = [...new Set(members.flatMap((m) => (m.t === 'seniority' ? [...m.values] : [])))];
    if (!asked && named.length === 0) continue;
    const held = new Set([...(asked?.values ?? []), ...named]);
    const target: Extract<Mention, { t: 'seniority' }> = asked ?? {
      start: a,
      end: a,
      text: '',
      t: 'seniority',
      values: [],
      noun: true,
    };
    // a title of a level held gives way to it; the others are alternatives of the level (the union)
    const orTitles: TitleMatch[] = members
      .filter((m): m is Extract<Role, { t: 'title' }> => m.t === 'title' && !levels(m).some((l) => held.has(l)))
      .map((m) => ({ label: m.word.label, patterns: [...m.word.patterns], exclude: [...(m.word.exclude ?? [])] }));
    for (const m of [...members, ...joins]) {
      const j = mentions.indexOf(m);
      if (j >= 0) mentions.splice(j, 1);
    }
    target.values = [...new Set([...target.values, ...named])];
    if (orTitles.length > 0) target.orTitles = [...(target.orTitles ?? []), ...orTitles];
    if (asked) {
      // the list restates or widens the level asked: its words name nothing more than the level now holds
      releaseClause(s, [a, end], released);
    } else {
      releaseClause(s, [z, end], released);
      target.end = z;
      target.text = spanText(s.tokens, a, z);
      mentions.push(target);
      for (let k = a; k < z; k++) s.claimed[k] = true;
    }
    z = end - 1;
  }
  return released;
}
