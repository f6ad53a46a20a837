/**
 * "the summit in feb", "sponsors of the expo in october", "the cyber summit": the definite article before a noun of a
 * kind of event (a summit, an expo, a festival, a forum ...) describes one event the speaker has in mind, known by
 * that noun in its name, not every event of the period or place said beside it (read as any event, "the summit in
 * feb" answered for every February event). The noun keeps its reading as events (moved onto the article) and adds
 * the condition that the event's name contains it (`nameHas`, on the noun's token): with the descriptors beside it the answer is the
 * events so named; none answers empty, saying why. Only a noun some event's name holds, typed in the singular (the
 * plural "summits in feb" stays any event) and in lower case (a capital is a name's: "the Global Conference on ..."),
 * right after "the" or after theme or time words read between them.
 */
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import type { ValueIndex } from '../../values/ValueIndex';
import { claim, isCapitalised, type ScanState } from './ScanState';

/** Nouns of events that name no kind ("the event", "the thing"): a definite one is an earlier or a named event. */
const GENERAL_EVENT_NOUNS: ReadonlySet<string> = new Set(['event', 'gathering', 'happening']);

/**
 * Mentions that may stand between the article and the noun as descriptors ("the feb summit"). A theme or a place
 * there ("the submarine cable conference", "the singapore expo") already says which event is meant by what it is
 * about: its name need not hold the noun (the cable event is a "World", not a "conference"; the name condition
 * answered nothing).
 */
const DESCRIPTOR_MENTIONS: ReadonlySet<string> = new Set(['cond']);

const kindCache = new WeakMap<ValueIndex, Map<string, boolean>>();

/** True when some event's name holds the noun as a word (cached per index: the names are read once per noun). */
function namesHold(noun: string, index: ValueIndex): boolean {
  let perIndex = kindCache.get(index);
  if (!perIndex) kindCache.set(index, (perIndex = new Map<string, boolean>()));
  const hit = perIndex.get(noun);
  if (hit !== undefined) return hit;
  const word = new RegExp(`(^|[^a-z])${noun}([^a-z]|$)`);
  const held = index.named.some((x) => x.kind === 'event' && word.test(x.name.toLowerCase()));
  perIndex.set(noun, held);
  return held;
}

export function readDefiniteEventKinds(s: ScanState): void {
  const { w, mentions } = s;
  for (const m of [...mentions]) {
    if (m.t !== 'entity' || m.entity !== 'events' || m.end - m.start !== 1) continue;
    const noun = w[m.start] ?? '';
    // a singular noun of a kind ("summit", "congress"), never the general ones nor a plural
    if (!EVENT_NOUNS.has(noun) || GENERAL_EVENT_NOUNS.has(noun) || (noun.endsWith('s') && !noun.endsWith('ss')))
      continue;
    // ... typed in lower case: "the Global Conference on ..." is the name of one event, read by the name readers
    if (isCapitalised(s.tokens[m.start])) continue;
    let k = m.start - 1;
    while (k >= 0 && mentions.some((x) => x.end === k + 1 && DESCRIPTOR_MENTIONS.has(x.t) && x.start <= k)) {
      const before = mentions.find((x) => x.end === k + 1 && DESCRIPTOR_MENTIONS.has(x.t));
      k = (before?.start ?? k) - 1;
    }
    if (k < 0 || w[k] !== 'the' || s.claimed[k] || !namesHold(noun, s.index)) continue;
    // the noun of events stands on the article, the name's word on the noun: the condition follows the noun it
    // qualifies, as a modifier said after it does ("the summit in feb": the events named so, then their month)
    const at = m.start;
    s.claimed[k] = true;
    m.start = k;
    m.end = k + 1;
    mentions.splice(mentions.indexOf(m), 1);
    mentions.push(m);
    claim(s, at, at + 1, { t: 'cond', cond: { kind: 'nameHas', words: [noun], label: noun, negate: false } });
  }
}
