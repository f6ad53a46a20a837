/**
 * Events and companies named loosely, matched against the data's own names: an acronym typed in lower case
 * ("ahice"), an initialism of a company's words or its web domain ("hpe" for Hewlett Packard Enterprise at
 * hpe.com), one distinctive word of a name ("worldchefs"), a shortened word ("aviation fest", "cyber sec
 * world"), a word run together or misspelt. It runs last, over the words no other recogniser read, so it only
 * ever replaces a question back to the user.
 *
 * Each candidate name is scored: every typed word must match a word of the name (exactly, run together, as
 * its initials, as the start of a word, or within the spelling allowance), event nouns the user adds ("the
 * pet show") excepted; the score is the strength of the matches times how much of the name's own words they
 * cover. The best name is read; names scoring as well are offered together (`unclear`), and a span that fits
 * too many names is left unread (the parser then asks what it means).
 */
import { eventTagsNamedBy } from '@musaeid/db';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { isEnglishWord } from './vocabularySpelling';
import { abbreviates, longFormsOfOne } from '../../lexicon/nameWordAbbreviations';
import { wordNet } from '../../text/language';
import { isContraction } from '../../text/contractedWords';
import { allowedEdits, editDistance } from '../../text/spelling';
import { fillerSlip } from '../../text/typoTies';
import { normKey } from '../../text/tokenize';
import {
  acronyms,
  GENERIC_COMPANY,
  GENERIC_EVENT,
  LEGAL,
  PLACE_WORDS,
  type NamedEntity,
  type NamedHit,
  type ValueIndex,
} from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import type { Mention, MentionBody } from '../Mention';
import { EVENT_NOUNS } from './eventByWords';
import { matchTopic, industriesInOwnWords } from '../matchTopic';
import { claim, type ScanState } from './ScanState';

interface Entry {
  entity: NamedEntity;
  /** The name's words, normalised. */
  tokens: string[];
  /** Its own words: not generic event words, legal forms, places or years. */
  core: string[];
  /** Initialisms and acronyms it is known by (and a company's domain label). */
  initials: Set<string>;
  /** Of these, the ones the name states itself: an acronym in capitals or in parentheses, the domain label. */
  stated: Set<string>;
  /** Runs of its words written together ("swissbelhotel" of "swiss belhotel"), to the words of the run. */
  runs: Map<string, string[]>;
}

/** Most words of a name read as one run of letters typed with other breaks between them. */
const MAX_RUN_WORDS = 4;

/** Every run of two to `MAX_RUN_WORDS` consecutive words, written together, to its words. */
function runsOf(tokens: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let a = 0; a < tokens.length; a++)
    for (let b = a + 2; b <= Math.min(tokens.length, a + MAX_RUN_WORDS); b++) {
      const run = tokens.slice(a, b);
      if (!out.has(run.join(''))) out.set(run.join(''), run);
    }
  return out;
}

/** Ways a typed word matches a word of a name, by strength. */
const EXACT = 1;
const PREFIX = 0.8;
/** A general abbreviation of a name's word, either way round ('intl' / 'international'): nearly as good as exact. */
const ABBREVIATED = 0.95;
const TYPO = 0.75;
/** An initialism derived from the name's words: a name stating that acronym itself ("AFA ...") fits better. */
const DERIVED = 0.97;
/** A word typed with letters left out of its middle ("wrld", "mgmt"): weaker than a cut, stronger than a typo. */
const CONTRACTED = 0.78;
/** Fewest letters of a name's second word begun in a word typed over two ("cybersec": "sec" of "security"). */
const MIN_BEGUN = 3;
/** Names scoring within this of the best are offered with it. */
const TIE = 0.02;
const MAX_OPTIONS = 4;
/** Longest run read as one name ("13th cyber security expo singaore 2024"). */
const MAX_WORDS = 8;
/** Small words that may sit inside a name as typed ("festival of media") and match nothing themselves. */
const JOINERS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'in', 'on']);
/** A vague noun closing a name as typed ("the AHICE thing"): it says nothing more than an event noun would. */
const PLACEHOLDER_NOUNS: ReadonlySet<string> = new Set(['thing']);
/** True when a typed word is an event noun, or a vague noun closing the words typed ("the afa thing"). */
function eventNounAt(words: readonly string[], k: number): boolean {
  const x = words[k] ?? '';
  return EVENT_NOUNS.has(x) || (PLACEHOLDER_NOUNS.has(x) && k === words.length - 1 && k > 0);
}

