/**
 * A place list restated by a looser appositive in a clause of its own: "which of those are in the states or canada?
 * anything north american basically", "events in germany or austria - anywhere german-speaking really". The
 * appositive (an indefinite pronoun or nothing before a place, set off by a clause break, with nothing after it but
 * hedges) names a place whose rows take in some of the listed ones: it sums up the list the user gave, no second
 * condition. Read as one, the list and the region were ANDed ("in the US, among events in Canada, Mexico or the US"),
 * an intersection never asked. The list, the precise words the user typed, is kept; the appositive is dropped, and the
 * interpretation names the list only.
 *
 * An appositive that narrows ("in europe - only germany") holds a restricting word (`only`, `just`, `not`) and is no
 * restatement; one whose places share nothing with the list ("in the states, or asia") is a second place: both stay.
 */
import type { Mention } from '../Mention';

type PlaceMention = Mention & { t: 'country' | 'city' | 'state' };

/** Indefinites that may stand before the appositive's place ("anything north american", "anywhere in the EU"). */
const INDEFINITES: ReadonlySet<string> = new Set([
  'anything',
  'anywhere',
  'something',
  'somewhere',
  'everything',
  'everywhere',
  'any',
  'all',
  'stuff',
  'so',
  'i',
  'e',
  'ie',
  'eg',
  'mean',
  'in',
  'the',
  'basically',
  'really',
  'like',
  'well',
  'or',
]);
/** Words that narrow what they stand before ("only germany", "just canada", "not mexico"): no restatement. */
const RESTRICTING: ReadonlySet<string> = new Set([
  'only',
  'just',
  'not',
  'except',
  'excluding',
  'without',
  'but',
  'no',
]);

const isPlace = (m: Mention): m is PlaceMention => m.t === 'country' || m.t === 'city' || m.t === 'state';

/** The countries a place mention's rows lie in, where it says them (a country or a region of countries). */
function countriesOf(m: PlaceMention): ReadonlySet<string> {
  return new Set(m.t === 'country' ? m.names : []);
}

/**
 * Drops a place appositive summing up the place list said before it in the message, its clause's words marked read.
 * Mentions sorted by start.
 */
export function dropRestatedPlaces(
  mentions: Mention[],
  w: readonly string[],
  breaks: ReadonlySet<number>,
  claimed: boolean[],
  ignored: string[],
  ignoredAt: number[],
): void {
  for (const b of [...breaks].sort((x, y) => x - y)) {
    const clause = mentions.filter((m) => m.start >= b && nextBreak(breaks, b, w.length) >= m.end);
    const places = clause.filter(isPlace);
    if (places.length !== 1) continue;
    const [place] = places;
    if (!place) continue;
    const end = nextBreak(breaks, b, w.length);
    // before the place only indefinites and hedges (one of them may be read as a noun of events: "anything");
    // after it only hedges; no restricting word anywhere in the clause
    const words = w.slice(b, end);
    if (words.some((x) => RESTRICTING.has(x))) continue;
    if (!w.slice(b, place.start).every((x) => INDEFINITES.has(x))) continue;
    const others = clause.filter((m) => m !== place);
    const vague = (m: Mention): boolean =>
      m.t === 'entity' && m.end <= place.start && INDEFINITES.has(w[m.start] ?? '');
    if (!others.every((m) => vague(m) || m.t === 'prep')) continue;
    // the list said before: places of the same kind whose countries the appositive's take in
    const listed = mentions.filter((m): m is PlaceMention => isPlace(m) && m.end <= b);
    const summed = countriesOf(place);
    const restated = listed.filter((m) => [...countriesOf(m)].some((c) => summed.has(c)));
    if (restated.length === 0 || restated.length !== listed.length) continue;
    for (const m of [place, ...others.filter(vague)]) mentions.splice(mentions.indexOf(m), 1);
    // the indefinites and hedges around it are read with it: no word of the clause is left unread
    for (let k = b; k < end; k++) claimed[k] = true;
    for (let j = ignoredAt.length - 1; j >= 0; j--) {
      const at = ignoredAt[j] ?? -1;
      if (at < b || at >= end) continue;
      ignored.splice(j, 1);
      ignoredAt.splice(j, 1);
    }
  }
}

function nextBreak(breaks: ReadonlySet<number>, b: number, n: number): number {
  let end = n;
  for (const x of breaks) if (x > b && x < end) end = x;
  return end;
}
