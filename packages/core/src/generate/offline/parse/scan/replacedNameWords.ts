/**
 * An event's name typed with one of its words replaced ("subsea networks wrld": Submarine Networks World 2024): the
 * other words found the event (a part of its name, read by the short-name readers), and the words typed where the
 * name's remaining word stands read nothing. Left so, those words are asked about with no option ("what did you
 * mean by sub sea?") although the rest of the phrase names one event. When the typed word is near the name's word
 * (the same first three letters, a slip or a shortening: "subsea" for "submarine") the whole phrase is that event,
 * and the interpretation names it; otherwise the phrase is asked about with that event as the option, never guessed.
 * Only one word of the name may be missing, at either end of the part found, and the event must be one (its
 * editions are one event).
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { phraseEdits } from '../../text/spelling';
import { normKey } from '../../text/tokenize';
import type { NamedHit, ValueIndex } from '../../values/ValueIndex';
import type { Mention } from '../Mention';
import { abbreviates } from './nameTypos';
import { claim, readAcrossBreaks, spanText, type ScanState } from './ScanState';

/** Letters a replacing word shares with the name's word at its start to stand for it ("sub" of "subsea", "submarine"). */
const SHARED_START = 3;
/** Most tokens typed for the one word ("sub sea": a word split in two). */
const MAX_TYPED = 2;

/** The words of a name that carry it: no year, no edition number. */
const carryingWords = (name: string): string[] =>
  normKey(name)
    .split(' ')
    .filter((x) => x !== '' && !/\d/.test(x));

/** True when a typed word is a name's word, exactly, with a slip or shortened. */
const fits = (typed: string, word: string): boolean =>
  typed === word || abbreviates(typed, word) || phraseEdits([typed], [word]) !== null;

/** True when the typed word may stand for the name's word: it begins the same, is a slip of it or shortens it. */
const nearWord = (typed: string, word: string): boolean =>
  (typed.length >= SHARED_START && typed.slice(0, SHARED_START) === word.slice(0, SHARED_START)) || fits(typed, word);

/** The one word of the name the mention's words leave out at its start or at its end, with that side; else null. */
function missingWord(m: Mention, typed: readonly string[]): { word: string; before: boolean } | null {
  if (m.t !== 'event') return null;
  const forms = new Set(m.hit.names.map((n) => carryingWords(n).join(' ')));
  // the editions of one event share their words; two events are not one name to complete
  if (forms.size !== 1) return null;
  const words = [...forms][0]?.split(' ') ?? [];
  const found = typed.filter((x) => !/\d/.test(x));
  if (found.length === 0 || words.length !== found.length + 1) return null;
  if (found.every((x, k) => fits(x, words[k + 1] ?? ''))) return { word: words[0] ?? '', before: true };
  if (found.every((x, k) => fits(x, words[k] ?? ''))) return { word: words[words.length - 1] ?? '', before: false };
  return null;
}

/** Readings of other words a word of a name may have been given before it was found to be one. */
const NAME_WORD_READINGS: ReadonlySet<Mention['t']> = new Set([
  'country',
  'city',
  'state',
  'topic',
  'venue',
  'event',
  'company',
  'and',
]);

/** One event's name as its editions share it (without "the", years and edition numbers), with its rows. */
interface EventForm {
  words: readonly string[];
  hit: NamedHit;
}

const formsByIndex = new WeakMap<ValueIndex, EventForm[]>();

/** The events of the data, one per name its editions share (built once per index). */
function eventForms(index: ValueIndex): EventForm[] {
  const cached = formsByIndex.get(index);
  if (cached) return cached;
  const byForm = new Map<string, EventForm>();
  for (const n of index.named) {
    if (n.kind !== 'event') continue;
    const words = carryingWords(n.name);
    if (words[0] === 'the') words.shift();
    const key = words.join(' ');
    const form = byForm.get(key) ?? { words, hit: { ids: [], names: [], quality: 2, needsCaps: false } };
    form.hit.ids.push(...n.ids);
    if (!form.hit.names.includes(n.name)) form.hit.names.push(n.name);
    byForm.set(key, form);
  }
  const made = [...byForm.values()];
  formsByIndex.set(index, made);
  return made;
}

/** The fewest words of the name besides the replaced one: one word in common is no evidence. */
const MIN_OTHER_WORDS = 2;

/** A placement of an event's name over the tokens [a, b), its word at `run` typed otherwise. */
interface Placement {
  form: EventForm;
  a: number;
  b: number;
  run: readonly number[];
  word: string;
}

/** @param discourse the positions of words about the conversation, never a name's. */
export function readReplacedNameWords(s: ScanState, discourse: readonly boolean[]): void {
  readReplacedBesideEvent(s, discourse);
  readReplacedAmongNameWords(s, discourse);
}

/** True when token k is a word nothing read: letters, no filler, no word about the conversation. */
function unreadAt(s: ScanState, discourse: readonly boolean[], k: number): boolean {
  const word = s.w[k] ?? '';
  return k >= 0 && k < s.w.length && !s.claimed[k] && !discourse[k] && /^[a-z]+$/.test(word) && !FILLER_WORDS.has(word);
}

