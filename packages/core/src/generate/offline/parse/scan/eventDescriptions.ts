/**
 * One event named by a description instead of its name: "that undersea cable conference at suntec in september", "the
 * public transport congress at suntec in november", "the cyber security show at MBS in october". A definite article
 * (or "that" / "this") and a singular head noun of events ("conference", "show", "conf", or a general noun: "thing",
 * "one") make the phrase a reference to one event, as `eventByWords.ts` reads one made of its name's words; here the
 * words are a description: theme words, words of its name or of its description (or a WordNet synonym of one:
 * "undersea" of "submarine"), then where and when it is ("at <venue>", "in <place>", a start window).
 *
 * Every event is checked against every part of the description together (as `eventAppositives.ts` checks a
 * description typed after a name): each describing word must be said by its own text (when some event's text says
 * it, only those fit it) or else be a theme it is tagged with,
 * its venue must be the venue said, its start must lie in the window said. Exactly one event that fits is the event
 * meant: the phrase is that event, shown with the description in the interpretation ("events named X ("<description>":
 * it fits)"); two to four that fit are asked about, each offered; none leaves the words as they were read (asked about
 * or refused as before). Read word by word, the description became a theme filter over all events (a broader
 * question), a company the words also name ("public transport": UITP), or an unread theme that was refused.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { normKey } from '../../text/tokenize';
import { nounLemma, wordNet } from '../../text/language';
import { SHORTHAND_WORDS } from '../../lexicon/shorthandWords';
import { SIZE_ADJECTIVES } from '../../lexicon/sizeWords';
import type { NamedHit, ValueIndex } from '../../values/ValueIndex';
import type { Mention, MentionBody, Prep } from '../Mention';
import { themeFitsEvent } from './eventDescriptors';
import { eventSays, isHead } from './eventAppositives';
import { claimDescribedPhrase } from './claimDescribedPhrase';
import { spanText, type ScanState } from './ScanState';

type EventMention = Extract<Mention, { t: 'event' }>;

/** Words that make the noun phrase definite: one event is meant. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);
/** At most this many words between the article and the head noun. */
const MAX_WORDS = 5;
const MAX_CANDIDATES = 4;
/** Readings a describing word may have been given before the phrase is read as a description. */
const DESCRIBING: ReadonlySet<Mention['t']> = new Set(['topic', 'company', 'sector', 'title', 'function']);
/** Prepositions a name read over the phrase may have taken with it ("for the public transport ..."). */
const LEADING_PREPS: ReadonlySet<string> = new Set(['for', 'at', 'to', 'of', 'in', 'from', 'with']);

/** Every event of the data by its name (rows sharing a name are one event), made once per index. */
const eventsCache = new WeakMap<ValueIndex, NamedHit[]>();
function eventsByName(index: ValueIndex): NamedHit[] {
  let out = eventsCache.get(index);
  if (!out) {
    out = index.named
      .filter((e) => e.kind === 'event')
      .map((e) => ({ ids: e.ids, names: [e.name], quality: 1, needsCaps: false }));
    eventsCache.set(index, out);
  }
  return out;
}

/** A word's WordNet synonyms of one word each, from its two most usual senses as an adjective and as a noun. */
const synonymCache = new Map<string, readonly string[]>();
function synonyms(word: string): readonly string[] {
  let out = synonymCache.get(word);
  if (out) return out;
  const found = new Set<string>();
  if (/^[a-z]{3,}$/.test(word))
    for (const pos of ['adj', 'noun'] as const)
      for (const offset of wordNet().senses(word, pos).slice(0, 2))
        for (const x of wordNet().synset(offset, pos).words) if (x !== word && !x.includes(' ')) found.add(x);
  out = [...found];
  if (synonymCache.size > 4096) synonymCache.clear();
  synonymCache.set(word, out);
  return out;
}

