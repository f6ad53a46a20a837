/**
 * "who's sponsoring the commodity one?", "the food one": a pro-form "one" after a word of an event's name stands for
 * that event, described by a word of its name (the earlier turn listed it): the events whose names hold every such
 * word (or its singular) are named, as if typed in full. Words nothing else read only, after a determiner ("the",
 * "that", "this"); the "one" is no number then. When no event's name holds the words, they are left unread (asked
 * about).
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { nounLemma } from '../../text/language';
import { normKey } from '../../text/tokenize';
import type { NamedHit } from '../../values/ValueIndex';
import { claim, type ScanState } from './ScanState';

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);
/** Words of a name typed before "one" at most. */
const MAX_WORDS = 3;

/** The events whose names hold the word (or its singular), null when none. */
function nameWordHit(s: ScanState, word: string): NamedHit | null {
  if (word.length < 3 || FILLER_WORDS.has(word)) return null;
  return s.index.eventNameWords.get(word) ?? s.index.eventNameWords.get(nounLemma(word)) ?? null;
}

export function readDescribedOnes(s: ScanState): void {
  const raw = s.tokens.map((t) => t.raw.toLowerCase());
  for (let k = 2; k < raw.length; k++) {
    if (raw[k] !== 'one') continue;
    // the number "one" the quantities pass read is released; any other reading of it stays
    const number = s.mentions.find((m) => m.start === k && m.end === k + 1);
    if (s.claimed[k] && number?.t !== 'number') continue;
    let a = k;
    while (a > 0 && k - a < MAX_WORDS && !s.claimed[a - 1] && !DETERMINERS.has(raw[a - 1] ?? '')) a--;
    if (a === k || !DETERMINERS.has(raw[a - 1] ?? '')) continue;
    const hits = raw.slice(a, k).map((x) => nameWordHit(s, x));
    if (hits.some((h) => h === null)) continue;
    const [first, ...rest] = hits as NamedHit[];
    if (!first) continue;
    const ids = first.ids.filter((id) => rest.every((h) => h.ids.includes(id)));
    const names = first.names.filter((x) => rest.every((h) => h.names.includes(x)));
    if (ids.length === 0 || names.length === 0) continue;
    if (number) {
      s.mentions.splice(s.mentions.indexOf(number), 1);
      s.claimed[k] = false;
    }
    if (names.length === 1) {
      claim(s, a - 1, k + 1, { t: 'event', hit: { ids, names, quality: 1, needsCaps: false } });
      continue;
    }
    // "the food one" when several names hold the word: which one, asked with each as an option
    const options = names.flatMap((name) => {
      const hit = s.index.events.get(normKey(name));
      return hit ? [{ t: 'event' as const, hit: { ...hit, names: [name] } }] : [];
    });
    claim(s, a - 1, k + 1, { t: 'unclear', about: 'name', why: 'several event names hold the word', options });
  }
}