const entriesByIndex = new WeakMap<ValueIndex, Entry[]>();

function entriesOf(index: ValueIndex): Entry[] {
  const cached = entriesByIndex.get(index);
  if (cached) return cached;
  const made = index.named.map((entity): Entry => {
    const tokens = normKey(entity.name.replace(/\(([^)]*)\)/g, ' $1 '))
      .split(' ')
      .filter(Boolean);
    const generic = (w: string): boolean =>
      GENERIC_EVENT.has(w) || LEGAL.has(w) || PLACE_WORDS.has(w) || GENERIC_COMPANY.has(w) || /\d/.test(w);
    const initials = new Set(acronyms(entity.name));
    const words = tokens.filter((w) => !LEGAL.has(w) && !/^\d+$/.test(w));
    if (words.length >= 2) {
      initials.add(words.map((w) => w[0]).join(''));
      initials.add(
        words
          .filter((w) => !JOINERS.has(w))
          .map((w) => w[0])
          .join(''),
      );
    }
    const stated = statedAcronyms(entity.name);
    const label = entity.domain?.toLowerCase().split('.')[0] ?? '';
    if (label.length >= 3 && !label.includes('-')) stated.add(label);
    for (const x of stated) initials.add(x);
    for (const i of [...initials]) if (i.length < 3) initials.delete(i);
    // a stated acronym is another way to say the whole name ("(ABS)"), not one more word the user must type
    // ... nor is a single letter ("(S)" after a Singapore company's name) a word that makes the name distinct
    const own = tokens.filter((w) => !generic(w) && w.length > 1);
    const core = own.some((w) => !stated.has(w)) ? own.filter((w) => !stated.has(w)) : own;
    return { entity, tokens, core: core.length > 0 ? core : tokens, initials, stated, runs: runsOf(tokens) };
  });
  entriesByIndex.set(index, made);
  return made;
}

/**
 * The acronyms a name states: a word in capitals inside a name not all in capitals ("AFA Creators Super Fest",
 * "ISS World Asia"), and the letters of a parenthesised acronym without its year ("(ICSCM2025)", "(ABS)").
 */
function statedAcronyms(name: string): Set<string> {
  const out = new Set<string>();
  const inParentheses = [...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  const outside = name.replace(/\([^)]*\)/g, ' ');
  if (outside !== outside.toUpperCase())
    for (const w of outside.split(/[^A-Za-z0-9]+/)) if (/^[A-Z]{3,}$/.test(w)) out.add(w.toLowerCase());
  for (const inner of inParentheses) {
    const letters = inner.replace(/\d+/g, '');
    if (/^[A-Z]{3,}$/.test(letters)) out.add(letters.toLowerCase());
  }
  return out;
}

const englishWords = new Map<string, boolean>();
const ENGLISH_CACHE_LIMIT = 4096;

const industryWordCache = new WeakMap<ValueIndex, Map<string, boolean>>();

/**
 * True when the typed word names an industry in its own words ("telcos"), once per word and index: the matcher asks
 * it of every name's entry, and reading the industries each time made a loose match 90 times slower.
 */
function namesIndustry(typed: string, index: ValueIndex): boolean {
  let cache = industryWordCache.get(index);
  if (!cache) industryWordCache.set(index, (cache = new Map<string, boolean>()));
  let found = cache.get(typed);
  if (found === undefined) cache.set(typed, (found = industriesInOwnWords(typed, index).length > 0));
  return found;
}

/** True when a word is ordinary language: a lexicon or filler word, common in the data's texts, or in WordNet. */
function ordinaryWord(word: string, index: ValueIndex): boolean {
  if (LEXICON.has(word) || FILLER_WORDS.has(word) || index.commonWords.has(word)) return true;
  let english = englishWords.get(word);
  if (english === undefined) {
    const wn = wordNet();
    english =
      wn.senses(word, 'noun').length > 0 || wn.senses(word, 'verb').length > 0 || wn.senses(word, 'adj').length > 0;
    if (englishWords.size >= ENGLISH_CACHE_LIMIT) englishWords.clear();
    englishWords.set(word, english);
  }
  return english;
}

