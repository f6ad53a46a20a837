import { RETRACTION_INTERJECTIONS, RETRACTION_PHRASES } from '../lexicon/retractionWords';

/**
 * A self-correction drops what the user said before it: "avg employees... nvm, just tell me which sponsor ... has
 * the most staff" asks only the part after "nvm". Reading both parts would answer a question the user withdrew (or
 * ask back about "nvm"). A marker counts only between two clauses: after the start or a clause break (punctuation,
 * an ellipsis) or, for the unambiguous phrases, any word; and with words of a question after it. The last marker
 * wins ("x, nvm, y, scratch that, z" asks z). Words the user typed after the marker to steer ("just", "actually",
 * "instead") stay: the parser reads them as hedges.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s,]+');

/** An unambiguous phrase between two clauses: a break or a word before it, a break or a space after it. */
const PHRASE = new RegExp(
  `(?:^|[\\s.,;:!?…–—-])(?:${RETRACTION_PHRASES.map(escape).join('|')})(?=[\\s.,;:!?…–—-])[\\s.,;:!?…–—-]*`,
  'gi',
);

/** An interjection set off as a clause: at the start or after a break, and a comma, dash or colon after it. */
const INTERJECTION = new RegExp(
  `(?:^|[\\s.,;:!?…–—-])(?:${RETRACTION_INTERJECTIONS.map(escape).join('|')})\\s*[,:–—-][\\s.,;:!?…–—-]*`,
  'gi',
);

/** The question with everything before its last self-correction dropped (unchanged when it has none). */
export function withoutRetracted(question: string): string {
  let cut = -1;
  for (const re of [PHRASE, INTERJECTION])
    for (const m of question.matchAll(re)) {
      const end = m.index + m[0].length;
      // a marker with no words after it withdraws nothing we could answer instead: the question stays whole
      if (/[a-z0-9]/i.test(question.slice(end)) && end > cut) cut = end;
    }
  return cut < 0 ? question : question.slice(cut);
}
