/**
 * Idioms the asker says around the request, never conditions: the multi-word adverbs WordNet lists ("in short", "by
 * the way", "in a nutshell", "all the same") when set off at the edge of a clause, as sentence adverbs are ("okay, in
 * short, ..."; inside a clause such a phrase may modify the rows: "events in person"), and the idioms of
 * `lexicon/discourseIdioms.ts` WordNet lacks ("long story short", "on my radar", "nothing urgent") wherever they stand.
 * A word of either read as data (a place, a date, a name, a role) keeps the whole phrase: never dropped with it.
 */
import {
  ASKER_RELEVANCE_IDIOMS,
  AVAILABILITY_NOUN_FILE,
  AVAILABILITY_NOUN_SENSES,
  AVAILABILITY_NOUN_SYNSETS,
  AVAILABILITY_SUBORDINATORS,
  DISCOURSE_IDIOMS,
  LETTING_KNOW_VERB_FILES,
  RESUMING_ADVERB_SYNSET,
} from '../lexicon/discourseIdioms';
import { LISTENER_WORDS } from '../lexicon/discourseWords';
import { verbLemma, wordNet } from '../text/language';
import { verbClassAt } from '../text/verbClasses';
import type { Mention } from './Mention';
import { DATA_MENTIONS } from './discourse';
import type { ScanState } from './scan/ScanState';
import { releaseClause } from './socialClauses';

const IDIOMS: ReadonlySet<string> = new Set(DISCOURSE_IDIOMS);
const RELEVANCE: ReadonlySet<string> = new Set(ASKER_RELEVANCE_IDIOMS);
const LONGEST = Math.max(...DISCOURSE_IDIOMS.map((p) => p.split(' ').length));
/** The longest multi-word adverb looked up in WordNet ("in a nutshell"). */
const LONGEST_ADVERB = 4;

/** True when WordNet lists the words as one adverb of two words or more ("in_short", "by_the_way"). */
function wordNetAdverb(words: readonly string[]): boolean {
  return (
    words.length >= 2 && words.every((x) => /^[a-z]+$/.test(x)) && wordNet().senses(words.join('_'), 'adv').length > 0
  );
}

/**
 * Releases the idioms; returns their token indices (discourse). `askerFrame`: a clause of the asker's own context,
 * activity or purpose was released as frame ("I run marketing for a cybersecurity startup - ..."): an idiom of
 * relevance to the asker ("on my radar") then points at what that clause said of them, a field the ask may need, so it
 * stays unread and is asked about, never read as nothing.
 */
export function releaseDiscourseIdioms(s: ScanState, askerFrame: boolean): number[] {
  const { w, mentions, breaks } = s;
  const released: number[] = [...releaseAvailability(s), ...releaseLettingKnow(s), ...releaseDigressions(s)];
  const edge = (k: number): boolean => k === 0 || k === w.length || breaks.has(k);
  for (let i = 0; i < w.length; i++) {
    let len = 0;
    for (let n = Math.min(Math.max(LONGEST, LONGEST_ADVERB), w.length - i); n >= 2 && len === 0; n--) {
      const words = w.slice(i, i + n);
      if (IDIOMS.has(words.join(' '))) len = n;
      else if (n <= LONGEST_ADVERB && edge(i) && edge(i + n) && wordNetAdverb(words)) len = n;
    }
    if (len === 0) continue;
    if (askerFrame && RELEVANCE.has(w.slice(i, i + len).join(' '))) continue;
    const inside = mentions.filter((m) => m.start < i + len && m.end > i);
    if (inside.some((m) => m.start < i || m.end > i + len || DATA_MENTIONS.has(m.t))) continue;
    releaseClause(s, [i, i + len], released);
    // "X is on my radar this quarter": a date beside the idiom is when the asker looks, part of the aside, where the
    // message names its event (the named event has its own dates); with no event named ("what should be on my radar
    // this quarter") it is the window of the events asked
    const aside = asideDate(s, i, i + len);
    if (aside) releaseClause(s, [aside.start, aside.end], released);
    i += len - 1;
  }
  return released;
}

/** A date window read right before or right after the idiom at [a, b), when the message names an event. */
function asideDate(s: ScanState, a: number, b: number): Mention | null {
  if (!s.mentions.some((m) => m.t === 'event')) return null;
  const date = (m: Mention): boolean =>
    m.t === 'cond' && (m.cond.kind === 'startBetween' || m.cond.kind === 'endBetween') && !s.breaks.has(m.start);
  return s.mentions.find((m) => date(m) && (m.start === b || m.end === a)) ?? null;
}

/** Readings a common word of an aside may have been given loosely (a preposition, a field word, a loose name). */
const loose = (m: Mention): boolean =>
  m.t === 'prep' ||
  m.t === 'attribute' ||
  ((m.t === 'company' || m.t === 'event') && m.hit.quality < 3) ||
  (m.t === 'entity' && m.entity === null);

/** True when tokens [a, b) read nothing of the data but loosely. */
function readsNothing(s: ScanState, a: number, b: number): boolean {
  return s.mentions.filter((m) => m.start < b && m.end > a).every(loose);
}

