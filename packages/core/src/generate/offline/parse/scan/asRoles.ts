/**
 * A company named in the role it takes at events: "which events have Google as a speaker", "events with Siemens
 * as one of the sponsors", "shows that list Amadeus as exhibitor". The role noun after "as" is the named
 * company's relation, the same reading as "events with Google speaking"; read apart, the noun would add a second,
 * unrelated condition (events with some speaker), which is not what was asked.
 */
import type { Mention } from '../Mention';

/** Words that may stand between "as" and the role noun. */
const ROLE_LEADS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'one',
  '1',
  'of',
  'its',
  'their',
  'main',
  'official',
]);

/**
 * Turns a companies noun with relations ("speaker", "sponsors") that follows a named company and "as" into the
 * company's relation, in place (mentions sorted by position; `w` the normalised words).
 */
export function readAsRoles(mentions: Mention[], w: readonly string[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const named = mentions[k];
    // "as one of the sponsors": the "one" read as a number and the "of" are part of the phrase
    let at = k + 1;
    while (mentions[at]?.t === 'number' || (mentions[at]?.t === 'prep' && mentions[at]?.text === 'of')) at++;
    const role = mentions[at];
    if (named?.t !== 'company' || role?.t !== 'entity' || role.entity !== 'companies') continue;
    if (!role.relations || role.relations.length === 0) continue;
    const between = w.slice(named.end, role.start);
    if (between[0] !== 'as' || !between.slice(1).every((x) => ROLE_LEADS.has(x))) continue;
    mentions.splice(k + 1, at - k, {
      start: role.start,
      end: role.end,
      text: role.text,
      t: 'relation',
      relations: role.relations,
      ambiguous: false,
    });
  }
}
