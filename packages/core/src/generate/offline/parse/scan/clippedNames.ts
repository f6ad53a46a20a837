/**
 * A name of several words typed with its last word cut short ("events at singapore exp": the venue Singapore EXPO,
 * "people at goldman sach"): every other word of the name typed exactly, in order, and the last one typed as the
 * first three letters or more of the name's last word. Venues, events and companies of the data are read so; one
 * name is read as it, several ("singapore con...": two names go on so) are asked about with them as the options,
 * never guessed. The clipped word must read nothing of its own (no word of the parser, no filler, no English word,
 * no name): "singapore events" is the country and a noun, not a name that goes on with "events...".
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { isDataName, type ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import { claim, isFree, readAcrossBreaks, type ScanState } from './ScanState';
import { isEnglishWord } from './vocabularySpelling';

/** Shortest clipped word read: two letters begin too many words ("ex", "co"). */
const MIN_CLIPPED = 3;

/** A name's last word and the mention it makes, filed under the words before it. */
interface Ending {
  last: string;
  /** What tells two names apart (one venue under several keys is one name). */
  id: string;
  body: MentionBody;
  names: readonly string[];
}

const endingsByIndex = new WeakMap<ValueIndex, Map<string, Ending[]>>();

/** The names of two words or more by the words before their last one (built once per index). */
function endingsOf(index: ValueIndex): Map<string, Ending[]> {
  const cached = endingsByIndex.get(index);
  if (cached) return cached;
  const made = new Map<string, Ending[]>();
  const add = (key: string, ending: Omit<Ending, 'last'>): void => {
    const words = key.split(' ');
    const last = words.pop() ?? '';
    // a year or an edition number is no word to clip
    if (words.length === 0 || !/^[a-z]+$/.test(last)) return;
    const head = words.join(' ');
    const list = made.get(head) ?? [];
    list.push({ ...ending, last });
    made.set(head, list);
  };
  for (const [key, hit] of index.venues)
    add(key, { id: `venue:${hit.label}`, body: { t: 'venue', hit }, names: [hit.label] });
  for (const [key, hit] of index.events)
    if (hit.quality >= 2 && !hit.needsCaps)
      add(key, { id: `event:${hit.ids.join(',')}`, body: { t: 'event', hit }, names: hit.names });
  for (const [key, hit] of index.companies)
    if (hit.quality >= 2 && !hit.needsCaps)
      add(key, { id: `company:${hit.ids.join(',')}`, body: { t: 'company', hit }, names: hit.names });
  endingsByIndex.set(index, made);
  return made;
}

/**
 * True when the word at `at` is the last word of a name of the data typed clipped, the name's other words typed just
 * before it ("marina bay sands exp"): a word the readers of other clipped words (industry short forms) leave alone.
 */
export function endsClippedName(words: readonly string[], at: number, index: ValueIndex): boolean {
  const clipped = words[at] ?? '';
  if (clipped.length < MIN_CLIPPED) return false;
  const endings = endingsOf(index);
  for (let from = Math.max(0, at - index.maxSpan); from < at; from++)
    for (const e of endings.get(words.slice(from, at).join(' ')) ?? [])
      if (e.last.length > clipped.length && e.last.startsWith(clipped)) return true;
  return false;
}

/** True when the typed word may be a clipped word of a name: letters, long enough, and nothing of its own. */
function mayBeClipped(index: ValueIndex, word: string): boolean {
  return (
    word.length >= MIN_CLIPPED &&
    /^[a-z]+$/.test(word) &&
    !LEXICON.has(word) &&
    !FILLER_WORDS.has(word) &&
    !isDataName(index, word) &&
    !isEnglishWord(word)
  );
}

export function readClippedNames(s: ScanState): void {
  const { w, index } = s;
  const endings = endingsOf(index);
  for (let end = w.length; end >= 2; end--) {
    const clipped = w[end - 1] ?? '';
    if (!isFree(s, end - 1, end) || !mayBeClipped(index, clipped)) continue;
    // the longest name first: "marina bay sands exp" before "sands exp"
    for (let from = Math.max(0, end - index.maxSpan); from <= end - 2; from++) {
      if (!isFree(s, from, end)) continue;
      const found = new Map<string, Ending>();
      for (const e of endings.get(w.slice(from, end - 1).join(' ')) ?? [])
        if (e.last.length > clipped.length && e.last.startsWith(clipped)) found.set(e.id, e);
      const options = [...found.values()].filter((e) => readAcrossBreaks(s, from, end, e.names));
      const [only] = options;
      if (options.length === 1 && only) claim(s, from, end, only.body);
      else if (options.length > 1)
        claim(s, from, end, {
          t: 'unclear',
          about: 'name',
          why: 'several names begin so',
          options: options.map((e) => e.body),
        });
      if (options.length > 0) break;
    }
  }
}
