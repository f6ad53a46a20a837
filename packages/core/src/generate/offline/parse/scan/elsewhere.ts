/**
 * "People in Germany at companies headquartered elsewhere": "elsewhere" / "somewhere else" / "in another
 * country" stand for "outside" the last country named before them, read as that negated place (the builder
 * attaches it like "outside Germany").
 */
import { FOREIGN_WORDS } from '../../lexicon/placeWords';
import { countriesOfCity } from '../build/placeUnions';
import type { Mention } from '../Mention';
import { claim, isFree, type ScanState, spanText } from './ScanState';

/** Phrases meaning "not in the place just named". */
const ELSEWHERE_PHRASES: readonly (readonly string[])[] = [
  ['elsewhere'],
  ['somewhere', 'else'],
  ['in', 'another', 'country'],
  ['in', 'other', 'countries'],
  ['in', 'a', 'different', 'country'],
  ['abroad'],
];

/**
 * "their company is headquartered in another country": the place preposition read with its "in" ("headquartered
 * in") and "another" read as "other" leave the phrase no free words; the preposition gives up its "in" (it stays
 * "headquartered", whose place the phrase is) and "other" its word, so the phrase is read as everywhere else.
 */
function freeInPhrase(s: ScanState, i: number, end: number): boolean {
  if (s.w[i] !== 'in') return isFree(s, i, end);
  const prep = s.mentions.find((m) => m.t === 'prep' && m.start < i && m.end === i + 1);
  const others = s.mentions.filter((m) => m.start > i && m.end <= end);
  if (!prep || !others.every((m) => m.t === 'other') || !isFree(s, end, end)) return isFree(s, i, end);
  for (let k = i + 1; k < end; k++) if (s.claimed[k] && !others.some((m) => m.start <= k && k < m.end)) return false;
  prep.end = i;
  prep.text = spanText(s.tokens, prep.start, i);
  for (const m of others) s.mentions.splice(s.mentions.indexOf(m), 1);
  for (let k = i; k < end; k++) s.claimed[k] = false;
  return true;
}

/** Companies' nouns a word of another country modifies ("foreign companies", "overseas firms"). */
const isCompanyNoun = (m: Mention | undefined): boolean => m?.t === 'entity' && m.entity === 'companies';

/**
 * "people based in Singapore at foreign-headquartered companies", "overseas firms": a word of another country right
 * before a noun of companies (after "headquartered" / "based" at most) is "outside" the last country named before
 * it, the place the question gives its people (a company of unknown country is not known to be foreign).
 */
function readForeignCompanies(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    const len = FOREIGN_WORDS.has(`${w[i]} ${w[i + 1]}`) ? 2 : FOREIGN_WORDS.has(w[i] ?? '') ? 1 : 0;
    if (len === 0) continue;
    // "overseas firms": read before this as a theme of the firms (one nothing holds), which it is not
    const text = spanText(s.tokens, i, i + len);
    const theme = s.mentions.find((m) => m.start === i && m.end === i + len && m.t === 'topic');
    const unknownTheme = s.unknownTopics.some((t) => t.toLowerCase() === text.toLowerCase());
    const covered = s.mentions.some((m) => m.start < i + len && m.end > i);
    if (!theme && !(unknownTheme && !covered) && !isFree(s, i, i + len)) continue;
    const next = s.mentions.find((m) => m.start === i + len);
    const noun =
      next?.t === 'prep' && (next.p === 'hq' || next.p === 'placedIn')
        ? s.mentions.find((m) => m.start === next.end)
        : next;
    const before = s.mentions.filter((m) => m.t === 'country' && m.end <= i).sort((a, b) => b.end - a.end)[0];
    if (!isCompanyNoun(noun) || before?.t !== 'country') continue;
    if (theme) s.mentions.splice(s.mentions.indexOf(theme), 1);
    const unknown = s.unknownTopics.findIndex((t) => t.toLowerCase() === text.toLowerCase());
    if (unknown >= 0) s.unknownTopics.splice(unknown, 1);
    for (let k = i; k < i + len; k++) s.claimed[k] = false;
    claim(s, i, i + len, { t: 'prep', p: 'outside' });
    s.mentions.push({ start: i, end: i + len, text: before.text, t: 'country', names: [...before.names] });
  }
}

/** Phrases of the rest of a place ("or elsewhere in Japan", "or anywhere else in Japan", "or other parts of Japan"). */
const REST_OF_PLACE_PHRASES: readonly (readonly string[])[] = [
  ['elsewhere', 'in'],
  ['anywhere', 'else', 'in'],
  ['somewhere', 'else', 'in'],
  ['other', 'parts', 'of'],
  ['the', 'rest', 'of'],
  ['elsewhere', 'across'],
];
const PLACE_KINDS: ReadonlySet<Mention['t']> = new Set(['city', 'state', 'country']);

/**
 * "anyone based in Tokyo or elsewhere in Japan", "in osaka or anywhere else in japan": a place, "or", then the rest of
 * a wider place is all of the wider place; the first place is a part of it and adds nothing ("elsewhere" was asked
 * back). Only with a place right before "or" and a place right after the phrase.
 */