interface WordMatch {
  strength: number;
  /** The name's word it matched (null for an initialism, which matches the whole name). */
  token: string | null;
  /** The next word of the name, matched too by a word typed over both ("cybersec" of "cyber security"). */
  also?: string;
  /** Enough on its own to name this entity (an initialism, or a word of the name that is no ordinary word). */
  distinctive: boolean;
}

function matchWord(typed: string, e: Entry, index: ValueIndex): WordMatch | null {
  if (e.initials.has(typed))
    return { strength: e.stated.has(typed) ? EXACT : DERIVED, token: null, distinctive: !ordinaryWord(typed, index) };
  const own = (t: string): boolean => e.core.includes(t);
  if (e.tokens.includes(typed))
    return { strength: EXACT, token: typed, distinctive: own(typed) && !ordinaryWord(typed, index) };
  // run together: "cybersecurity" for "cyber security"
  for (let k = 0; k + 1 < e.tokens.length; k++) {
    const two = `${e.tokens[k] ?? ''}${e.tokens[k + 1] ?? ''}`;
    if (two === typed) return { strength: EXACT, token: e.tokens[k] ?? null, distinctive: !ordinaryWord(typed, index) };
  }
  // two words run together and cut short ("cybersec" for "cyber security"): the first whole, the second begun
  for (let k = 0; k + 1 < e.tokens.length; k++) {
    const first = e.tokens[k] ?? '';
    const second = e.tokens[k + 1] ?? '';
    if (
      typed.length >= first.length + MIN_BEGUN &&
      `${first}${second}`.startsWith(typed) &&
      typed.length < first.length + second.length
    )
      return { strength: PREFIX, token: first, also: second, distinctive: !ordinaryWord(typed, index) };
  }
  // a name word typed without its plural s or with one too many ("marina bay sand", "worldchef", "suntecs")
  for (const t of e.tokens) {
    if (typed.length >= 3 && t.length >= 3 && (sameButNumber(typed, t) || sameButNumber(t, typed)))
      return { strength: TYPO, token: t, distinctive: own(t) && !ordinaryWord(t, index) };
  }
  for (const t of e.tokens) {
    if (abbreviates(typed, t, e.tokens))
      return { strength: ABBREVIATED, token: t, distinctive: own(t) && !ordinaryWord(t, index) };
  }
  // "national assoc for music ed", read "national associates ...": the vocabulary's long form of an abbreviation
  // stands for the name's other long form of it ("association")
  for (const t of e.tokens) {
    if (LEXICON.has(typed) && !LEXICON.has(t) && longFormsOfOne(typed, t))
      return { strength: ABBREVIATED, token: t, distinctive: false };
  }
  for (const t of e.tokens) {
    if (typed.length >= 3 && t.length > typed.length && t.startsWith(typed))
      return { strength: PREFIX, token: t, distinctive: false };
  }
  const max = allowedEdits(typed.length);
  // a word naming an industry as typed ("telcos": telecommunications) says what companies do; it is no slip of a
  // name's word one edit away ("Telcom")
  if (max > 0 && !ordinaryWord(typed, index) && !namesIndustry(typed, index)) {
    for (const t of e.tokens) {
      if (allowedEdits(t.length) > 0 && editDistance(typed, t, max) <= max && !fillerSlip(typed, [t]))
        return { strength: TYPO, token: t, distinctive: own(t) };
    }
  }
  // letters left out of the middle ("wrld" for "world", "intl" for "international"): never an ordinary word
  if (!ordinaryWord(typed, index)) {
    for (const t of e.tokens)
      if (isContraction(typed, t)) return { strength: CONTRACTED, token: t, distinctive: false };
  }
  return null;
}

const wordMatches = new WeakMap<ValueIndex, Map<string, Map<Entry, WordMatch>>>();
const WORD_MATCH_CACHE_LIMIT = 2048;

