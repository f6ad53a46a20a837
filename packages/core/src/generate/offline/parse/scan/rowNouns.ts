/**
 * "the event listings", "records of events", "company records": a noun of rows beside an entity noun says the
 * stored rows are meant, each one counted (an event listed under two addresses is two listings but one event). The
 * entity mention takes the noun's words and is marked `rows`; `build/chooseShape.ts` reads it for an aggregate. A
 * noun of rows after a company noun and an event noun ("company-event records") is the rows linking the two: the
 * participations.
 */
import { ROW_NOUNS } from '../../lexicon/entityWords';
import type { EntityKind } from '../../ir/Request';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';
import { spanText } from './ScanState';

/** Words joining a noun of rows to the entity after it ("listings of events", "records for companies"). */
const ROW_JOINERS: ReadonlySet<string> = new Set(['of', 'for']);

/** Two entity nouns whose rows the participations link: a company and an event, in either order. */
function linksTheTwo(a: EntityKind, b: EntityKind): boolean {
  return (a === 'companies' && b === 'events') || (a === 'events' && b === 'companies');
}

export function readRowNouns(s: ScanState): void {
  const { w, claimed } = s;
  for (let i = 0; i < w.length; i++) {
    if (claimed[i] || !ROW_NOUNS.has(w[i] ?? '')) continue;
    // "event listings": the entity noun right before
    const before = s.mentions.find((m) => m.t === 'entity' && m.end === i);
    // "listings of events": the entity noun after "of" / "for" (a "the" between them allowed)
    const gap = w[i + 2] === 'the' ? 1 : 0;
    const after = ROW_JOINERS.has(w[i + 1] ?? '')
      ? s.mentions.find((m) => m.t === 'entity' && m.start === i + 2 + gap)
      : undefined;
    let noun = before ?? after;
    if (noun?.t !== 'entity') continue;
    // "company-event records", "event company rows": the rows of the link between the two (the participations)
    const pairedWith = before ? s.mentions.find((m) => m.t === 'entity' && m.end === before.start) : undefined;
    if (pairedWith?.t === 'entity' && linksTheTwo(pairedWith.entity, noun.entity)) {
      s.mentions.splice(s.mentions.indexOf(pairedWith), 1);
      noun = { ...noun, start: pairedWith.start, entity: 'participations', relations: null };
      s.mentions[s.mentions.indexOf(before as Mention)] = noun;
    }
    const start = Math.min(noun.start, i);
    const end = Math.max(noun.end, i + 1);
    // the joiner's own reading ("of" as a preposition) is part of the phrase
    for (const m of s.mentions.filter((x) => x !== noun && x.start >= start && x.end <= end))
      s.mentions.splice(s.mentions.indexOf(m), 1);
    const at = s.mentions.indexOf(noun);
    s.mentions[at] = {
      ...noun,
      start,
      end,
      text: spanText(s.tokens, start, end),
      rows: true,
    };
    for (let k = start; k < end; k++) claimed[k] = true;
  }
}
