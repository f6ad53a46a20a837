/**
 * A role given again after a restating marker ("key acct mgrs at dyson, like KAMs", "sales reps, aka account
 * executives"): a role word (a title, a job function or a seniority) right after "like / aka / e.g. / such as",
 * closing its clause, after a role said earlier in the question, is an example or another name of that role. It adds
 * nothing: read as a role of its own it became a second condition (the company "employing people whose job functions
 * include Sales" besides the key account managers asked). A seniority restating another seniority it is no part of
 * ("senior - like VP or above") is the level meant, read in its place.
 */
import { RESTATING_MARKERS } from '../../lexicon/exampleWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const MARKERS: readonly string[][] = RESTATING_MARKERS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

const isRole = (m: Mention | undefined): boolean => m?.t === 'title' || m?.t === 'seniority' || m?.t === 'function';

/** Drops each such restated role and reads its marker. */
export function readRestatedRoles(s: ScanState): void {
  const { w, mentions, claimed, breaks } = s;
  const typed = s.tokens.map((t) => t.raw.toLowerCase().replace(/\.$/, ''));
  for (const role of [...mentions].filter(isRole).sort((a, b) => a.start - b.start)) {
    // "like a VP": an article between the marker and the role
    const lead = ARTICLES.has(typed[role.start - 1] ?? '') ? 1 : 0;
    const marker = MARKERS.find((p) => p.every((x, d) => typed[role.start - lead - p.length + d] === x));
    if (!marker) continue;
    const at = role.start - lead - marker.length;
    // the marker opens its clause, or follows the earlier role's words, and the role ends the clause
    const closes = role.end === w.length || breaks.has(role.end);
    const earlier = mentions.some((m) => isRole(m) && m.end <= at);
    if (!closes || !earlier || marker.some((_, d) => mentions.some((m) => m.start <= at + d && at + d < m.end)))
      continue;
    for (let k = at; k < role.end; k++) claimed[k] = true;
    // "anyone senior - like VP level or above": a level of the seniority ladder restating a level said before that
    // does not hold it says which level the vaguer word meant; it takes that word's place (as after "i mean"),
    // where dropped the word's own level was answered ("Senior": other people than the ones asked)
    const before = mentions.filter((m) => isRole(m) && m.end <= at).sort((x, y) => y.end - x.end)[0];
    if (role.t === 'seniority' && before?.t === 'seniority' && !role.values.every((v) => before.values.includes(v)))
      mentions[mentions.indexOf(before)] = { ...role, start: before.start, end: before.end, text: before.text };
    mentions.splice(mentions.indexOf(role), 1);
  }
}