/**
 * The names' entries a typed word matches, with how (`matchWord` over every entry), once per word and index. A run
 * of words is tried at up to eight lengths from each word, each over every name, so without this a word was matched
 * against every name up to eight times per message, and a message of many unread words (a pasted text, fuzzed input:
 * "x x x ...") took seconds, timing the chat out under load.
 */
function matchesOfWord(typed: string, index: ValueIndex): Map<Entry, WordMatch> {
  let cache = wordMatches.get(index);
  if (!cache) wordMatches.set(index, (cache = new Map<string, Map<Entry, WordMatch>>()));
  let found = cache.get(typed);
  if (!found) {
    found = new Map();
    for (const e of entriesOf(index)) {
      const m = matchWord(typed, e, index);
      if (m) found.set(e, m);
    }
    if (cache.size >= WORD_MATCH_CACHE_LIMIT) cache.clear();
    cache.set(typed, found);
  }
  return found;
}

/** True when `plural` is `single` with a plural ending ("sands" / "sand", "boxes" / "box"). */
function sameButNumber(plural: string, single: string): boolean {
  return plural === `${single}s` || plural === `${single}es`;
}

/** A head noun typed that the name does not use ("the cyber security summit" for a "... World"): a weaker fit. */
const OTHER_HEAD_NOUN = 0.95;

/**
 * The score of a name for the typed words, or null when some typed word does not fit it. With `whole`, the
 * typed words must also cover every word of the name's own (a name read over words other recognisers took).
 */
/**
 * How well a name fits the typed words: `value` ranks names; `base` is the strength of the matches alone;
 * `named` says the words typed are the whole name: every word of it but legal forms, years and the generic
 * words of events and companies (a place in it counts: "Informa Markets Latam" is not "informa markets").
 */
interface Fit {
  value: number;
  base: number;
  named: boolean;
}

/**
 * "swissbel hotel" for "Swiss-Belhotel": the words typed hold the letters of a run of the name's words with the breaks
 * in other places (a hyphen or a space typed elsewhere, a word run together and another split). Read as the run's
 * words, each as if typed apart, or null when the typed words are no such run.
 */
function rebrokenRun(words: readonly string[], joined: string, e: Entry): string[] | null {
  // one word typed is read as itself ("ideal" is no "i deal"); a run typed together is `matchWord`'s concern
  if (words.length < 2) return null;
  const run = e.runs.get(joined);
  if (!run || run.join(' ') === words.join(' ')) return null;
  return run;
}

function score(typedWords: readonly string[], joined: string, e: Entry, index: ValueIndex, whole = false): Fit | null {
  const words = rebrokenRun(typedWords, joined, e) ?? typedWords;
  let strength = 0;
  let counted = 0;
  let distinctive = false;
  let ownMatched = 0;
  const covered = new Set<string>();
  const matched = new Set<string>();
  let otherHead = 1;
  let eventNoun = false;
  let statedAcronym = false;
  for (const [k, x] of words.entries()) {
    if (JOINERS.has(x)) continue;
    const m = matchesOfWord(x, index).get(e) ?? null;
    if (!m) {
      // "the pet show": an event noun the name does not use still says it is an event (a name using it fits better)
      if (e.entity.kind === 'event' && eventNounAt(words, k)) {
        otherHead = OTHER_HEAD_NOUN;
        eventNoun = true;
        continue;
      }
      return null;
    }
    if (e.entity.kind === 'event' && EVENT_NOUNS.has(x)) eventNoun = true;
    if (e.stated.has(x)) statedAcronym = true;
    counted++;
    strength += m.strength;
    if (m.distinctive) distinctive = true;
    if (m.token !== null) matched.add(m.token);
    if (m.also !== undefined) {
      matched.add(m.also);
      if (e.core.includes(m.also) && !covered.has(m.also)) {
        covered.add(m.also);
        ownMatched++;
      }
    }
    if (m.token === null) covered.add('*');
    else if (e.core.includes(m.token) && !covered.has(m.token)) {
      covered.add(m.token);
      ownMatched++;
    }
  }
  if (counted === 0) return null;
  // an acronym the event states that is also a word ("ABS", "ART") names it with an event noun ("the abs show")
  if (statedAcronym && eventNoun) distinctive = true;
  // several words must hold one of the name's own words fully; one word must be distinctive by itself
  const exactOwn = words.some((x) => e.core.includes(x) || e.initials.has(x));
  if (!distinctive && !(counted >= 2 && ownMatched >= 1 && exactOwn)) return null;
  const coverage = covered.has('*') ? 1 : ownMatched / e.core.length;
  if (whole && coverage < 1) return null;
  const base = (strength / counted) * otherHead;
  const named =
    covered.has('*') ||
    e.tokens.every(
      (t) =>
        matched.has(t) ||
        LEGAL.has(t) ||
        /\d/.test(t) ||
        JOINERS.has(t) ||
        GENERIC_EVENT.has(t) ||
        GENERIC_COMPANY.has(t) ||
        t.length === 1,
    );
  return { value: base * (0.6 + 0.4 * coverage), base, named };
}