/** Reads [a, b) as the event (the typed word near its own) or asks about it with the event as the option. */
function readPlacement(s: ScanState, p: Placement, near: boolean): void {
  const { a, b } = p;
  const text = spanText(s.tokens, a, b);
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k];
    if (m && m.start >= a && m.end <= b) s.mentions.splice(k, 1);
  }
  for (let k = a; k < b; k++) s.claimed[k] = false;
  claim(
    s,
    a,
    b,
    near
      ? { t: 'event', hit: p.form.hit }
      : {
          t: 'unclear',
          about: 'name',
          why: `no event is named "${text}", but its other words name one`,
          options: [{ t: 'event', hit: p.form.hit }],
        },
  );
}

/**
 * "cyber safety summit singapore", "yummy drink expo", "the martek summit asia": no part of the name found the
 * event (its words were read as a theme, a place, a noun of events, or not at all), but around a run of unread words
 * stand the other words of exactly one event's name, in order, each typed as in the name (or with a slip or
 * shortened), one at least exactly: that event, read or asked about as above.
 */
function readReplacedAmongNameWords(s: ScanState, discourse: readonly boolean[]): void {
  const { w, mentions } = s;
  const forms = eventForms(s.index);
  for (let r0 = 0; r0 < w.length; r0++) {
    if (!unreadAt(s, discourse, r0)) continue;
    const found: Placement[] = [];
    for (let typed = 1; typed <= MAX_TYPED; typed++) {
      const run = Array.from({ length: typed }, (_, k) => r0 + k);
      if (!run.every((k) => unreadAt(s, discourse, k))) break;
      for (const form of forms) {
        const n = form.words.length;
        if (n - 1 < MIN_OTHER_WORDS) continue;
        for (let j = 0; j < n; j++) {
          const a = r0 - j;
          const b = r0 + typed + (n - 1 - j);
          if (a < 0 || b > w.length) continue;
          let exact = 0;
          let ok = true;
          for (let k = 0; k < n && ok; k++) {
            if (k === j) continue;
            const at = k < j ? a + k : r0 + typed + (k - j - 1);
            const x = w[at] ?? '';
            const y = form.words[k] ?? '';
            if (x === y) exact++;
            else ok = fits(x, y);
          }
          if (!ok || exact === 0) continue;
          // every reading inside stands for a word of the name; none reaches out of it
          const inside = mentions.filter((m) => m.end > a && m.start < b);
          if (inside.some((m) => m.start < a || m.end > b || !namesWord(m))) continue;
          if (!readAcrossBreaks(s, a, b, form.hit.names)) continue;
          found.push({ form, a, b, run, word: form.words[j] ?? '' });
        }
      }
    }
    const forms1 = new Set(found.map((p) => p.form));
    const [p] = found;
    if (forms1.size !== 1 || !p) continue;
    const near = nearWord(p.run.map((k) => w[k] ?? '').join(''), p.word);
    readPlacement(s, p, near);
    r0 = p.b - 1;
  }
}

/** True when a mention may be a reading of a word of a name (a place, a theme, a noun of events, "and"). */
const namesWord = (m: Mention): boolean =>
  NAME_WORD_READINGS.has(m.t) || (m.t === 'entity' && m.entity === 'events' && m.relations === null);

/** "subsea networks wrld": a part of the name found the event, the one word left is typed otherwise beside it. */
function readReplacedBesideEvent(s: ScanState, discourse: readonly boolean[]): void {
  const { w, claimed, mentions } = s;
  const unread = (k: number): boolean => unreadAt(s, discourse, k);
  for (const [at, m] of mentions.entries()) {
    if (m.t !== 'event') continue;
    const missing = missingWord(m, w.slice(m.start, m.end));
    if (!missing) continue;
    // the unread words on that side, nearest first, as many as one word split in two
    const run: number[] = [];
    for (
      let k = missing.before ? m.start - 1 : m.end;
      unread(k) && run.length < MAX_TYPED;
      k += missing.before ? -1 : 1
    )
      run.push(k);
    // the word split in two ("sub sea"), else the nearest word alone
    const near = [run, run.slice(0, 1)].find(
      (r) => r.length > 0 && nearWord(w.slice(Math.min(...r), Math.max(...r) + 1).join(''), missing.word),
    );
    const taken = near ?? run;
    if (taken.length === 0) continue;
    const a = Math.min(m.start, ...taken);
    const b = Math.max(m.end, ...taken.map((k) => k + 1));
    if (!readAcrossBreaks(s, a, b, m.hit.names)) continue;
    for (const k of taken) claimed[k] = true;
    const text = s.tokens
      .slice(a, b)
      .map((t) => t.raw)
      .join(' ');
    if (near) {
      mentions[at] = { ...m, start: a, end: b, text };
      continue;
    }
    mentions[at] = {
      start: a,
      end: b,
      text,
      t: 'unclear',
      about: 'name',
      why: `no event is named "${text}", but its other words name one`,
      options: [{ t: 'event', hit: m.hit }],
    };
  }
}
