/**
 * "companies at every cyber security event", "sponsoring all the events in Singapore", "events where every sponsor is
 * from Singapore", "events attended by all the sponsors of X": a condition that must hold for each of a set (a
 * division), which the request cannot yet say. The quantifier is asked about, never dropped (it would otherwise read
 * as "at some cyber security event", "events with a sponsor from Singapore": a broader question).
 *
 * A universal word is a division only over the object of a clause: after a relation verb or a word that leads an
 * object ("at", "in", "by", "whose", "where"), and, unless the noun is an event (the object of taking part), only
 * once the question's own noun was said before it ("list all events", "all companies in Singapore": the whole set
 * asked, no condition). "all their contacts" (a possessive after it) is the whole of what belongs to each.
 */
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const UNIVERSAL = new Set(['every', 'all', 'each']);
const LEADS = new Set(['at', 'to', 'in', 'attending', 'attend', 'attended', 'attends']);
/** Words that lead the object of a clause on the question's noun ("attended by all", "whose every event"). */
const CLAUSE_LEADS = new Set(['by', 'whose', 'where', 'with']);
/** Mentions of a figure asked: with one, "each" is what the figure is per. */
const SHAPING: ReadonlySet<Mention['t']> = new Set(['count', 'aggFn', 'most', 'group']);
/** Mentions that may stand between a quantifier and its noun. */
const MODIFIERS: ReadonlySet<Mention['t']> = new Set(['topic', 'country', 'city', 'function', 'seniority']);
const POSSESSIVES = new Set(['their', 'its', 'our', 'my', 'your', 'his', 'her']);
/** Words a quantifier may have before its noun: "all the events", "each of the summits", and up to two modifiers. */
const MAX_WORDS_TO_NOUN = 3;

export function readUniversalObjects(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    if (s.claimed[i] || !UNIVERSAL.has(w[i] ?? '')) continue;
    // "how many companies attend each of the events": one figure per event (`parse/countEach.ts`), no division
    if (w[i] === 'each' && s.mentions.some((m) => SHAPING.has(m.t))) continue;
    const afterVerb = s.mentions.some((m) => m.t === 'relation' && m.end === i);
    const lead = w[i - 1] ?? '';
    if (!afterVerb && !LEADS.has(lead) && !CLAUSE_LEADS.has(lead)) continue;
    let k = i + 1;
    if (w[k] === 'the' || w[k] === 'of') k++;
    if (w[k] === 'the') k++;
    if (POSSESSIVES.has(w[k] ?? '')) continue;
    const within = (j: number): boolean => j >= k && j <= k + MAX_WORDS_TO_NOUN;
    // the events it quantifies: an event noun within a few words (a theme may stand between)
    const eventNoun =
      (afterVerb || LEADS.has(lead)) &&
      [k, k + 1, k + 2, k + 3].some((j) =>
        LEXICON.get(w[j] ?? '')?.some((r) => r.t === 'entity' && r.entity === 'events'),
      );
    // ... or any noun of the data right after it (a theme or place may stand between: "all the singapore sponsors"),
    // the object of a clause on the question's noun said before it
    const head = s.mentions.filter((m) => m.t === 'entity' && m.end <= i).sort((a, b) => a.start - b.start)[0];
    const object = s.mentions.filter((m) => m.start > i && !MODIFIERS.has(m.t)).sort((a, b) => a.start - b.start)[0];
    // a person works at one company: "the people at every company at X" is each at theirs, no division
    const oneEach =
      head?.t === 'entity' && head.entity === 'people' && object?.t === 'entity' && object.entity === 'companies';
    const objectNoun = head !== undefined && object?.t === 'entity' && within(object.start) && !oneEach;
    if (!eventNoun && !objectNoun) continue;
    s.claimed[i] = true;
    const text = s.tokens[i]?.raw ?? w[i] ?? '';
    s.mentions.push({
      start: i,
      end: i + 1,
      text,
      t: 'unclear',
      about: 'word',
      why: `I cannot check that a condition holds for every one of a set ("${text}")`,
      options: [],
      // the reading the request can say, offered by name: some one of them (the broader question, asked for)
      choices: [{ label: 'any one of them', replacement: 'any' }],
    });
  }
}
