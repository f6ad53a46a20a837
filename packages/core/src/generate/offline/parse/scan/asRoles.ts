/**
 * A company named in the role it takes at events: "which events have Google as a speaker", "events with Siemens
 * as one of the sponsors", "shows that list Amadeus as exhibitor". The role noun after "as" is the named
 * company's relation, the same reading as "events with Google speaking"; read apart, the noun would add a second,
 * unrelated condition (events with some speaker), which is not what was asked.
 *
 * The same holds of a kind of company (a companies noun of no relation: "banks", "insurers", "hotels") and of
 * membership said with "among" ("events that have banks among their sponsors", "shows with Google amongst the
 * exhibitors"): the role noun is the relation of those companies. Read apart, "among their sponsors" was left to
 * shape nothing and the answer was events with a bank in ANY relation (a broader question).
 */
import type { Mention } from '../Mention';

/** Words that lead the role noun: the role a company is in ("as"), the set it is one of ("among"). */
const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['as', 'among', 'amongst']);

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
    // "among their sponsors": the preposition and the possessive (read as a pronoun) are part of the phrase
    while (
      mentions[at]?.t === 'number' ||
      mentions[at]?.t === 'anaphor' ||
      (mentions[at]?.t === 'prep' && ['of', ...ROLE_PREPOSITIONS].includes(mentions[at]?.text ?? ''))
    )
      at++;
    const role = mentions[at];
    const kindOfCompany = named?.t === 'entity' && named.entity === 'companies' && !named.relations?.length;
    if ((named?.t !== 'company' && !kindOfCompany) || role?.t !== 'entity' || role.entity !== 'companies') continue;
    if (!role.relations || role.relations.length === 0) continue;
    if (!named || named.end > role.start) continue;
    const between = w.slice(named.end, role.start);
    if (!ROLE_PREPOSITIONS.has(between[0] ?? '') || !between.slice(1).every((x) => ROLE_LEADS.has(x))) continue;
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