function hitOf(e: Entry): NamedHit {
  return { ids: [...e.entity.ids], names: [e.entity.name], quality: 1, needsCaps: false };
}

function bodyOf(e: Entry): MentionBody {
  return e.entity.kind === 'event' ? { t: 'event', hit: hitOf(e) } : { t: 'company', hit: hitOf(e) };
}

const entriesByRun = new WeakMap<ValueIndex, Map<string, Set<Entry>>>();

/** The names with a run of words that, run together, are `joined` ("swissbelhotel"). */
function entriesWithRun(joined: string, index: ValueIndex): Set<Entry> | undefined {
  let byRun = entriesByRun.get(index);
  if (!byRun) {
    byRun = new Map();
    for (const e of entriesOf(index))
      for (const run of e.runs.keys()) {
        let set = byRun.get(run);
        if (!set) byRun.set(run, (set = new Set()));
        set.add(e);
      }
    entriesByRun.set(index, byRun);
  }
  return byRun.get(joined);
}

/**
 * The names `score` may fit to the words, in the names' order: those the first word that must match (no joiner, no
 * event noun) matches, and those holding a run of words the words make when run together (read as that run). Every
 * other name fails `score` on that word; trying each name for each span of a long message was most of its time.
 */
function candidatesFor(
  words: readonly string[],
  joined: string,
  index: ValueIndex,
): readonly Entry[] | Iterable<Entry> {
  const k = words.findIndex((x, i) => !JOINERS.has(x) && !eventNounAt(words, i));
  if (k < 0) return entriesOf(index);
  const matching = matchesOfWord(words[k] ?? '', index);
  const rebroken = words.length >= 2 ? entriesWithRun(joined, index) : undefined;
  if (!rebroken) return matching.keys();
  return entriesOf(index).filter((e) => matching.has(e) || rebroken.has(e));
}

/**
 * The names a run of typed words stands for: one (the best), several scoring as well (to ask about), or none.
 * @example matchLooseName(['aviation', 'fest'], index) // [the entry of "Aviation Festival Asia 2025"]
 */
export function matchLooseName(words: readonly string[], index: ValueIndex, whole = false): MentionBody[] {
  const fits: { f: Fit; e: Entry }[] = [];
  // the words run together, once: each name is asked whether they are a run of its words broken elsewhere
  const joined = words.join('');
  for (const e of candidatesFor(words, joined, index)) {
    const f = score(words, joined, e, index, whole);
    if (f) fits.push({ f, e });
  }
  const best = Math.max(0, ...fits.map((x) => x.f.value));
  let found = fits.filter((x) => x.f.value >= best - TIE);
  // words two names share ("far east", "harley davidson") name each of them as well, however many other words
  // either name has: the names fitting as strongly are offered together. Only a name the words cover whole is
  // the name itself ("custom culinary" is Custom Culinary, not Custom Culinary Connections).
  if (found.length > 0 && !found.some((x) => x.f.named)) {
    const bestBase = Math.max(...found.map((x) => x.f.base));
    found = fits.filter((x) => x.f.value >= best - TIE || x.f.base >= bestBase - TIE);
  }
  if (found.length > MAX_OPTIONS) return [];
  return found.map((x) => bodyOf(x.e));
}

