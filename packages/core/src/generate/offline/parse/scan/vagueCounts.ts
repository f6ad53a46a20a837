/**
 * "companies at many events", "events with lots of sponsors", "events with few exhibitors": a quantifier of a large
 * or small number over a clause's object names no figure, so no count the request can hold; it is asked about, with
 * the readings the request can say (more than one, a ranking by the count), never dropped (the question would read
 * as "companies at events": every one of them). Over the set asked ("many sponsors at X") it counts nothing.
 */
import { VAGUE_COUNT_WORDS } from '../../lexicon/aggregateWords';
import { verbClassAt } from '../../text/verbClasses';
import { COUNTED_NOUNS } from '../scanQuantity';
import { claim, type ScanState } from './ScanState';

const PHRASES: readonly (readonly string[])[] = Object.keys(VAGUE_COUNT_WORDS)
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);
/** Words that make "many" / "few" part of another phrase ("how many", "so many", "as few as", "a few"). */
const NOT_QUANTIFYING: ReadonlySet<string> = new Set(['how', 'so', 'too', 'as', 'a', 'very', 'the']);

export function readVagueCounts(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    // the lexicon has read the "of" of "lots of" as a preposition: the phrase's own word here
    const ofPrep = (k: number): boolean =>
      w[k] === 'of' && s.mentions.some((m) => m.t === 'prep' && m.start === k && m.end === k + 1);
    const phrase = PHRASES.find((p) => p.every((x, k) => w[i + k] === x && (!s.claimed[i + k] || ofPrep(i + k))));
    if (!phrase || NOT_QUANTIFYING.has(w[i - 1] ?? '')) continue;
    // the object of a relation verb, a preposition or a verb of having ("at many events", "with few sponsors",
    // "events that got many sponsors")
    const leads =
      s.mentions.some((m) => (m.t === 'relation' || m.t === 'prep') && m.end === i) ||
      verbClassAt([w[i - 1] ?? ''])?.cls === 'have';
    if (!leads) continue;
    const end = i + phrase.length;
    if (COUNTED_NOUNS[w[end] ?? ''] === undefined) continue;
    const grade = VAGUE_COUNT_WORDS[phrase.join(' ')];
    const of = s.mentions.findIndex((m) => m.t === 'prep' && m.start === end - 1 && ofPrep(end - 1));
    if (of >= 0) s.mentions.splice(of, 1);
    claim(s, i, end, {
      t: 'unclear',
      about: 'word',
      why: `"${phrase.join(' ')}" gives no number to count against`,
      options: [],
      choices:
        grade === 'many'
          ? [
              { label: 'more than one', replacement: 'several' },
              { label: 'ranked by that number, the most first', replacement: 'the most' },
            ]
          : [{ label: 'ranked by that number, the fewest first', replacement: 'the fewest' }],
    });
  }
}
