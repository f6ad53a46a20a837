/**
 * "event-linked companies", "AHICE-affiliated firms", "conference-related companies", "summit-tied cos": a participle of
 * being tied to something (verb class `link`, read through WordNet as `linkVerbs` does: linked, related, tied,
 * connected, associated, affiliated) between an event and a noun of companies says the companies take part in it
 * (any relation), as "companies linked to X" does. After an event's name the name already modifies the noun ("AHICE
 * companies": companies at AHICE), so the participle is read as part of that phrase; after a bare noun of events the
 * three words are one noun, companies taking part in some event. Before anything else ("tech-related companies": a
 * sector) the words are left to the other readers.
 */
import { verbLemma } from '../../text/language';
import { verbClassAt } from '../../text/verbClasses';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/**
 * What the participle may already be read as alone ("related": a sector word, "connected": a theme or an industry
 * word): between an event and a noun of companies it is the participle.
 */
const REREAD: ReadonlySet<Mention['t']> = new Set(['sector', 'relation', 'topic', 'cond', 'company', 'unclear']);

const isEventName = (m: Mention | undefined): boolean => m?.t === 'event';
const isBareEventNoun = (m: Mention | undefined): m is Mention & { t: 'entity' } =>
  m?.t === 'entity' && m.entity === 'events' && m.relations === null && m.end - m.start === 1;
const isCompanies = (m: Mention | undefined): m is Mention & { t: 'entity' } =>
  m?.t === 'entity' && m.entity === 'companies';

export function readLinkedModifiers(s: ScanState): void {
  const { w, mentions } = s;
  for (let i = 1; i + 1 < w.length; i++) {
    const word = w[i] ?? '';
    // a participle ("linked", "affiliated"), the state of being tied, not the verb's own form
    if (verbLemma(word) === word || verbClassAt([word])?.cls !== 'link') continue;
    const at = mentions.find((m) => m.start <= i && i < m.end);
    if (at && !(REREAD.has(at.t) && at.start === i && at.end === i + 1)) continue;
    // ... or kept as a theme nothing knows ("seamless asia-linked sponsors": "linked" before a relation noun)
    const unknown = s.unknownTopics.indexOf(word);
    if (!at && s.claimed[i] && unknown < 0) continue;
    const event = mentions.find((m) => m.end === i);
    const head = mentions.find((m) => m.start === i + 1);
    if (!isCompanies(head) || (!isEventName(event) && !isBareEventNoun(event))) continue;
    if (at) mentions.splice(mentions.indexOf(at), 1);
    if (!at && unknown >= 0) s.unknownTopics.splice(unknown, 1);
    s.claimed[i] = true;
    if (event && isEventName(event)) {
      // the name modifies the noun right after it, as "AHICE companies" does
      event.end = i + 1;
      event.text = `${event.text} ${s.tokens[i]?.raw ?? word}`;
    } else if (isBareEventNoun(event)) {
      // one noun: the companies taking part in some event (a relation noun keeps its relation: "event-linked sponsors")
      mentions.splice(mentions.indexOf(event), 1);
      head.text = `${event.text} ${s.tokens[i]?.raw ?? word} ${head.text}`;
      head.start = event.start;
      head.relations = head.relations ?? [];
    }
  }
}
