/**
 * "there" typed for "their" (the commonest homophone slip): "get me there marketing people", "founder in there
 * title". Read as the possessive when a noun of the vocabulary follows it (a function, a seniority, an entity noun,
 * an attribute) and no form of "be" stands beside it ("are there marketing people at X?" asks whether any exist).
 * The possessive then points back like "their", so a name it points at is never dropped with the words around it.
 */
import { LEXICON } from '../lexiconTable';
import type { Token } from '../../text/tokenize';
import { BE_CONTRACTED_FORMS, BE_WRITTEN_FORMS } from '../../lexicon/auxiliaryWords';

/** Forms of "be" around an existential "there" ("is there", "there are"). */
export const EXISTENTIAL_BE_FORMS: ReadonlySet<string> = new Set([
  ...BE_WRITTEN_FORMS,
  ...BE_CONTRACTED_FORMS.filter((x) => x !== 'm'),
]);
/** Readings of the word after the slip that make it a noun the possessive can own. */
const OWNED_READINGS: ReadonlySet<string> = new Set(['function', 'seniority', 'entity', 'attribute', 'title']);

export function readThereAsTheir(tokens: Token[]): void {
  for (const t of tokens) {
    if (t.norm !== 'there') continue;
    const before = tokens[t.index - 1]?.norm ?? '';
    const after = tokens[t.index + 1]?.norm ?? '';
    if (EXISTENTIAL_BE_FORMS.has(before) || EXISTENTIAL_BE_FORMS.has(after)) continue;
    const owned = (LEXICON.get(after) ?? []).some((r) => OWNED_READINGS.has(r.t));
    if (owned) t.norm = 'their';
  }
}
