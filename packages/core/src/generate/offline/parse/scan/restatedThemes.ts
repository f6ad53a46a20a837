/**
 * Theme words restating the theme a question reads ("what security events are coming up? cyber/infosec", "so my
 * territory is basically cyber/infosec - what security events are coming up"): an unread word that names event
 * themes (`matchTopic`), all of them among the themes read elsewhere in the question, says that theme again in other
 * words, no second condition; it was asked about (a bare theme word needs a noun to be read as a condition).
 */
import { FILLER_WORDS, INDEFINITE_OBJECT_WORDS } from '../../lexicon/fillerWords';
import { onlyAdverb } from '../discourse';
import { matchTopic } from '../matchTopic';
import type { ScanState } from './ScanState';

/**
 * Drops from the unread words (`ignored`, at tokens `ignoredAt`) each word whose themes are all themes the question's
 * read topics name, and marks its token read.
 * @example "what security events are coming up? cyber/infosec" // "cyber", "infosec": the Cyber Security theme again
 */
export function releaseRestatedThemes(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  const read = new Set(s.mentions.flatMap((m) => (m.t === 'topic' ? matchTopic([...m.words], s.index).tags : [])));
  if (read.size === 0) return;
  const restated = new Set<number>();
  for (let j = ignoredAt.length - 1; j >= 0; j--) {
    const at = ignoredAt[j] ?? -1;
    const { tags } = matchTopic([s.w[at] ?? ''], s.index);
    if (tags.length === 0 || !tags.every((t) => read.has(t))) continue;
    restated.add(at);
    s.claimed[at] = true;
    ignored.splice(j, 1);
    ignoredAt.splice(j, 1);
  }
  // "...? anything cyber basically": an indefinite thing-word heading the restated theme words is what they describe
  // (the rows asked, "anything on cyber"), no word of its own; elsewhere it is left as it was
  for (let j = ignoredAt.length - 1; j >= 0; j--) {
    const at = ignoredAt[j] ?? -1;
    if (!INDEFINITE_OBJECT_WORDS.has(s.w[at] ?? '')) continue;
    let k = at + 1;
    while (k < s.w.length && !restated.has(k) && (FILLER_WORDS.has(s.w[k] ?? '') || onlyAdverb(s.w[k] ?? ''))) k++;
    if (!restated.has(k) || s.breaks.has(k)) continue;
    s.claimed[at] = true;
    ignored.splice(j, 1);
    ignoredAt.splice(j, 1);
  }
}
