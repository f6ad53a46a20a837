/**
 * Words describing the one event a question names ("who's going to that offshore energy show in nov at MBS, osea or
 * something": "offshore energy" of OSEA 2024, "Integrating Offshore Energy Transition ..."): unread words every one of
 * which the event's own name or description says restate what the name already picks out, so they are no part left
 * unmatched (they were asked about). Only with one event named, and only words nothing else read.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { nounLemma } from '../../text/language';
import type { ScanState } from './ScanState';

/**
 * Drops from the unread words (`ignored`, at tokens `ignoredAt`) each run of them that the one named event's text
 * holds word for word, and marks its tokens read.
 * @example "that offshore energy show ... osea" // "offshore energy" is no longer unread
 */
export function releaseDescribedEvent(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  const names = new Set(s.mentions.flatMap((m) => (m.t === 'event' ? m.hit.names : [])));
  const [name] = names;
  const words = names.size === 1 && name !== undefined ? s.index.eventTextWords.get(name) : undefined;
  if (!words) return;
  const says = (w: string): boolean => words.has(w) || words.has(nounLemma(w));
  // runs of consecutive unread tokens
  const runs: number[][] = [];
  for (const [j, at] of ignoredAt.entries()) {
    const last = runs[runs.length - 1];
    if (last && ignoredAt[last[last.length - 1] ?? -1] === at - 1) last.push(j);
    else runs.push([j]);
  }
  const drop = runs.filter((run) => {
    if (askedOfEvent(s, ignoredAt[run[0] ?? -1] ?? -1, ignoredAt[run[run.length - 1] ?? -1] ?? -1)) return false;
    const content = run.map((j) => s.w[ignoredAt[j] ?? -1] ?? '').filter((w) => !FILLER_WORDS.has(w));
    return content.length > 0 && content.every((w) => w.length >= 3 && says(w));
  });
  for (const j of drop.flat().sort((a, b) => b - a)) {
    s.claimed[ignoredAt[j] ?? -1] = true;
    ignored.splice(j, 1);
    ignoredAt.splice(j, 1);
  }
}

/**
 * "number of delegates at AHICE", "the exhibitors' booth sizes for X": words counted, or followed by a preposition
 * and the event, are a thing asked OF the event, not words describing it: left unread however often the event's
 * text uses them (AHICE's description speaks of its delegates; the data holds no delegate).
 */
function askedOfEvent(s: ScanState, first: number, last: number): boolean {
  const at = (k: number): ScanState['mentions'][number] | undefined =>
    s.mentions.find((m) => m.start <= k && k < m.end);
  if (at(first - 1)?.t === 'count') return true;
  const join = at(last + 1);
  if (join?.t === 'event') return ['at', 'of', 'for', 'in', 'during'].includes(s.w[last + 1] ?? '');
  return join?.t === 'prep' && at(join.end)?.t === 'event';
}
