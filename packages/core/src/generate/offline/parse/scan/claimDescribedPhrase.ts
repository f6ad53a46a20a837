/**
 * What reading a phrase as a description of one thing (an event, a company) does to the scan: its tokens are
 * claimed, its words leave the words reported unread, and a theme no reader matched that is made only of its words
 * ("undersea cable") is no longer refused. Shared by `eventDescriptions.ts` and `companyDescriptions.ts`.
 */
import type { ScanState } from './ScanState';

/** Claims tokens [start, end) for a description read there (see the file's comment). */
export function claimDescribedPhrase(
  s: ScanState,
  start: number,
  end: number,
  ignored: string[],
  ignoredAt: number[],
): void {
  for (let j = start; j < end; j++) {
    s.claimed[j] = true;
    const at = ignoredAt.indexOf(j);
    if (at >= 0) {
      ignored.splice(at, 1);
      ignoredAt.splice(at, 1);
    }
  }
  const phrase = new Set(s.w.slice(start, end));
  for (let j = s.unknownTopics.length - 1; j >= 0; j--)
    if ((s.unknownTopics[j] ?? '').split(' ').every((x) => phrase.has(x))) s.unknownTopics.splice(j, 1);
}
