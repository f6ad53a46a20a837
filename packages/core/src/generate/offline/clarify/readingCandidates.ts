/**
 * The readings a part of a question was found to have (an `unclear` mention's options: names several values fit
 * equally, or phrased readings such as the industry of a company asked about by similarity), as the options of a
 * clarification: each value by its kind and name, replaced into the question when chosen.
 */
import type { MentionBody } from '../parse/Mention';
import type { Scan } from '../parse/scanMentions';
import { normKey } from '../text/tokenize';
import type { ValueIndex } from '../values/ValueIndex';
import type { Candidate } from './findCandidates';

/** One reading as an option, or null for a reading no words of the data say (a theme, a shape word). */
function candidateOf(m: MentionBody, index: ValueIndex): Candidate | null {
  switch (m.t) {
    case 'event': {
      // an event by its start as well: editions share a name
      const [name] = m.hit.names;
      const [id] = m.hit.ids;
      const start = m.hit.ids.length === 1 && id !== undefined ? index.eventFacts.get(id)?.start : undefined;
      return name ? { label: `the event ${name}${start ? ` (starting ${start})` : ''}`, replacement: name } : null;
    }
    case 'company':
    case 'person': {
      const [name] = m.hit.names;
      return name ? { label: `the ${m.t} ${name}`, replacement: name } : null;
    }
    case 'country': {
      const [name] = m.names;
      return name ? { label: `the country ${name}`, replacement: name } : null;
    }
    case 'city':
      return { label: `the city ${m.name}`, replacement: m.name };
    case 'state':
      return { label: `the state ${m.label}`, replacement: `state of ${m.label}` };
    case 'venue':
      return { label: `the venue ${m.hit.label}`, replacement: m.hit.label };
    default:
      return null;
  }
}

/**
 * The options for the part a clarification asks about, from the readings the scan found for exactly those words,
 * and why it found several (none when it found no reading: the caller looks for close values instead).
 * @example readingCandidates('harley davidson', scan.unclear, index).candidates // [the company Barnett Harley-Davidson, the company Harley-Davidson Motor Company]
 */
export function readingCandidates(
  part: string,
  unclear: Scan['unclear'],
  index: ValueIndex,
): { why: string; candidates: Candidate[]; asIs: boolean } {
  const key = normKey(part);
  // a question of its own asked about one word of the part ("worth" of "worth meeting") is the question asked
  const reading =
    unclear.find((u) => normKey(u.text) === key) ??
    unclear.find((u) => u.asIs === true && key.split(' ').includes(normKey(u.text)));
  if (!reading) return { why: '', candidates: [], asIs: false };
  const out: Candidate[] = [...reading.choices];
  for (const o of reading.options) {
    const c = candidateOf(o, index);
    if (c && !out.some((x) => x.label === c.label)) out.push(c);
  }
  return { why: reading.why, candidates: out, asIs: reading.asIs === true };
}