/** LIKE patterns of a venue (`%suntec_convention%centre%`) as one test of a stored venue. */
function venueMatches(patterns: readonly string[], venue: string | null | undefined): boolean {
  if (!venue) return false;
  const v = venue.toLowerCase();
  return patterns.some((p) =>
    new RegExp(
      `^${p
        .toLowerCase()
        .split('')
        .map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    ).test(v),
  );
}

/** Words made of two words of a name written together ("cybersecurity" of "Cyber Security Summit"), by name. */
const joinedCache = new Map<string, ReadonlySet<string>>();
function joinedNameWords(name: string): ReadonlySet<string> {
  let out = joinedCache.get(name);
  if (!out) {
    const ws = normKey(name).split(' ');
    out = new Set(ws.slice(1).map((x, j) => `${ws[j] ?? ''}${x}`));
    joinedCache.set(name, out);
  }
  return out;
}

/** Does the event's own text say the word: its name or description, a synonym of it, or two name words joined? */
function textSays(s: ScanState, event: EventMention, word: string): boolean {
  return (
    eventSays(s, event, word) ||
    synonyms(word).some((x) => eventSays(s, event, x)) ||
    event.hit.names.some((n) => joinedNameWords(n).has(word))
  );
}

/**
 * The candidates one describing word fits: those whose own text says it, when any does (a word of the data's text
 * names the events saying it: "submarine" is Submarine Networks World's, not every event filed under the theme the
 * word also reaches); else those filed under its theme ("cable": Telecommunications).
 */
function fitWord(
  s: ScanState,
  candidates: readonly EventMention[],
  word: string,
  theme: readonly string[] | undefined,
): Set<EventMention> {
  const saying = candidates.filter((e) => textSays(s, e, word));
  if (saying.length > 0) return new Set(saying);
  const filed = (words: readonly string[], e: EventMention): boolean => themeFitsEvent(s.index, words, e) === true;
  const themed = candidates.filter((e) => filed([word], e) || (theme !== undefined && filed(theme, e)));
  return new Set(themed.length > 0 ? themed : saidByParticipants(s.index, candidates, word));
}

/** Companies of an event whose overviews must say a word before it describes the event. */
const MIN_PARTICIPANTS = 2;

/**
 * The candidates a word fits by what their participants say of themselves, when neither the events' own text nor a
 * theme reads it ("the subsea cable show": the sponsors of Submarine Networks World describe themselves as subsea
 * cable operators; no event's name or description says "subsea"). The word must be said by at least two companies
 * of an event, and an event fits only where it is said nearly as often as at the event where most say it (at least
 * half as many companies): a word spread over every event's participants picks out none of them.
 */
function saidByParticipants(index: ValueIndex, candidates: readonly EventMention[], word: string): EventMention[] {
  if (word.length < 4) return [];
  const said = (e: EventMention): number => {
    const companies = new Set<number>();
    for (const id of e.hit.ids) for (const c of index.participantWords.get(id)?.get(word) ?? []) companies.add(c);
    return companies.size;
  };
  const counts = candidates.map((e) => ({ e, n: said(e) }));
  const most = Math.max(0, ...counts.map((x) => x.n));
  if (most < MIN_PARTICIPANTS) return [];
  return counts.filter((x) => x.n >= MIN_PARTICIPANTS && 2 * x.n >= most).map((x) => x.e);
}

/** An event mention over nothing, for checking a hit against the parts said after a head. */
function eventOf(hit: NamedHit): EventMention {
  return { start: 0, end: 0, text: '', t: 'event', hit };
}

/** Does the event fit a part said after the head noun: its venue, its place, its start window? */
function trailingFits(s: ScanState, m: Mention, event: EventMention): boolean {
  const facts = event.hit.ids.map((id) => s.index.eventFacts.get(id));
  switch (m.t) {
    case 'cond': {
      if (m.cond.kind !== 'startBetween') return false;
      const { from, to } = m.cond;
      return facts.some(
        (f) => f?.start != null && (from === null || f.start >= from) && (to === null || f.start <= to),
      );
    }
    case 'venue':
      return facts.some((f) => venueMatches(m.hit.patterns, f?.venue));
    case 'city':
      return facts.some((f) => normKey(f?.city ?? '') === normKey(m.name));
    case 'country':
      return facts.some((f) => m.names.some((n) => normKey(n) === normKey(f?.country ?? '')));
    default:
      return m.t === 'prep';
  }
}

/** The mentions said after the head noun at `from` that place or date it: "at <venue>", "in <place>", a window. */
function trailingParts(s: ScanState, from: number): { parts: Mention[]; end: number } {
  const parts: Mention[] = [];
  let e = from;
  while (e < s.w.length && !s.breaks.has(e)) {
    const m = s.mentions.find((x) => x.start === e);
    if (m?.t === 'cond' && m.cond.kind === 'startBetween') {
      parts.push(m);
      e = m.end;
      continue;
    }
    if (m?.t === 'prep' && (m.p === 'at' || m.p === 'in') && !s.breaks.has(m.end)) {
      const place = s.mentions.find(
        (x) => x.start === m.end && (x.t === 'venue' || x.t === 'city' || x.t === 'country'),
      );
      if (place) {
        parts.push(m, place);
        e = place.end;
        continue;
      }
    }
    break;
  }
  return { parts, end: e };
}

/**
 * Reads the descriptions of one event (see the file's comment); `ignored` / `ignoredAt` are the words left unread so
 * far, from which the description's words are taken when it names one event.
 */
export function readEventDescriptions(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  for (let k = 1; k < s.w.length; k++) {
    // a singular head: one event is meant ("the food events in singapore" is a theme over events, read elsewhere)
    const typed = (s.tokens[k]?.raw ?? '').toLowerCase();
    const noun = SHORTHAND_WORDS[typed] ?? typed;
    if (!isHead(s, k) || nounLemma(noun) !== noun) continue;
    const atHead = s.mentions.filter((m) => m.start <= k && k < m.end);
    // an ambiguous name ending in the head ("the cyber security show": two events) is narrowed by what follows it
    let named = atHead.find(
      (m): m is Extract<Mention, { t: 'unclear' }> =>
        m.t === 'unclear' && m.end === k + 1 && m.options.length > 0 && m.options.every((o) => o.t === 'event'),
    );
    // an event read from some words of its name ending in the head ("the food expo"): kept unless the window said
    // after it rules it out (below)
    const byName = atHead.find((m): m is EventMention => m.t === 'event' && m.end === k + 1 && m.start < k);
    // the pro-form "one" ("the subsea cable one") was read as a number: here it stands for the event described
    const proForm = (m: Mention): boolean => m.t === 'number' && m.start === k && m.end === k + 1 && noun === 'one';
    // a theme the theme reader ran on into the head ("the payments and banking show": its words and the noun): the
    // words before the head are the theme, the head is still the noun of one event
    const themedHead = (m: Mention): boolean => m.t === 'topic' && m.end === k + 1 && m.start < k;
    if (
      !atHead.every(
        (m) =>
          m === named ||
          m === byName ||
          proForm(m) ||
          themedHead(m) ||
          (m.t === 'entity' && m.entity === 'events' && m.relations === null),
      )
    )
      continue;
    // the article, within a few words and no clause break before the head
    let d = k - 1;
    while (d > 0 && k - d <= MAX_WORDS && !DETERMINERS.has(s.w[d] ?? '') && !s.breaks.has(d + 1)) d--;
    // with no article, a description opening the message and set off from the rest ("hotel industry conference in
    // feb - sponsors that are hotel chains"): the topic of what follows, one event when exactly one fits
    const bare = !DETERMINERS.has(s.w[d] ?? '') || s.breaks.has(d + 1);
    if (bare) d = d === 0 && !s.breaks.has(1) && !DETERMINERS.has(s.w[0] ?? '') ? 0 : d + 1;
    if (bare && (d !== 0 || k - d > MAX_WORDS || k === d)) continue;
    // the first describing word (after the article)
    const first = bare ? d : d + 1;
    const trailing = trailingParts(s, k + 1);
    const { parts } = trailing;
    let { end } = trailing;
    // a name read from some of the words whose every event misses the window said after it ("the big food expo in
    // april": Yummy Food Expo is in August) was a description: every event is checked against the words instead
    const window = parts.filter((m) => m.t === 'cond');
    const nameHits = named?.options.flatMap((o) => (o.t === 'event' ? [o.hit] : [])) ?? (byName ? [byName.hit] : []);
    const misread =
      window.length > 0 &&
      nameHits.length > 0 &&
      nameHits.every((hit) => !window.every((m) => trailingFits(s, m, { ...(byName ?? eventOf(hit)), hit })));
    if (byName && !misread) continue;
    const overridden = misread ? (named ?? byName) : undefined;
    if (misread) named = undefined;
    if (bare && end < s.w.length && !s.breaks.has(end)) continue;
    // the head goes on into an event's name read right after it ("the Global Conference on Gynecology & ..."): its
    // words are the first words of that name, typed in full, not a description
    const next = s.mentions.find((m) => m.start === end);
    // (a name set off by a break, "the subsea cable one (submarine networks)", is an appositive: read after this one)
    if (
      next &&
      !s.breaks.has(end) &&
      (next.t === 'event' || (next.t === 'unclear' && next.options.some((o) => o.t === 'event')))
    )
      continue;
    // a name set off after the description restates which event it is: the description must fit that one
    const restated = next?.t === 'event' && s.breaks.has(end) ? next : undefined;
    const inside = s.mentions.filter((m) => m.start < end && m.end > d);
    // a name read over the phrase may have taken a preposition before the article with it; nothing else reaches out
    const lead = inside.find((m) => m.start < d);
    if (lead && !(lead.start === d - 1 && DESCRIBING.has(lead.t) && LEADING_PREPS.has(s.w[d - 1] ?? ''))) continue;
    if (inside.some((m) => m.end > end)) continue;
    // the modifiers: words nothing read, or read as a theme or a name the description's words also make
    // (a word of a theme read also as a noun of its companies, "payments", is the theme's word here)
    const themes0 = inside.filter((m) => m.t === 'topic');
    const withinTheme = (m: Mention): boolean =>
      m.t === 'entity' && m.entity === 'companies' && themes0.some((t) => t.start <= m.start && m.end <= t.end);
    const modifiers = inside.filter(
      (m) => m.start < k && m !== named && m !== overridden && !(m.start === d && m.t === 'relpron') && !withinTheme(m),
    );
    // "foam / polyurethane expo": words either side of "or" are alternatives
    const isOr = (j: number): boolean => s.w[j] === 'or';
    if (modifiers.some((m) => !DESCRIBING.has(m.t) && !(m.t === 'or' && isOr(m.start)))) continue;
    const readAt = (j: number): Mention | undefined => modifiers.find((m) => m.start <= j && j < m.end);
    const span = [...Array(k - first).keys()].map((x) => first + x);
    // a grade of size ("the big food expo"): the data holds no size of an event, so it is not checked, and said so
    const ungraded = span.filter((j) => !readAt(j) && SIZE_ADJECTIVES.has(s.w[j] ?? ''));
    const words = span.filter(
      (j) =>
        (named === undefined || j < named.start) &&
        !FILLER_WORDS.has(s.w[j] ?? '') &&
        !isOr(j) &&
        !ungraded.includes(j),
    );
    const ors = span.filter(isOr);
    if (ors.some((j) => !words.includes(j - 1) || !words.includes(j + 1))) continue;
    // a word nothing read is unread or part of a theme matching nothing ("undersea cable"), never a word a reader of
    // the speaker's clauses took
    const unknown = new Set(s.unknownTopics.flatMap((x) => x.split(' ')));
    const ofName = (j: number): boolean => overridden !== undefined && overridden.start <= j && j < overridden.end;
    if (words.some((j) => !readAt(j) && !ofName(j) && !ignoredAt.includes(j) && !unknown.has(s.w[j] ?? ''))) continue;
    if (words.length === 0 && (named === undefined || parts.length === 0)) continue;
    if (bare && (words.length === 0 || named !== undefined || restated !== undefined)) continue;
    const candidates =
      restated !== undefined
        ? [restated.hit]
        : named === undefined
          ? eventsByName(s.index)
          : named.options.flatMap((o) => (o.t === 'event' ? [o.hit] : []));
    const events = candidates.map((hit): EventMention => ({ start: d, end, text: '', t: 'event', hit }));
    const themes = modifiers.filter((m): m is Extract<Mention, { t: 'topic' }> => m.t === 'topic');
    let fitting = events.filter((e) => parts.every((m) => trailingFits(s, m, e)));
    const fitRun = (run: readonly number[], from: readonly EventMention[]): EventMention[] => {
      let left = [...from];
      for (const j of run) {
        const theme = themes.find((m) => m.start <= j && j < m.end);
        const byWord = fitWord(s, left, s.w[j] ?? '', theme?.words);
        left = left.filter((e) => byWord.has(e));
      }
      return left;
    };
    // with alternatives, the events one run of words fits, every word of it
    const runs = [...ors, k].map((to, x) => words.filter((j) => j < to && (x === 0 || j > (ors[x - 1] ?? 0))));
    const fitAny = new Set(runs.flatMap((run) => fitRun(run, fitting)));
    fitting = fitting.filter((e) => fitAny.has(e));
    // the head noun typed picks among several: "the cyber security summit" is the one whose name says "Summit"
    const head = nounLemma(SHORTHAND_WORDS[(s.tokens[k]?.raw ?? '').toLowerCase()] ?? s.w[k] ?? '');
    const headed = fitting.filter((e) => e.hit.names.some((n) => normKey(n).split(' ').includes(head)));
    const fits = (fitting.length > 1 && headed.length > 0 ? headed : fitting).map((e) => e.hit);
    if (fits.length === 0 || fits.length > MAX_CANDIDATES) continue;
    if (named !== undefined && fits.length === named.options.length) continue;
    if (bare && fits.length !== 1) continue;
    const described = spanText(s.tokens, first, end);
    const unchecked =
      ungraded.length > 0
        ? `the event taken for "${described}"; ${ungraded.map((j) => `"${s.w[j] ?? ''}"`).join(' or ')} not checked: the data holds no size of an event`
        : undefined;
    for (const m of inside) s.mentions.splice(s.mentions.indexOf(m), 1);
    // the restating name is the same event: one mention over both ("the subsea cable one (submarine networks)")
    if (restated) {
      s.mentions.splice(s.mentions.indexOf(restated), 1);
      end = restated.end;
    }
    if (lead)
      s.mentions.push({
        start: lead.start,
        end: d,
        text: s.w[lead.start] ?? '',
        t: 'prep',
        p: s.w[lead.start] as Prep,
      });
    const [one] = fits;
    if (fits.length === 1 && one)
      s.mentions.push({
        start: d,
        end,
        text: spanText(s.tokens, d, end),
        t: 'event',
        hit: one,
        ...(unchecked === undefined ? { described } : { taken: unchecked }),
      });
    else
      s.mentions.push({
        start: d,
        end,
        text: spanText(s.tokens, d, end),
        t: 'unclear',
        about: 'name',
        why: `${fits.length} events fit "${described}"`,
        options: fits.map((hit): MentionBody => ({ t: 'event', hit })),
      });
    claimDescribedPhrase(s, d, end, ignored, ignoredAt);
    k = end - 1;
  }
}

/**
 * "subsea networks sponsors founded pre 1900": words no theme reads (they were to be refused) right before a relation
 * noun, every one of which one event's own text says or its participants say of themselves ("networks" of Submarine
 * Networks World's name, "subsea" of its sponsors' overviews), and no other event fits them all: the modifier of the
 * relation noun names that event, as a determiner and an event noun would ("the subsea networks show"). Any other
 * count of fitting events leaves the words as they were (refused, never a broader answer).
 */
export function readUnknownThemesAsEvent(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  for (const phrase of [...s.unknownTopics]) {
    const words = phrase.split(' ');
    if (words.length < 2) continue;
    // (the theme reader claimed the words it could not read, reading nothing)
    const at = s.w.findIndex((_, i) => words.every((x, j) => s.w[i + j] === x));
    if (at < 0) continue;
    const end = at + words.length;
    const next = s.mentions.find((m) => m.start === end);
    if (!(next?.t === 'entity' && next.entity === 'companies' && (next.relations?.length ?? 0) > 0)) continue;
    if (s.mentions.some((m) => m.start < end && m.end > at)) continue;
    let fitting = eventsByName(s.index).map((hit): EventMention => ({ start: at, end, text: '', t: 'event', hit }));
    for (const word of words) {
      if (FILLER_WORDS.has(word)) continue;
      const saying = fitting.filter((e) => textSays(s, e, word));
      fitting = saying.length > 0 ? saying : saidByParticipants(s.index, fitting, word);
    }
    const [one] = fitting;
    if (fitting.length !== 1 || !one) continue;
    s.mentions.push({ start: at, end, text: spanText(s.tokens, at, end), t: 'event', hit: one.hit, described: phrase });
    claimDescribedPhrase(s, at, end, ignored, ignoredAt);
  }
}
