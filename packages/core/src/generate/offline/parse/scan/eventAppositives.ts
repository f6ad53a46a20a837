/**
 * A description set off after an event's name, saying which event the name is ("sponsors of GSTC 2025 - the space
 * tech convention", "partners at worldchefs congress (the chefs thing in october)", "at AHICE (the hotel industry conf
 * in feb)", "at commodity trading week (apac one)"): an appositive noun phrase, after a break (a dash, a bracket, a
 * comma), headed by a noun of events or a general noun ("thing", "one"). It restates the name; it is no condition of
 * its own. Read word by word it was: a second link to the events its words name, a time window on the companies' other
 * events, a theme or title filter, or an unread "thing" asked about.
 *
 * Each part is checked against the named event: a period must hold its start date, a place its country or city, a
 * theme its tags or its own text (as `eventDescriptors.ts` judges a theme before the name), a title word or any other
 * word its own text, a name read in it must be the same event. When every part fits, the description is an aside: its
 * words are read and name nothing more. When a part does not fit, the description is asked about (naming what does
 * not fit), never applied to other rows and never dropped. Anything else in the phrase (a noun of rows, a relation, a
 * number that is no pro-form "one") makes it no description: left as it was.
 */
import { NAME_HEAD_NOUNS } from '../../lexicon/discourseWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { SHORTHAND_WORDS } from '../../lexicon/shorthandWords';
import { nounLemma } from '../../text/language';
import { normKey } from '../../text/tokenize';
import type { Mention } from '../Mention';
import { themeFitsEvent } from './eventDescriptors';
import { EVENT_NOUNS } from './eventByWords';
import { spanText, type ScanState } from './ScanState';

type EventMention = Extract<Mention, { t: 'event' }>;

/** Words that open a description ("the chefs thing", "that space one"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'a', 'an']);
/** Readings of a description that are checked against the event: it says something of it. */
const CHECKED: ReadonlySet<Mention['t']> = new Set(['event', 'cond', 'country', 'city', 'topic', 'title', 'function']);
/** Readings that say nothing of the event by themselves: the preposition of a period or place ("in feb"). */
const NEUTRAL: ReadonlySet<Mention['t']> = new Set(['prep', 'sector']);

/**
 * Does the event's own text say the word (or its singular)? Its name and description, and a word its name glues into
 * one ("chefs" of "Worldchefs", "tech" of "Fintech": a name word that begins or ends with it).
 */
export function eventSays(s: ScanState, event: EventMention, word: string): boolean {
  if (word.length < 3) return false;
  const forms = [word, nounLemma(word)];
  return event.hit.names.some((n) => {
    const words = s.index.eventTextWords.get(n);
    if (words !== undefined && forms.some((x) => words.has(x))) return true;
    return normKey(n)
      .split(' ')
      .some((x) => x.length > word.length && forms.some((f) => f.length >= 4 && (x.startsWith(f) || x.endsWith(f))));
  });
}

/** Does the part say something true of every row of the event? null when the part is no describing word at all. */
function partFits(s: ScanState, m: Mention, event: EventMention): boolean | null {
  const ids = event.hit.ids;
  const says = (word: string): boolean => eventSays(s, event, word);
  switch (m.t) {
    case 'event':
      // another event named in the phrase is a second name, no description ("X (Y)")
      return m.hit.ids.some((id) => ids.includes(id)) ? true : null;
    case 'cond': {
      if (m.cond.kind !== 'startBetween') return null;
      const { from, to } = m.cond;
      return ids.every((id) => {
        const start = s.index.eventFacts.get(id)?.start;
        return start != null && (from === null || start >= from) && (to === null || start <= to);
      });
    }
    case 'country':
      return ids.every((id) => m.names.some((n) => normKey(n) === normKey(s.index.eventFacts.get(id)?.country ?? '')));
    case 'city':
      return ids.every((id) => normKey(s.index.eventFacts.get(id)?.city ?? '') === normKey(m.text));
    case 'topic':
      return themeFitsEvent(s.index, m.words, event);
    case 'title':
    case 'function':
      return s.w.slice(m.start, m.end).every(says);
    case 'entity':
      return m.entity === 'events' && m.relations === null ? true : null;
    case 'number':
      // the pro-form "one" ("the apac one"), no count
      return m.value === 1 && /^one$/i.test(m.text) ? true : null;
    default:
      return NEUTRAL.has(m.t) ? true : null;
  }
}

/** A head noun of a description at k: a noun of events, typed short too ("conf"), or a general noun ("thing", "one"). */
export function isHead(s: ScanState, k: number): boolean {
  const typed = (s.tokens[k]?.raw ?? '').toLowerCase();
  const x = SHORTHAND_WORDS[typed] ?? typed;
  return EVENT_NOUNS.has(nounLemma(x)) || NAME_HEAD_NOUNS.has(x);
}

