/**
 * A name typed in full and then its acronym in parentheses: "the digital marketing world forum (DMWF)", "the
 * supply chain management conference (ICSCM)". The words just before the acronym whose first letters spell it
 * (small joining words may be skipped) are its expansion: one reference, read as the name the acronym stands
 * for in the data (`matchLooseName`), so the expansion's words are not read as themes nor reported as unmapped
 * ("world", "forum"). Several names for the acronym are asked about; an acronym naming nothing is left alone.
 */
import type { Mention, MentionBody } from '../Mention';
import { EVENT_NOUNS } from './eventByWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { matchLooseName } from './looseNames';
import { isEnglishWord } from './vocabularySpelling';
import { claim, isFree, type ScanState } from './ScanState';

/** Words an expansion may hold that its acronym skips ("Conference on Supply Chain Management"). */
const SKIPPED: ReadonlySet<string> = new Set(['of', 'and', 'the', 'on', 'for', 'in', 'de', 'at']);
/** Longest acronym read (longer runs of capitals are words typed in capitals). */
const MAX_ACRONYM = 8;

/** The first token of the expansion of the acronym at `at`, or -1 when the words before do not spell it. */
function expansionStart(w: readonly string[], at: number, acronym: string): number {
  let k = acronym.length - 1;
  let j = at - 1;
  while (j >= 0 && k >= 0) {
    const word = w[j] ?? '';
    if (word[0] === acronym[k]) k--;
    else if (!SKIPPED.has(word)) return -1;
    if (k < 0) return j;
    j--;
  }
  return -1;
}

/**
 * Readings of words inside an expansion that are parts of the name typed, not other parts of the question: the
 * acronym spells them, so even a place ("asia pacific") is a word of the name.
 */
const PARTIAL_READINGS: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'topic', 'venue', 'country']);

/** True when a name read for the acronym is the one a mention already holds. */
function sameEntity(found: MentionBody, m: Mention): boolean {
  if ((found.t !== 'event' && found.t !== 'company') || found.t !== m.t) return false;
  const held = m.hit.ids;
  return found.hit.ids.some((id) => held.includes(id));
}

export function readAcronymExpansions(s: ScanState, question: string): void {
  const typed = new Set(
    [...question.matchAll(/\(\s*([A-Za-z][A-Za-z0-9]{1,15})\s*\)/g)].map((m) =>
      (m[1] ?? '').toLowerCase().replace(/\d+$/, ''),
    ),
  );
  if (typed.size === 0) return;
  // the words as typed ("meetings" may have been read as its synonym "gatherings")
  const asTyped = s.tokens.map((t) => t.raw.toLowerCase());
  for (let at = 1; at < s.w.length; at++) {
    const acronym = (s.w[at] ?? '').replace(/\d+$/, '');
    if (!typed.has(acronym) || acronym.length < 2 || acronym.length > MAX_ACRONYM) continue;
    // the acronym may have been read as a name already (a name's acronym is one of its keys)
    const read = s.mentions.find((m) => m.start === at && m.end === at + 1);
    if (!isFree(s, at, at + 1) && read?.t !== 'event' && read?.t !== 'company') continue;
    // an event noun the acronym leaves out may close the name typed ("... building services show (ABS)")
    let end = at;
    let from = expansionStart(asTyped, at, acronym);
    if (from < 0) {
      while (end > 1 && EVENT_NOUNS.has(s.w[end - 1] ?? '') && isFree(s, end - 1, end)) end--;
      from = end < at ? expansionStart(asTyped, end, acronym) : -1;
    }
    if (from < 0) continue;
    let found: MentionBody[] =
      read?.t === 'event'
        ? [{ t: 'event', hit: read.hit }]
        : read?.t === 'company'
          ? [{ t: 'company', hit: read.hit }]
          : matchLooseName([acronym], s.index);
    // the name was read already ("the global space and technology convention (GSTC)"): the acronym is part of it
    const before = s.mentions.find((m) => m.end === end);
    if (before && (before.t === 'event' || before.t === 'company') && found.some((f) => sameEntity(f, before))) {
      for (let k = end; k <= at; k++) s.claimed[k] = true;
      before.text = [before.text, ...s.tokens.slice(end, at + 1).map((t) => t.raw)].join(' ');
      before.end = at + 1;
      continue;
    }
    // names read inside the expansion are parts of it ("digital mktg" of "digital mktg world forum (DMWF)"): they
    // give way to the whole; anything else read there keeps its reading
    const inside = s.mentions.filter((m) => m.start <= at && m.end > from);
    if (inside.some((m) => m.start < from || !PARTIAL_READINGS.has(m.t))) continue;
    if (found.length === 0 && end < at) found = matchLooseName([acronym, ...s.w.slice(end, at)], s.index);
    if (found.length === 0) continue;
    for (const m of inside) s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let k = from; k <= at; k++) s.claimed[k] = false;
    // an event noun in the expansion ("... world forum (DMWF)") says an event is meant, not a company of that name
    if (s.w.slice(from, at).some((x) => EVENT_NOUNS.has(x)) && found.some((f) => f.t === 'event'))
      found = found.filter((f) => f.t === 'event');
    const [only] = found;
    if (found.length === 1 && only) claim(s, from, at + 1, only);
    else if (found.length > 1)
      claim(s, from, at + 1, {
        t: 'unclear',
        about: 'name',
        why: `${found.length} names fit "${acronym}"`,
        options: found,
      });
  }
}

