/**
 * "which events are about food and drink? food fairs, chef congresses, that sort of thing", "fintech events and stuff
 * like that": a general extender (`GENERAL_EXTENDERS`) ending a clause says "others of the kind" about what was
 * listed before it; its words are read as discourse before any recogniser reads "thing" as the Internet of Things
 * industry, "stuff" as an unread word or "that" as a relative pronoun.
 */
import { GENERAL_EXTENDERS } from '../../lexicon/discourseWords';
import type { ScanState } from './ScanState';

const EXTENDERS: readonly string[][] = GENERAL_EXTENDERS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Claims each general extender that ends its clause (the question's end or a break after it); returns its tokens. */
export function readGeneralExtenders(s: ScanState): number[] {
  const { w, claimed, breaks, tokens } = s;
  // the words as typed: a vocabulary word's other number was put in their place before ("thing" read as "things")
  const typed = tokens.map((t) => t.raw.toLowerCase());
  const read: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const found = EXTENDERS.find(
      (p) =>
        p.every((x, d) => (typed[i + d] === x || w[i + d] === x) && !claimed[i + d]) &&
        (i + p.length === w.length || breaks.has(i + p.length)),
    );
    if (!found) continue;
    for (let k = i; k < i + found.length; k++) {
      claimed[k] = true;
      read.push(k);
    }
    i += found.length - 1;
  }
  return read;
}
