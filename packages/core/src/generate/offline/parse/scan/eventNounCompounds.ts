/**
 * "event sponsors", "conference speakers", "how many VP-level people work for event sponsors": a singular noun of
 * events standing right before a relation noun modifies it, as a noun before a noun does: the head is the relation
 * noun, the companies holding that relation at some event. Read as two nouns, the event noun became the set asked
 * for (events with sponsors among companies), or the place people work at (blind29 c032).
 *
 * With a word of its own before it ("2025 event sponsors", "tech event speakers", "singapore event exhibitors") the
 * event noun heads a phrase of events (the words before it narrow the events), and that phrase still modifies the
 * relation noun: the mention is kept and marked a modifier, so the builder links the two and asks the companies.
 */
import { singular } from '../../text/tokenize';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Mentions that may end right before the event noun without modifying it (verbs, prepositions, counts). */
const NO_MODIFIER: ReadonlySet<Mention['t']> = new Set([
  'prep',
  'employment',
  'copula',
  'relation',
  'relpron',
  'count',
  'who',
  'and',
  'or',
  'both',
  'most',
  'top',
  'group',
]);

/** Words that narrow the events of a noun phrase of events ("2025 event", "tech event", "singapore event"). */
const PHRASE_MODIFIERS: ReadonlySet<Mention['t']> = new Set<Mention['t']>([
  'cond',
  'topic',
  'country',
  'city',
  'state',
  'venue',
]);

const isRelationNoun = (m: Mention | undefined): m is Mention & { t: 'entity' } =>
  m?.t === 'entity' && m.entity === 'companies' && m.relations !== null && m.relations.length > 0;

const isCompanyNoun = (m: Mention | undefined): m is Mention & { t: 'entity' } =>
  m?.t === 'entity' && m.entity === 'companies' && m.relations === null;

export function readEventNounCompounds(s: ScanState): void {
  const { mentions } = s;
  for (const event of [...mentions]) {
    if (event.t !== 'entity' || event.entity !== 'events' || event.relations !== null) continue;
    if (event.end - event.start !== 1 || singular(event.text.toLowerCase()) !== event.text.toLowerCase()) continue;
    const head = mentions.find((m) => m.start === event.end);
    const before = mentions.find((m) => m.end === event.start);
    // a plain noun of companies after a phrase of events ("fintech conference companies", "2025 expo cos") is its
    // head too: the companies taking part in those events, never the events with companies among them
    if (
      !isRelationNoun(head) &&
      !(isCompanyNoun(head) && before !== undefined && PHRASE_MODIFIERS.has(before.t) && !s.breaks.has(event.end))
    )
      continue;
    if (before && !NO_MODIFIER.has(before.t) && !(before.t === 'entity' && before.entity !== 'events')) {
      if (PHRASE_MODIFIERS.has(before.t)) event.modifier = true;
      continue;
    }
    mentions.splice(mentions.indexOf(event), 1);
    head.start = event.start;
    head.text = `${event.text} ${head.text}`;
  }
}
