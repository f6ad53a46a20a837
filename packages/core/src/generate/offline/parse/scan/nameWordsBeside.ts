/**
 * Words of a name typed beside the part of it that was found ("the big data ai world thing": "data ai world" found
 * Big Data & AI World, and "big" is its first word): a free word right before or after an event's or a company's
 * mention that is a word of every name the mention found belongs to that mention. Without this the word is left
 * over, and an everyday word ("big", "new", "global") is asked about or read as something else.
 */
import type { Mention } from '../Mention';
import { readAcrossBreaks, type ScanState } from './ScanState';

const nameWords = (name: string): Set<string> =>
  new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

export function readNameWordsBeside(s: ScanState): void {
  const { mentions, claimed, w } = s;
  for (const m of mentions) {
    if (m.t !== 'event' && m.t !== 'company') continue;
    const sets = m.hit.names.map(nameWords);
    if (sets.length === 0) continue;
    const ofEveryName = (k: number): boolean => {
      const word = w[k];
      return word !== undefined && !claimed[k] && sets.every((set) => set.has(word));
    };
    const own = (x: Mention): boolean => x === m;
    // never across a clause break ("the sponsors: umbraly, group" is no "Umbraly Group")
    const within = (a: number, b: number): boolean => readAcrossBreaks(s, a, b, m.hit.names);
    while (
      m.start > 0 &&
      ofEveryName(m.start - 1) &&
      within(m.start - 1, m.end) &&
      !mentions.some((x) => !own(x) && x.end === m.start)
    ) {
      m.start--;
      claimed[m.start] = true;
      m.text = `${s.tokens[m.start]?.raw ?? ''} ${m.text}`;
    }
    while (
      m.end < w.length &&
      ofEveryName(m.end) &&
      within(m.start, m.end + 1) &&
      !mentions.some((x) => !own(x) && x.start === m.end)
    ) {
      claimed[m.end] = true;
      m.text = `${m.text} ${s.tokens[m.end]?.raw ?? ''}`;
      m.end++;
    }
  }
}
