/**
 * "(or) other <noun>" closing a list of venues ("any events at the pan pacific or sheraton or other hotels?", "events
 * at suntec or other convention centres"): more venues of the kind the named ones are. The data holds no kind of
 * venue, so the noun cannot be read (it was read as the companies' industry, "hotels", or a data-centre industry for
 * "centres", a condition on other rows than the venues); it is asked about, offering the named venues alone.
 */
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';
import { spanText } from './ScanState';

/** Readings the noun after "other" was given by the passes before (a theme, an industry's noun of companies). */
const NOUN_READINGS: ReadonlySet<Mention['t']> = new Set(['topic', 'entity']);

/**
 * Replaces, in the sorted mentions, each "or / and other <noun>" right after a list of venues by one `unclear`
 * mention: its choice is the named venues alone (the words dropped).
 * @example "events at the pan pacific or sheraton or other hotels" // unclear "or other hotels"
 */
export function readOtherVenues(mentions: Mention[], tokens: readonly Token[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const other = mentions[k];
    const join = mentions[k - 1];
    if (other?.t !== 'other' || (join?.t !== 'or' && join?.t !== 'and') || join.end !== other.start) continue;
    // the venues listed before it, joined by "or" / "and"
    const venues: string[] = [];
    for (let v = k - 2; v >= 0; v -= 2) {
      const m = mentions[v];
      if (m?.t !== 'venue') break;
      venues.unshift(m.hit.label);
      const before = mentions[v - 1];
      if (before?.t !== 'or' && before?.t !== 'and') break;
    }
    if (venues.length === 0 || mentions[k - 2]?.end !== join.start) continue;
    // the noun after "other", as the passes read it (a theme and its noun of companies share its words)
    let end = other.end;
    let last = k;
    while (last + 1 < mentions.length) {
      const m = mentions[last + 1];
      if (!m || m.start > end || !NOUN_READINGS.has(m.t)) break;
      // a noun of events heads no kind of venue, but may modify one ("convention centres")
      const modifier = mentions[last + 2];
      if (m.t === 'entity' && m.entity === 'events' && (modifier?.start !== m.end || !NOUN_READINGS.has(modifier.t)))
        break;
      end = Math.max(end, m.end);
      last++;
    }
    if (last === k) continue;
    // the joining word stays its own mention: a clarification finds its part by the words, and an earlier "or" of
    // the list would be taken for it
    const text = spanText(tokens, other.start, end);
    const noun = spanText(tokens, other.end, end);
    mentions.splice(k, last - k + 1, {
      start: other.start,
      end,
      text,
      t: 'unclear',
      about: 'word',
      why: `The data does not say which venues are ${noun}`,
      options: [],
      choices: [{ label: `only ${venues.join(' or ')}`, replacement: '' }],
    });
  }
}