function readRestOfPlace(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    if (w[i - 1] !== 'or') continue;
    const phrase = REST_OF_PLACE_PHRASES.find((p) => p.every((x, j) => w[i + j] === x));
    if (!phrase) continue;
    const end = i + phrase.length;
    const part = s.mentions.find((m) => m.end === i - 1 && PLACE_KINDS.has(m.t));
    const whole = s.mentions.find((m) => m.start === end && PLACE_KINDS.has(m.t));
    const or = s.mentions.find((m) => m.start === i - 1 && m.end === i);
    if (!part || !whole || (or && or.t !== 'or')) continue;
    // the phrase's own words may have been read ("in" a preposition, "other" a word of difference): nothing past them
    const inside = s.mentions.filter((m) => m.start < end && m.end > i);
    if (inside.some((m) => m.start < i || m.end > end)) continue;
    for (const m of [part, ...(or ? [or] : []), ...inside]) s.mentions.splice(s.mentions.indexOf(m), 1);
    // the wider place is read where the part stood (right after its preposition: "based in"), the rest of the
    // words as read with it (a reading stretched over them all was taken for something else by the builder)
    for (let k = part.start; k < whole.end; k++) s.claimed[k] = true;
    whole.start = part.start;
    whole.end = part.end;
  }
}

/** Mentions a clause may hold beside the phrase and still say nothing else ("what's abroad", "the ones abroad"). */
const RESTATING_COMPANIONS: ReadonlySet<Mention['t']> = new Set(['copula', 'relpron', 'who', 'anaphor']);

/**
 * True when the place phrase at i restates a negated place said before it: the place is right after "outside" /
 * "not in", and the phrase's own clause (from the last break before it, after the place) says nothing else but a
 * copula or a pronoun ("..., so want to see what's abroad"): no other noun the phrase could place.
 */
function restatesNegatedPlace(s: ScanState, place: Mention, i: number): boolean {
  if (!s.mentions.some((m) => m.t === 'prep' && m.p === 'outside' && m.end === place.start)) return false;
  const from = Math.max(place.end, ...[...s.breaks].filter((b) => b <= i));
  return s.mentions.every((m) => m.end <= from || m.start >= i || RESTATING_COMPANIONS.has(m.t));
}

export function readElsewhere(s: ScanState): void {
  readForeignCompanies(s);
  readRestOfPlace(s);
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    const phrase = ELSEWHERE_PHRASES.find((p) => p.every((x, j) => w[i + j] === x));
    if (!phrase || !freeInPhrase(s, i, i + phrase.length)) continue;
    const before = s.mentions.filter((m) => m.t === 'country' && m.end <= i).sort((a, b) => b.end - a.end)[0];
    if (before?.t !== 'country') continue;
    const end = i + phrase.length;
    // "or elsewhere outside Singapore": the place it is outside of is said (`readPlaceOrOutside`)
    if (s.mentions.some((m) => m.t === 'prep' && m.p === 'outside' && m.start === end)) continue;
    // "which events aren't in singapore? ... want to see what's abroad": with nothing else said since, the phrase
    // restates the place already negated before it (one condition said twice, not a second negation to spend)
    if (restatesNegatedPlace(s, before, i)) {
      for (let k = i; k < end; k++) s.claimed[k] = true;
      i = end - 1;
      continue;
    }
    claim(s, i, end, { t: 'prep', p: 'outside' });
    s.mentions.push({ start: i, end, text: before.text, t: 'country', names: [...before.names] });
    i = end - 1;
  }
}

/** Indefinite words of place between "or" and "outside" ("or anywhere else outside X", "or elsewhere outside X"). */
const INDEFINITE_PLACES: ReadonlySet<string> = new Set(['anywhere', 'somewhere', 'everywhere', 'elsewhere', 'else']);

/** The countries a place mention lies in (none known: empty). */
function countriesOf(m: Mention): string[] {
  if (m.t === 'country') return [...m.names];
  if (m.t === 'city') return m.values.flatMap(countriesOfCity);
  return [];
}

/**
 * "events in Dubai or anywhere else outside Singapore", "people based in Dubai or outside Singapore": a place, "or",
 * then "outside" a country is one set, the union; read as two conditions it was their intersection (Dubai only, or
 * an unread "anywhere" asked back). A first place that lies outside the country is inside the union already, so the
 * union is "outside" the country alone (the first place and its bare "in" give way to it). A first place inside the
 * country (or one the gazetteer does not place) makes a union the request cannot hold: the "outside" words are left
 * unread and asked about, never read as a narrower "and". Runs after `readOutsidePlaces` ("or anywhere but X").
 */
export function readPlaceOrOutside(s: ScanState): void {
  const { w } = s;
  for (const outside of s.mentions.filter((m) => m.t === 'prep' && m.p === 'outside')) {
    // "or" and at most the indefinite place words before the preposition
    let k = outside.start;
    while (k > 0 && INDEFINITE_PLACES.has(w[k - 1] ?? '') && !s.mentions.some((m) => m.start < k && m.end >= k)) k--;
    const or = s.mentions.find((m) => m.t === 'or' && m.end === k);
    const first = or && s.mentions.find((m) => m.end === or.start && PLACE_KINDS.has(m.t));
    const whole = s.mentions.find((m) => m.start === outside.end && m.t === 'country');
    if (!or || !first || whole?.t !== 'country') continue;
    const of = countriesOf(first);
    const inUnion = of.length > 0 && of.every((c) => !whole.names.includes(c));
    if (!inUnion) {
      s.mentions.splice(s.mentions.indexOf(outside), 1);
      for (let j = k; j < outside.end; j++) s.claimed[j] = false;
      continue;
    }
    const lead = s.mentions.find((m) => m.t === 'prep' && m.p === 'in' && m.end === first.start);
    for (const m of [first, or, ...(lead ? [lead] : [])]) s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let j = lead?.start ?? first.start; j < outside.start; j++) s.claimed[j] = true;
  }
}
