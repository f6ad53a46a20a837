/**
 * "who is speaking there?", "the sales people at that event" with nothing said before that names an event or a
 * place: the reference is asked about as such (which event or place is meant), never respelt as another word ("there"
 * is no slip of "theme" or "where") and never dropped (`parse/scan/placeAnaphors.ts` reads the reference,
 * `build/handlers/anaphor.ts` leaves it unread when the conversation has no place for it).
 */
import type { Mention } from '../parse/Mention';
import type { Scan } from '../parse/scanMentions';

/**
 * The place references a request left unread, as parts to ask about with why.
 * @example unplacedReferences(scan.mentions, ['there']) // [{ text: 'there', why: 'Nothing said so far ... which one do you mean', ... }]
 */
export function unplacedReferences(mentions: readonly Mention[], ignored: readonly string[]): Scan['unclear'] {
  return mentions.flatMap((m) =>
    m.t === 'anaphor' && (m.place === true || m.time === true) && ignored.includes(m.text)
      ? [
          {
            text: m.text,
            // "that month" with no period said before (`parse/scan/timeAnaphors.ts`): which period is asked
            why: `Nothing said so far in this conversation names ${m.time ? 'a period' : 'an event, a company or a place'} for "${m.text}" to point at; which one do you mean`,
            options: [],
            choices: [],
            asIs: true as const,
          },
        ]
      : [],
  );
}
