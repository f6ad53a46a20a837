/**
 * A list of themes ("events about AI, cloud, data or cybersecurity", "technology or digital topics like AI, cloud,
 * data or cybersecurity", "food events such as wine, coffee or baking"): the members are separated by commas and a
 * closing "or" / "and", and may follow a word introducing examples of the theme before them (`lexicon/exampleWords.ts`
 * EXAMPLE_LEADS). The theme reader (`topics.ts`) reads the first member (and runs the next ones together with it
 * across the commas, or stops at a member that is also a filler word, "data"); here the list is read whole: one
 * theme mention, the members united (joined by "or", as the parser unites themes: "hospitality or food"), the theme
 * the examples illustrate among them. Every member must name a theme of the data; one that names none is kept as an
 * unknown theme, so the question is asked back naming it, never answered without it.
 * Runs after `readTopics`, before the lexicon reads the members' words as other things.
 */
import { EXAMPLE_LEADS } from '../../lexicon/exampleWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { LEXICON } from '../lexiconTable';
import { matchTopic, themeContent } from '../matchTopic';
import type { Mention } from '../Mention';
import { spanText, type ScanState } from './ScanState';

const LEADS: readonly string[][] = EXAMPLE_LEADS.map((p) => p.split(' '));
const JOINS: ReadonlySet<string> = new Set(['or', 'and']);
/** Nouns of themes a list of examples may follow ("digital topics like ..."), besides the theme itself. */
const THEME_NOUNS: ReadonlySet<string> = new Set(['topics', 'topic', 'themes', 'theme', 'areas', 'subjects']);

/** A member's words without the nouns of themes ("digital topics": digital). */
function themeWords(words: readonly string[]): string[] {
  const kept = words.filter((x) => !THEME_NOUNS.has(x));
  return kept.length > 0 ? kept : [...words];
}

/** The length of an example lead starting at k (free words only), or 0. */
function leadAt(s: ScanState, k: number): number {
  for (const lead of LEADS) if (lead.every((x, d) => s.w[k + d] === x && !s.claimed[k + d])) return lead.length;
  return 0;
}

/**
 * True when a free word may be a member's word: a theme's word, or a word no reader of the vocabulary takes (an
 * unknown theme, asked about); never a number, nor a filler or vocabulary word naming no theme ("are", "events").
 */
function memberWord(s: ScanState, k: number): boolean {
  const x = s.w[k] ?? '';
  if (s.claimed[k] || JOINS.has(x) || /^\d/.test(x)) return false;
  if (FILLER_WORDS.has(x) || LEXICON.has(x)) return matchTopic([x], s.index).any;
  return /^[a-z]/.test(x);
}

/**
 * The members of a list from `from`: runs of member words, each after a comma (a clause break) or "or" / "and", up to
 * the end of the list (a separator with no member after it stays for what follows: "..., or companies in ...").
 * Themes other readers took ("food and beverage") and joining words read already are joined to the list.
 */
function membersFrom(
  s: ScanState,
  from: number,
  first: boolean,
): { items: string[][]; end: number; absorbed: Mention[] } {
  const items: string[][] = [];
  const absorbed: Mention[] = [];
  let k = from;
  let opened = first;
  for (;;) {
    const before = k;
    const joins: Mention[] = [];
    let sep = opened;
    if (s.breaks.has(k)) sep = true;
    while (k < s.w.length && JOINS.has(s.w[k] ?? '')) {
      const join = s.mentions.find((x) => (x.t === 'or' || x.t === 'and') && x.start === k);
      if (s.claimed[k] && !join) break;
      if (join) joins.push(join);
      sep = true;
      k++;
    }
    if (!sep) break;
    opened = false;
    const a = k;
    const read = s.mentions.find((x) => x.t === 'topic' && x.start === a);
    if (read?.t === 'topic') {
      items.push(read.words);
      absorbed.push(...joins, read);
      k = read.end;
      continue;
    }
    while (k < s.w.length && memberWord(s, k) && (k === a || !s.breaks.has(k)) && k - a < 4) k++;
    const words = s.w.slice(a, k).filter((x) => !FILLER_WORDS.has(x) || matchTopic([x], s.index).any);
    if (themeContent(words).length === 0) {
      k = before;
      break;
    }
    absorbed.push(...joins);
    items.push(words);
  }
  return { items, end: k, absorbed };
}

/** The members of a run of words: split at the commas inside it and at "or" ("oil and gas" stays one member). */
function splitMembers(s: ScanState, a: number, b: number): string[][] {
  const out: string[][] = [[]];
  for (let k = a; k < b; k++) {
    const x = s.w[k] ?? '';
    if ((k > a && s.breaks.has(k)) || x === 'or') out.push([]);
    if (x !== 'or') out[out.length - 1]?.push(x);
  }
  return out
    .map((x) => themeWords(x.filter((y, i) => !(JOINS.has(y) && (i === 0 || i === x.length - 1)))))
    .filter((x) => themeContent(x).length > 0);
}

/** True when the events have a reading of the member: a tag, words the events say, or an industry's words they say. */
function readForEvents(s: ScanState, words: readonly string[]): boolean {
  const m = matchTopic([...words], s.index);
  return (
    m.tags.length > 0 ||
    (m.mentioning?.length ?? 0) > 0 ||
    m.withTag !== undefined ||
    (m.any && themeContent(words).every((x) => s.index.eventWords.has(x)))
  );
}