/** Readings a loose name may take over: themes, sectors, job functions and event nouns are also name words. */
function weakReading(m: Mention): boolean {
  return (
    // "and", "of", "for" inside a name ("conference and exhibition on ...") are words of the name
    m.t === 'and' ||
    (m.t === 'prep' && JOINERS.has(m.text.toLowerCase())) ||
    m.t === 'sector' ||
    m.t === 'topic' ||
    m.t === 'function' ||
    (m.t === 'entity' && m.entity === 'events' && m.relations === null)
  );
}

/** Fewest words of a theme read that may be a whole name instead. */
const MIN_THEME_NAME_WORDS = 3;

/** Words that make a noun phrase definite: "the space convention" is one event. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);

/** A span where a loose name may be read: its words (as read, and as typed when they differ). */
interface Span {
  variants: string[][];
  /** Other recognisers read part of it as something else than a theme or an event noun: the name must fit whole. */
  strict: boolean;
  /** Other recognisers read part of it as something stronger than a theme (a name among them): one name only. */
  strong: boolean;
  /** Every word is read, only as themes: a name must fit it whole, and be the only one that does. */
  themeOnly: boolean;
  /** Names other recognisers found inside (part of the name, misread): the loose name must be one of them. */
  inner: NamedHit[];
}

/**
 * The span [a, b) when a loose name may be read there: every mention inside lies wholly inside, the ends are no
 * filler, and some word is unread. Weak readings (themes, event nouns, ...) give way to a name; other readings
 * only to a name the whole span fits ("13th Cyber Security Expo Singaore 2024", where "Cyber Security Expo" was
 * read as a short name and "2024" as a year). Without any unread word, only a definite reference to one event
 * ("the space convention") qualifies. Null when the span does not qualify.
 */
function spanAt(s: ScanState, a: number, b: number): Span | null {
  const inside = s.mentions.filter((m) => m.start < b && m.end > a);
  if (inside.some((m) => m.start < a || m.end > b)) return null;
  const named = (m: Mention): boolean => m.t === 'event' || m.t === 'company';
  // a name read inside only bounds what the span may name (see `inner`): it may grow to the name's other words
  // ("middle east insurance" read, "awards" after it unread), so the name need not fit the span whole
  const strict = inside.some((m) => !weakReading(m) && !named(m));
  const strong = strict || inside.some(named);
  const ends = [s.w[a] ?? '', s.w[b - 1] ?? ''];
  // an unread word at either end must be a word of a name (a filler word there belongs to the sentence)
  const words = s.w.slice(a, b);
  const noun = (k: number): boolean => eventNounAt(words, k - a);
  for (const [k, x] of [
    [a, ends[0] ?? ''],
    [b - 1, ends[1] ?? ''],
  ] as const)
    if (!s.claimed[k] && FILLER_WORDS.has(x) && !noun(k)) return null;
  let unread = false;
  for (let k = a; k < b; k++) {
    const x = s.w[k] ?? '';
    if (!s.claimed[k]) {
      if (FILLER_WORDS.has(x) && !JOINERS.has(x) && !noun(k)) return null;
      if (!JOINERS.has(x) && !noun(k) && (strong || !/^\d/.test(x))) unread = true;
    }
  }
  // every word read already: a name inside may still grow over a theme read beside it ("accounting" before
  // "business show"), when the longer name fits all of the words (checked by the caller)
  const themeBeside = !strict && inside.some((m) => weakReading(m) && m.t !== 'and' && m.t !== 'prep');
  if (strong && !unread && !themeBeside) return null;
  // three words or more read only as a theme ("commodity trading week") may be the whole of one name (checked
  // by the caller): a theme that long which spells all of a name's own words is that name
  const themeOnly =
    !unread && !strong && inside.length > 0 && words.filter((x) => !JOINERS.has(x)).length >= MIN_THEME_NAME_WORDS;
  const definite = DETERMINERS.has(s.w[a - 1] ?? '') && EVENT_NOUNS.has(ends[1] ?? '') && b - a >= 2;
  if (!unread && !definite && !themeOnly) return null;
  // the word as read and as typed ("meetings" may have been read as the event noun "gatherings")
  const typed = s.tokens.slice(a, b).map((t) => t.raw.toLowerCase());
  const read = s.w.slice(a, b);
  const inner = inside.flatMap((m) => (m.t === 'event' || m.t === 'company' ? [m.hit] : []));
  // a word respelt from no English word ("hospitalty" read as the theme "hospitality") is what it was corrected to:
  // its slip is no name's slip; a real word read as another ("meetings") may still be a word of a name as typed ...
  // ... and so is a word respelt into one that nothing read ("paypall" into "paywall"): the respelling was no reading
  const slipCorrected = typed.some((x, k) => x !== read[k] && !isEnglishWord(x) && s.claimed[a + k] === true);
  return {
    variants: typed.join(' ') === read.join(' ') || slipCorrected ? [read] : [read, typed],
    strict,
    strong,
    inner,
    themeOnly: themeOnly && !definite,
  };
}

