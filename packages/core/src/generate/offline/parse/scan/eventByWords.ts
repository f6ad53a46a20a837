/**
 * An event named by a few distinctive words of its name and a singular event noun: "the space convention",
 * "the downstream summit", "that fintech festival". The article and the singular noun make it a reference to
 * one event (plural "space conferences" is a theme, read elsewhere). The events whose name holds every word:
 * one is the event meant; two to four are asked about (`unclear` with each as an option); more are no name.
 */
import type { MentionBody } from '../Mention';
import { normKey } from '../../text/tokenize';
import type { NamedHit, ValueIndex } from '../../values/ValueIndex';

/** Singular nouns that stand for one event. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'event',
  'conference',
  'convention',
  'summit',
  'expo',
  'exhibition',
  'show',
  'fair',
  'festival',
  'forum',
  'congress',
  'week',
  'meetup',
  'symposium',
]);
/** Words that make the noun phrase definite: one event is meant. */
const DETERMINERS = new Set(['the', 'that', 'this']);
const MAX_WORDS = 3;
const MAX_CANDIDATES = 4;

export interface EventReference {
  start: number;
  end: number;
  body: MentionBody;
}

/** Events whose name holds every word, as one hit per event. */
function eventsWithWords(words: readonly string[], index: ValueIndex): NamedHit[] {
  const hits = words.map((x) => index.eventNameWords.get(x));
  if (hits.some((h) => !h)) return [];
  const [first, ...rest] = hits as NamedHit[];
  if (!first) return [];
  const out: NamedHit[] = [];
  first.ids.forEach((id, k) => {
    if (rest.every((h) => h.ids.includes(id)))
      out.push({ ids: [id], names: [first.names[k] ?? ''], quality: 1, needsCaps: false });
  });
  return out;
}

/** The words of a name, normalised. */
function nameWords(name: string): string[] {
  return normKey(name).split(' ');
}

/** Finds "the <name words> <event noun>" over unclaimed tokens. */
export function findEventReferences(
  w: readonly string[],
  claimed: readonly boolean[],
  index: ValueIndex,
): EventReference[] {
  const out: EventReference[] = [];
  for (let j = 1; j < w.length; j++) {
    if (!EVENT_NOUNS.has(w[j] ?? '') || claimed[j]) continue;
    let a = j;
    while (a > 0 && j - a < MAX_WORDS && !claimed[a - 1] && index.eventNameWords.has(w[a - 1] ?? '')) a--;
    if (a === j || a === 0 || !DETERMINERS.has(w[a - 1] ?? '') || claimed[a - 1]) continue;
    // the longest run of name words that names some event, dropping words from the left
    for (let s = a; s < j; s++) {
      const withWords = eventsWithWords(w.slice(s, j), index);
      if (withWords.length === 0) continue;
      // the head noun typed picks among them: "the cyber security summit" is the one whose name says "Summit"
      const noun = w[j] ?? '';
      const withNoun = withWords.filter((h) => h.names.some((x) => nameWords(x).includes(noun)));
      const found = withNoun.length > 0 ? withNoun : withWords;
      if (found.length === 1 && found[0]) out.push({ start: a - 1, end: j + 1, body: { t: 'event', hit: found[0] } });
      else if (found.length <= MAX_CANDIDATES)
        out.push({
          start: a - 1,
          end: j + 1,
          body: {
            t: 'unclear',
            about: 'name',
            why: `${found.length} events fit "${w.slice(a - 1, j + 1).join(' ')}"`,
            options: found.map((hit): MentionBody => ({ t: 'event', hit })),
          },
        });
      break;
    }
  }
  return out;
}
