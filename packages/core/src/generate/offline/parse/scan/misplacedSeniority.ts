/**
 * A seniority word right before a noun of companies or events ("senior companies", "junior firms", "senior events"):
 * a seniority describes people, and the question names no people for it to describe. Read before, it turned the
 * question into one about the companies' senior people, a question that was not asked; now the word is asked about
 * (an `unclear` mention, reported like any unread word). "senior staff at companies", "c-level contacts" keep it.
 */
import type { Mention } from '../Mention';

export function readMisplacedSeniority(mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    if (!m || !next || m.t !== 'seniority' || m.noun || next.start !== m.end) continue;
    if (next.t !== 'entity' || (next.entity !== 'companies' && next.entity !== 'events')) continue;
    mentions[k] = {
      start: m.start,
      end: m.end,
      text: m.text,
      t: 'unclear',
      about: 'word',
      why: 'a seniority describes people, not companies or events',
      options: [],
    };
  }
}