/** Fewest and most words of an expansion typed with no acronym after it ("digital marketing world forum"). */
const MIN_SPELLED = 3;
const MAX_SPELLED = 6;

/**
 * An event's acronym typed spelled out, with no acronym after it ("that digital marketing world forum thing": #DMWF
 * Asia): a run of three words or more (small joining words skipped) whose first letters spell a word of exactly one
 * event's name that is no word of the language (an initialism of the data's own, "DMWF"), no filler word among them
 * and an event noun closing them ("forum", "summit", "expo") saying an event is meant. Read as that event, the run's words no themes.
 */
export function readSpelledAcronyms(s: ScanState): void {
  const { w } = s;
  for (let from = 0; from < w.length; from++) {
    if (SKIPPED.has(w[from] ?? '')) continue;
    for (let len = Math.min(MAX_SPELLED, w.length - from); len >= MIN_SPELLED; len--) {
      const words = w.slice(from, from + len);
      if (SKIPPED.has(words[len - 1] ?? '') || !words.every((x) => /^[a-z]+$/.test(x))) continue;
      // a name's words: content words only (joining words inside), closed by its event noun ("... world forum"):
      // "aviation fest are" is no "AFA"
      if (!EVENT_NOUNS.has(words[len - 1] ?? '')) continue;
      if (words.some((x) => FILLER_WORDS.has(x) && !SKIPPED.has(x))) continue;
      // names or themes read over the words give way; anything else read there keeps its reading
      const inside = s.mentions.filter((m) => m.start < from + len && m.end > from);
      if (inside.some((m) => m.start < from || m.end > from + len || !PARTIAL_READINGS.has(m.t))) continue;
      if (inside.some((m) => m.t === 'event' || m.t === 'company')) continue;
      const acronym = words
        .filter((x) => !SKIPPED.has(x))
        .map((x) => x[0])
        .join('');
      if (acronym.length < MIN_SPELLED || isEnglishWord(acronym)) continue;
      // the acronym is a word of exactly one event's own name ("#DMWF Asia"), never a word merely near it
      const events = matchLooseName([acronym], s.index).filter(
        (f): f is Extract<MentionBody, { t: 'event' }> =>
          f.t === 'event' &&
          f.hit.names.every((name) =>
            name
              .toLowerCase()
              .split(/[^a-z0-9]+/)
              .includes(acronym),
          ),
      );
      const [only] = events;
      if (events.length !== 1 || !only) continue;
      for (const m of inside) s.mentions.splice(s.mentions.indexOf(m), 1);
      for (let k = from; k < from + len; k++) s.claimed[k] = false;
      claim(s, from, from + len, only);
      from += len - 1;
      break;
    }
  }
}
