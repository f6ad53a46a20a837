/**
 * "Which X sponsors have nobody in our people database?", "sponsors with no one on file", "companies that don't have
 * anyone listed": a negative (or negated indefinite) pronoun of persons as the object of having is "no people", the
 * companies without a person in the data (a negated existence), as "have no contacts" reads. Elsewhere ("nobody from
 * X attends", "anyone at X?") the pronouns keep their readings.
 */

/** Verbs and prepositions of having before the pronoun ("have nobody", "with no one", "has got nobody"). */
const HAVING = String.raw`(?:have|has|had|having|with|got)(?:\s+got)?`;
const NEGATIVE = new RegExp(String.raw`\b(${HAVING})\s+(?:nobody|no[\s-]?one)\b`, 'gi');
/** "don't have anyone", "without anybody": the indefinite under a negation. */
const NEGATED = new RegExp(
  String.raw`\b((?:do\s*n[o']?t|does\s*n[o']?t|did\s*n[o']?t|do\s+not|does\s+not|did\s+not)\s+(?:have|got)|without)\s+(?:anyone|anybody|any\s*one)\b`,
  'gi',
);

export function negativePronounsAsPeople(text: string): string {
  return text.replace(NEGATIVE, '$1 no people').replace(NEGATED, '$1 people');
}