/** "the DMWF thing": a vague noun left unread right after an event's name is part of the reference. */
function absorbPlaceholderNouns(s: ScanState): void {
  for (const m of s.mentions) {
    if (m.t !== 'event' || s.claimed[m.end] || !PLACEHOLDER_NOUNS.has(s.w[m.end] ?? '')) continue;
    if (s.mentions.some((o) => o.start === m.end)) continue;
    s.claimed[m.end] = true;
    m.text = `${m.text} ${s.tokens[m.end]?.raw ?? ''}`;
    m.end += 1;
  }
}

/** Words between a noun of companies and the "in" of its industry ("sponsors that are in hospitality"). */
const RELATIVE_LINK: ReadonlySet<string> = new Set(['that', 'who', 'which', 'are', 'is', 'were']);

/**
 * "partners in food and beverage", "sponsors that are in hospitality": ordinary words after a noun of companies and
 * "in" that name a company industry say what the companies do; they are no loose name of an event ("FHA-Food &
 * Beverage"), since companies take part AT events, and are IN an industry.
 */
function industryOfCompanies(s: ScanState, i: number, words: readonly string[], index: ValueIndex): boolean {
  const inAt = s.w[i] === 'in' ? i : s.w[i - 1] === 'in' ? i - 1 : -1;
  if (inAt < 1) return false;
  let j = inAt - 1;
  while (j > 0 && RELATIVE_LINK.has(s.w[j] ?? '')) j--;
  const companies = LEXICON.get(s.w[j] ?? '')?.some((r) => r.t === 'entity' && r.entity === 'companies') ?? false;
  const content = words.filter((x) => !JOINERS.has(x) || x === 'and');
  return (
    companies &&
    content.every((x) => x === 'and' || ordinaryWord(x, index)) &&
    matchTopic([...content], index).industries.length > 0
  );
}

/**
 * The words of a name the typed words stand for, in the name's spelling ("cybersec" -> "cyber security"), or null
 * when a typed word stands for the whole name (an initialism) or for no word of it.
 */
function nameWordsTyped(words: readonly string[], e: Entry, index: ValueIndex): string[] | null {
  const out: string[] = [];
  for (const x of words) {
    if (JOINERS.has(x)) continue;
    const m = matchesOfWord(x, index).get(e) ?? null;
    if (!m || m.token === null) return null;
    out.push(m.token, ...(m.also !== undefined ? [m.also] : []));
  }
  return out.length > 0 ? out : null;
}

/**
 * "cybersec cos": words that fit several events' names equally (Cyber Security Summit Singapore, Cyber Security
 * World Asia) by the words of a theme the tagger files each of them under ("cyber security") name the theme, not
 * one of the events: the theme's words, or null. Words naming an event noun ("the cyber expo") or standing for
 * different words in each name point at one event, which is asked about as before.
 */
