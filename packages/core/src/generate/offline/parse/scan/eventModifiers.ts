/**
 * An event named in part as the modifier of a noun of companies or people: "space convention companies", "space
 * convention sponsors", "downstream summit speakers". A singular event noun ("convention", "summit") with a few
 * words of the name before it, right before the noun it modifies, refers to one event the way "the space
 * convention" does (`eventByWords`): the modifier position does the work of the determiner. The words and the event
 * noun must all be words of the event's name, in the order typed, words left out allowed ("space convention" of
 * "Global Space and Technology Convention 2025"), so a theme with an event noun that no name says ("fintech
 * conference sponsors") is left to the theme readers. One event (its editions are one event) is that event; two to
 * four are asked about (`unclear`, each an option); more are no name.
 */
import { normKey } from '../../text/tokenize';
import type { NamedHit } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import { EVENT_NOUNS } from './eventByWords';
import { claim, isFree, readAcrossBreaks, type ScanState } from './ScanState';
import { wordsInOrder } from '../../text/wordOrder';

/** Name words before the event noun. */
const MAX_WORDS = 3;
const MAX_CANDIDATES = 4;

/** A noun of companies or of people ("companies", "sponsors", "exhibitors", "people", "folks"). */
const isModifiedNoun = (x: string): boolean =>
  LEXICON.get(x)?.some((r) => r.t === 'entity' && (r.entity === 'companies' || r.entity === 'people')) ?? false;

/** A word that may be part of a name (no punctuation); whether some name says it is for the names to tell. */
const isWord = (x: string): boolean => /^[a-z0-9]+$/.test(x);

/** An event's name without its year or edition number: its editions share it. */
const editionless = (name: string): string =>
  normKey(name)
    .split(' ')
    .filter((x) => !/\d/.test(x))
    .join(' ');

/** The events whose name holds the words in order, one hit per event (its editions together). */
function eventsNamedBy(s: ScanState, words: readonly string[]): NamedHit[] {
  const found = new Map<string, NamedHit>();
  for (const n of s.index.named) {
    if (n.kind !== 'event' || !wordsInOrder(words, normKey(n.name).split(' '))) continue;
    const key = editionless(n.name);
    const hit = found.get(key) ?? { ids: [], names: [], quality: 1, needsCaps: false };
    hit.ids.push(...n.ids);
    hit.names.push(n.name);
    found.set(key, hit);
  }
  return [...found.values()];
}

export function readEventModifiers(s: ScanState): void {
  const { w } = s;
  for (let j = 1; j + 1 < w.length; j++) {
    const noun = w[j] ?? '';
    if (!EVENT_NOUNS.has(noun) || !isFree(s, j, j + 1) || !isModifiedNoun(w[j + 1] ?? '')) continue;
    let a = j;
    while (a > 0 && j - a < MAX_WORDS && isFree(s, a - 1, a) && !s.breaks.has(a) && isWord(w[a - 1] ?? '')) a--;
    // the longest run of words that names some event, dropping words from the left
    for (let start = a; start < j; start++) {
      const hits = eventsNamedBy(s, w.slice(start, j + 1));
      if (hits.length === 0 || hits.length > MAX_CANDIDATES) continue;
      if (
        !readAcrossBreaks(
          s,
          start,
          j + 1,
          hits.flatMap((h) => h.names),
        )
      )
        break;
      const [only] = hits;
      const body: MentionBody =
        hits.length === 1 && only
          ? { t: 'event', hit: only }
          : {
              t: 'unclear',
              about: 'name',
              why: `${hits.length} events fit "${w.slice(start, j + 1).join(' ')}"`,
              options: hits.map((hit): MentionBody => ({ t: 'event', hit })),
            };
      claim(s, start, j + 1, body);
      break;
    }
  }
}