/** True when one of a noun's usual senses is a stretch of time or an opportunity ("sec", "moment", "chance"). */
function spareTimeNoun(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  const wn = wordNet();
  return wn
    .senses(word, 'noun')
    .slice(0, AVAILABILITY_NOUN_SENSES)
    .some((o) => {
      const x = wn.synset(o, 'noun');
      return (
        x.lexFile === AVAILABILITY_NOUN_FILE ||
        AVAILABILITY_NOUN_SYNSETS.some((a) => a.length === x.words.length && a.every((y) => x.words.includes(y)))
      );
    });
}

/** Words between the verb of having and the noun of time: an article or a word of its size ("a FREE minute"). */
const SPARE_TIME_GAP = 3;

/**
 * "whenever you get a sec", "if u have a spare moment", "when you find a minute": the listener's spare time (see
 * `AVAILABILITY_SUBORDINATORS`), released as discourse unless one of its words was read as data.
 */
function releaseAvailability(s: ScanState): number[] {
  const { w } = s;
  const released: number[] = [];
  for (let i = 0; i + 3 < w.length; i++) {
    if (!AVAILABILITY_SUBORDINATORS.has(w[i] ?? '') || !LISTENER_WORDS.has(w[i + 1] ?? '')) continue;
    const verb = verbClassAt(w.slice(i + 2));
    if (verb?.cls !== 'have') continue;
    const from = i + 2 + verb.length;
    const noun = w.findIndex((x, k) => k >= from && k <= from + SPARE_TIME_GAP && spareTimeNoun(x));
    // the subordinator may have been read as a date of its own ("whenever": at any date), and the noun typed in lower
    // case as a name ("moment": a company Moment); both are released with the clause
    if (noun < 0 || !readsNothing(s, i + 1, noun)) continue;
    const named = s.mentions.filter((m) => m.start <= noun && m.end > noun);
    if (named.some((m) => m.start !== noun || m.end !== noun + 1 || !/^[a-z]+$/.test(s.tokens[noun]?.raw ?? '')))
      continue;
    releaseClause(s, [i, noun + 1], released);
    i = noun;
  }
  return released;
}

/**
 * "could you let me know which events ...", "let us see the sponsors": "let" with the speaker and a verb of knowing or
 * perceiving (WordNet's files, `LETTING_KNOW_VERB_FILES`) asks to be told what follows, as "tell me" does: the frame
 * is released, the ask after it stays.
 */
function releaseLettingKnow(s: ScanState): number[] {
  const { w } = s;
  const released: number[] = [];
  const wn = wordNet();
  for (let i = 0; i + 3 < w.length; i++) {
    if (verbLemma(w[i] ?? '') !== 'let' || !['me', 'us'].includes(w[i + 1] ?? '')) continue;
    const verb = w[i + 2] ?? '';
    const first = wn.senses(verbLemma(verb), 'verb')[0];
    if (first === undefined || !LETTING_KNOW_VERB_FILES.has(wn.synset(first, 'verb').lexFile)) continue;
    if (!readsNothing(s, i, i + 3)) continue;
    releaseClause(s, [i, i + 3], released);
  }
  return released;
}

const RESUMING: ReadonlySet<string> = new Set(RESUMING_ADVERB_SYNSET);
/** Mentions that make a clause an ask of its own: rows, a question word, a count, a named thing. */
const ASKING_MENTIONS: ReadonlySet<Mention['t']> = new Set(['entity', 'who', 'count', 'event', 'company', 'person']);

/**
 * "at the end of the day it's all about the pipeline... anyway, business development people at X?": a clause opening
 * with an adverb of resuming the point (`RESUMING_ADVERB_SYNSET`) sets aside what came before: the adverb and the
 * clauses before it are released when the ask after it stands alone (rows, a question word or a name of its own, and
 * no pointer back). An ask pointing back ("events in Singapore. anyway, which ones have sponsors?") keeps everything.
 */
function releaseDigressions(s: ScanState): number[] {
  const { w, breaks } = s;
  const starts = [...breaks].filter((k) => k > 0 && k < w.length).sort((a, b) => a - b);
  // the ask stands alone: it asks for rows of its own and points back at nothing in the aside ("events in singapore.
  // anyway, which ones have sponsors?" reads the clause before)
  const standsAlone = (ask: readonly Mention[]): boolean =>
    !ask.some((m) => m.t === 'anaphor') && ask.some((m) => ASKING_MENTIONS.has(m.t));
  for (const start of starts) {
    const len = [3, 2, 1].find((n) => RESUMING.has(w.slice(start, start + n).join(' ')));
    if (len === undefined || start + len >= w.length) continue;
    if (!standsAlone(s.mentions.filter((m) => m.start >= start + len))) return [];
    const released: number[] = [];
    releaseClause(s, [0, start + len], released);
    return released;
  }
  // ... the ask put first (`questionClauseFirst`), the digression after it ending with the adverb ("how many events
  // ... long week, lots of calls anyhow"): everything after the ask's clause
  for (let end = w.length; end > 0; end--) {
    if (end !== w.length && !breaks.has(end)) continue;
    const len = [3, 2, 1].find((n) => n <= end && RESUMING.has(w.slice(end - n, end).join(' ')));
    if (len === undefined) continue;
    const from = starts[0];
    if (from === undefined || from >= end - len || !standsAlone(s.mentions.filter((m) => m.end <= from))) return [];
    const released: number[] = [];
    releaseClause(s, [from, end], released);
    return released;
  }
  return [];
}