/**
 * The members no reading of the whole list can keep: every member needs a reading on one side (the events' tags and
 * text, or the companies' industries); those missing on the side most members have are asked about.
 */
function unreadMembers(s: ScanState, members: readonly string[][]): string[][] {
  const none = members.filter((x) => !matchTopic([...x], s.index).any);
  const known = members.filter((x) => matchTopic([...x], s.index).any);
  const noEvents = known.filter((x) => !readForEvents(s, x));
  const noIndustry = known.filter((x) => matchTopic([...x], s.index).industries.length === 0);
  if (noEvents.length === 0 || noIndustry.length === 0) return none;
  return [...none, ...(noEvents.length <= noIndustry.length ? noEvents : noIndustry)];
}

/** Writes a list's members as one theme: the members read, united; the others kept as unknown themes. */
function listTheme(s: ScanState, members: readonly string[][]): string[] {
  const unread = unreadMembers(s, members);
  for (const x of unread) if (!s.unknownTopics.includes(x.join(' '))) s.unknownTopics.push(x.join(' '));
  const kept = members.filter((x) => !unread.includes(x));
  return kept.flatMap((x, i) => (i === 0 ? x : ['or', ...x]));
}

/**
 * A list the theme reader ran together across commas and found no theme for ("AI, cloud, quantum computing"): the
 * members it names are read, the others stay unknown (asked about by name).
 */
function splitUnknownLists(s: ScanState): void {
  for (let a = 0; a < s.w.length; a++) {
    if (!s.claimed[a] || s.mentions.some((m) => m.start <= a && a < m.end)) continue;
    let b = a;
    while (b < s.w.length && s.claimed[b] && !s.mentions.some((m) => m.start <= b && b < m.end)) b++;
    const at = s.unknownTopics.indexOf(s.w.slice(a, b).join(' '));
    const members = splitMembers(s, a, b);
    if (at < 0 || members.length < 2 || !members.some((x) => matchTopic(x, s.index).any)) {
      a = b;
      continue;
    }
    s.unknownTopics.splice(at, 1);
    const words = listTheme(s, members);
    if (words.length > 0) s.mentions.push({ start: a, end: b, text: spanText(s.tokens, a, b), t: 'topic', words });
    a = b;
  }
}

/**
 * "banks or insurers": each plural of an industry is also a noun of companies (`leftoverWords.ts`), but the list is one
 * noun phrase, the companies of any of its industries: the first such noun stands for it, the others would open
 * further sets of companies.
 */
function dropRepeatedCompanyNouns(s: ScanState, list: Mention): void {
  const nouns = s.mentions
    .filter(
      (x) =>
        x.t === 'entity' &&
        x.entity === 'companies' &&
        x.relations === null &&
        x.start >= list.start &&
        x.end <= list.end,
    )
    .sort((a, b) => a.start - b.start);
  for (const x of nouns.slice(1)) s.mentions.splice(s.mentions.indexOf(x), 1);
}

/** The theme mentions already read as lists (the pass runs again after the leftover themes are read). */
const READ_LISTS = new WeakSet<Mention>();

export function readThemeLists(s: ScanState): void {
  splitUnknownLists(s);
  const topics = s.mentions.filter((m) => m.t === 'topic').sort((a, b) => a.start - b.start);
  for (const m of topics) {
    // a member joined to an earlier list is no list of its own, and a list is read once
    if (m.t !== 'topic' || !s.mentions.includes(m) || READ_LISTS.has(m)) continue;
    // the members the theme reader ran together across commas ("ai cloud" of "AI, cloud, ..."): split at the commas
    const own = splitMembers(s, m.start, m.end);
    const commaInside = Array.from({ length: m.end - m.start - 1 }, (_, d) => m.start + d + 1).some((k) =>
      s.breaks.has(k),
    );
    let k = m.end;
    // "digital topics like ...": a noun of themes, then the word introducing the examples
    while (k < s.w.length && !s.claimed[k] && THEME_NOUNS.has(s.w[k] ?? '')) k++;
    const lead = leadAt(s, k);
    const { items, end, absorbed } = membersFrom(s, k + lead, lead > 0);
    // a list needs a comma or an example lead: "AI or cloud" alone is the theme reader's own
    if (items.length === 0 && !commaInside) continue;
    // "hospitality or software" with no comma nor lead: a member only where it names a theme (else left unread)
    const listed = lead > 0 || commaInside || s.breaks.has(m.start) || s.breaks.has(m.end) || items.length > 1;
    if (!listed && !items.every((x) => matchTopic(x, s.index).any)) continue;
    m.words = listTheme(s, [...own, ...items.map(themeWords)]);
    for (const x of absorbed) s.mentions.splice(s.mentions.indexOf(x), 1);
    for (let j = m.end; j < end; j++) s.claimed[j] = true;
    m.end = Math.max(m.end, end);
    dropRepeatedCompanyNouns(s, m);
    m.text = spanText(s.tokens, m.start, m.end);
    READ_LISTS.add(m);
  }
}
