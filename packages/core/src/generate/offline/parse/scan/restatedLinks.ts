/**
 * A verb that only links what the sentence links again: "which events use Suntec as their venue", "events that chose
 * Marina Bay Sands as the location", "conferences that have Singapore EXPO as their venue". The phrase "as <their> N",
 * with N a general noun of the kind of the value before it (`kindNouns.ts`: "venue" of a venue), already says the
 * value is the rows' own N, which the value's reader reads (events at Suntec); a verb of having, using or picking
 * before the value (`have` of `text/verbClasses.ts`, `USE_VERB_ANCHORS`: "use", "utilize", "choose", "pick", read by
 * WordNet, not listed) adds nothing to that link. It was asked back as an unread word. A verb of any other meaning
 * ("dropped Suntec as their venue", "left X as ...") stays unread and is asked about: it may undo the link.
 */
import { USE_VERB_ANCHORS } from '../../lexicon/verbClassWords';
import { verbClassAt, verbNear } from '../../text/verbClasses';
import { kindOfMention, kindsNamedBy } from './kindNouns';
import type { ScanState } from './ScanState';

/** Words between "as" and the general noun ("as their venue", "as the location", "as a venue"). */
const AS_DETERMINERS: ReadonlySet<string> = new Set(['their', 'its', 'his', 'her', 'the', 'a', 'an', 'our', 'your']);
/** Articles between the verb and the value ("use the Suntec Centre as ..."). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** True when a word is a verb of having, using or picking something. */
function linkingVerb(word: string): boolean {
  return verbClassAt([word])?.cls === 'have' || verbNear(word, USE_VERB_ANCHORS);
}

/** Drops each unread verb linking the rows to a value that "as <their> N" restates, from the unread words. */
export function releaseRestatedLinks(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  const { w } = s;
  for (let j = ignoredAt.length - 1; j >= 0; j--) {
    const k = ignoredAt[j] ?? -1;
    if (!linkingVerb(w[k] ?? '')) continue;
    const at = ARTICLES.has(w[k + 1] ?? '') ? k + 2 : k + 1;
    const value = s.mentions.find((m) => m.start === at && kindOfMention(m) !== undefined);
    const kind = value ? kindOfMention(value) : undefined;
    if (!value || !kind || w[value.end] !== 'as') continue;
    const noun = AS_DETERMINERS.has(w[value.end + 1] ?? '') ? value.end + 2 : value.end + 1;
    if (!kindsNamedBy(w[noun] ?? '').has(kind)) continue;
    s.claimed[k] = true;
    ignored.splice(j, 1);
    ignoredAt.splice(j, 1);
  }
}