function sharedTheme(words: readonly string[], found: readonly MentionBody[], index: ValueIndex): string[] | null {
  if (words.some((_x, k) => eventNounAt(words, k))) return null;
  const entries = entriesOf(index);
  let theme: string[] | null = null;
  for (const f of found) {
    if (f.t !== 'event') return null;
    const e = entries.find((x) => x.entity.kind === 'event' && f.hit.ids.every((id) => x.entity.ids.includes(id)));
    const typed = e ? nameWordsTyped(words, e, index) : null;
    if (!typed || (theme && typed.join(' ') !== theme.join(' '))) return null;
    theme = typed;
  }
  if (!theme) return null;
  // the tagger's own vocabulary, and a tag every one of the events carries
  const tags = new Set(eventTagsNamedBy(theme.join(' '), { capitalKeywords: false }));
  if (tags.size === 0) return null;
  const tagged = found.every(
    (f) => f.t === 'event' && f.hit.ids.some((id) => (index.eventTags.get(id) ?? []).some((t) => tags.has(t))),
  );
  return tagged ? theme : null;
}

/** Reads the runs of words that name an event or a company loosely (see the module comment). */
export function readLooseNames(s: ScanState): void {
  absorbPlaceholderNouns(s);
  const n = s.w.length;
  // no loose name is assembled from words on both sides of a clause break ("Bravo Pet Foods" from "food, pets"); a
  // name typed whole with its comma is read earlier, by the database names
  const { breaks } = s;
  for (let i = 0; i < n; i++) {
    let done = false;
    for (let len = Math.min(MAX_WORDS, n - i); len >= 1 && !done; len--) {
      const b = i + len;
      let crosses = false;
      for (let k = i + 1; k < b; k++) if (breaks.has(k)) crosses = true;
      if (crosses) continue;
      const span = spanAt(s, i, b);
      if (!span) continue;
      for (const words of span.variants) {
        if (words.every((x, k) => eventNounAt(words, k) || JOINERS.has(x))) continue;
        if (words.length === 1 && (words[0] ?? '').length < 3) continue;
        // "in software and have 51-200 staff": a conjunction joins the next clause, never ends an industry's words
        if (industryOfCompanies(s, i, words, s.index) && !JOINERS.has(s.w[b - 1] ?? '')) {
          // the whole run is the industry (its words may have been read one by one: "food", "and beverage")
          const from = s.w[i] === 'in' ? i + 1 : i;
          for (let k = s.mentions.length - 1; k >= 0; k--) {
            const m = s.mentions[k];
            if (m && m.start >= from && m.end <= b) s.mentions.splice(k, 1);
          }
          for (let k = from; k < b; k++) s.claimed[k] = false;
          claim(s, from, b, { t: 'topic', words: s.w.slice(from, b) });
          i = b - 1;
          done = true;
          break;
        }
        let found = matchLooseName(words, s.index, span.strict || span.themeOnly);
        if (span.themeOnly && found.length !== 1) continue;
        // a name read inside that several longer names hold with the words beside it ("informa" of "informa
        // markets": Informa Markets Latam and Informa Markets-Healthcare): those names are asked about
        const longerTie =
          !span.strict && span.inner.length > 0 && found.length > 1 && matchLooseName(words, s.index, true).length > 0;
        if (found.length === 0 || (span.strong && found.length > 1 && !longerTie)) continue;
        const sameAsInner = (f: MentionBody): boolean =>
          (f.t === 'event' || f.t === 'company') && span.inner.some((h) => h.ids.some((id) => f.hit.ids.includes(id)));
        if (span.inner.length > 0 && !found.every(sameAsInner) && !longerTie) {
          // a name read inside gives way only to one name the whole span fits ("accounting and business show"
          // over "business show"): it reads more of the words typed
          const whole = matchLooseName(words, s.index, true);
          if (whole.length !== 1) continue;
          found = whole;
        }
        // the weak readings inside give way to the name
        for (let k = s.mentions.length - 1; k >= 0; k--) {
          const m = s.mentions[k];
          if (m && m.start >= i && m.end <= b) s.mentions.splice(k, 1);
        }
        for (let k = i; k < b; k++) s.claimed[k] = false;
        const [only] = found;
        const theme = found.length > 1 ? sharedTheme(words, found, s.index) : null;
        if (theme) claim(s, i, b, { t: 'topic', words: theme });
        else if (found.length === 1 && only) claim(s, i, b, only);
        else
          claim(s, i, b, {
            t: 'unclear',
            about: 'name',
            why: `${found.length} names fit "${words.join(' ')}"`,
            options: found,
          });
        i = b - 1;
        done = true;
        break;
      }
    }
  }
}