/** The tokens [from, to) of the clause after the event's name, or null when no break sets a clause off there. */
function describingClause(s: ScanState, event: EventMention): [number, number] | null {
  const n = s.w.length;
  // "GSTC 2025 - the space tech convention": a year of the event typed beside its name is part of the name
  let from = event.end;
  const year = s.mentions.find((m) => m.start === from && m.t === 'cond' && /^(?:19|20)\d\d$/.test(m.text));
  if (year && event.hit.ids.every((id) => s.index.eventFacts.get(id)?.years.includes(Number(year.text))))
    from = year.end;
  // "commodity trading week (apac one)": the name may have taken the words of the clause it runs into
  const crossed = [...s.breaks].some((b) => b > event.start && b < event.end);
  if (from >= n || (!s.breaks.has(from) && !crossed)) return null;
  let to = from + 1;
  while (to < n && !s.breaks.has(to)) to++;
  return [from, to];
}

/**
 * Reads the descriptions after event names (see the file's comment); `ignored` / `ignoredAt` are the words left unread
 * so far, from which a description's words are taken when it fits.
 */
export function readEventAppositives(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  for (const event of s.mentions.filter((m): m is EventMention => m.t === 'event')) {
    if (!s.mentions.includes(event) || new Set(event.hit.names).size !== 1) continue;
    const clause = describingClause(s, event);
    if (!clause) continue;
    const [from, to] = clause;
    const inside = s.mentions.filter((m) => m.start >= from && m.start < to);
    if (inside.some((m) => m.end > to)) continue;
    const readAt = (k: number): boolean => inside.some((m) => m.start <= k && k < m.end);
    // the phrase's head: a noun of events, a general noun or the same event named by its words
    const headed = [...Array(to - from).keys()].some((d) => isHead(s, from + d));
    if (!headed && !inside.some((m) => m.t === 'event')) continue;
    const fits = inside.map((m) => partFits(s, m, event));
    if (fits.some((f) => f === null)) continue;
    // a word nothing read: the article, a filler, the head noun, or a word the event's own text says (any other word
    // is left unread, asked about as it was)
    const plain = (k: number): boolean =>
      DETERMINERS.has(s.w[k] ?? '') || FILLER_WORDS.has(s.w[k] ?? '') || isHead(s, k);
    const words = [...Array(to - from).keys()].map((d) => from + d).filter((k) => !readAt(k));
    // the other words nothing read, in runs: each the event's own words, or a theme it is filed under ("the pets
    // thing": a theme word with no noun of events to mark it); a run that is neither leaves the description unread
    const runs: number[][] = [];
    for (const k of words.filter((j) => !plain(j))) {
      const last = runs.at(-1);
      if (last && last.at(-1) === k - 1) last.push(k);
      else runs.push([k]);
    }
    const runFits = runs.map((run) =>
      run.every((k) => eventSays(s, event, s.w[k] ?? ''))
        ? true
        : themeFitsEvent(
            s.index,
            run.map((k) => s.w[k] ?? ''),
            event,
          ),
    );
    if (runFits.some((f) => f === null)) continue;
    const wrong = [
      ...inside.filter((_, j) => fits[j] === false).map((m) => m.text),
      ...runs
        .filter((_, j) => runFits[j] === false)
        .map((run) => spanText(s.tokens, run[0] ?? 0, (run.at(-1) ?? 0) + 1)),
    ];
    for (const m of inside) s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let k = from; k < to; k++) {
      s.claimed[k] = true;
      const j = ignoredAt.indexOf(k);
      if (j >= 0) {
        ignored.splice(j, 1);
        ignoredAt.splice(j, 1);
      }
    }
    if (wrong.length === 0) {
      // the description fits: said with the name in the interpretation (its article left out), when it says more
      // than a head noun ("(apac one)": the name's own word and "one", nothing checked)
      const checked = inside.some((m) => CHECKED.has(m.t)) || runs.length > 0;
      const start = DETERMINERS.has(s.w[from] ?? '') ? from + 1 : from;
      const described = spanText(s.tokens, start, to);
      if (checked) s.mentions.splice(s.mentions.indexOf(event), 1, { ...event, described });
      continue;
    }
    // a part the named event does not fit: the description is asked about, offering the event named (reported with the
    // unread words, step 18); its article left out of the part asked about
    const start = DETERMINERS.has(s.w[from] ?? '') ? from + 1 : from;
    const text = spanText(s.tokens, start, to);
    s.mentions.push({
      start,
      end: to,
      text,
      t: 'unclear',
      about: 'name',
      why: `"${text}" does not describe ${event.hit.names[0] ?? 'the event'} ("${wrong.join('", "')}" does not fit it)`,
      options: [{ t: 'event', hit: event.hit }],
    });
  }
}
