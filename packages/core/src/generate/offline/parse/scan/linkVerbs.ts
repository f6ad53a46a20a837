/**
 * Verbs of being joined or tied to something, said of what takes part in an event ("companies attached to it",
 * "companies tied to the events", "people connected to X", "firms joined to the summit"): the verb (class `link` of
 * `text/verbClasses.ts`, read by WordNet: a participle of "connect, link, tie" or a verb under it, "attach", "bind")
 * with "to" / "with" before an event (an event's name, a noun of events, or a pronoun standing for one) is taking part
 * in it in some role: the relation "any", as "linked to" and "associated with" in the lexicon. Before anything else
 * ("related to technology": a theme) the words are left to the other readers.
 */
import { BE_FORMS } from '../../lexicon/auxiliaryWords';
import { RELATIVE_PRONOUNS } from '../../lexicon/discourseWords';
import type { Mention } from '../Mention';
import { LEXICON } from '../lexiconTable';
import { verbLemma } from '../../text/language';
import { verbClassAt } from '../../text/verbClasses';
import { claim, type ScanState } from './ScanState';

const LINK_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with']);
/** Words between the preposition and the event ("tied to the events", "attached to any of the events"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'any', 'some', 'all', 'these', 'those', 'of']);

/**
 * Pronouns that may stand for the events of the question ("the event with the most companies attached to it", "how
 * many companies are attached to each").
 */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'those', 'these', 'each']);

/** True when the mention stands for events: an event's name, a noun of events, or a pronoun. */
function eventObject(m: Mention | undefined): boolean {
  return (
    m !== undefined &&
    (m.t === 'event' || (m.t === 'entity' && m.entity === 'events') || (m.t === 'anaphor' && m.entity !== 'people'))
  );
}

/**
 * How the participle at token `i` is said with no object ("to X") right after a noun of companies or people, in a
 * question about events ("which event has the most companies attached?"): of the noun (`noun`, taking part in the
 * events asked about), or of a count of linked rows that says it already (`count`: "with 50+ companies linked").
 */
function bareAfterParticipants(s: ScanState, i: number): 'noun' | 'count' | null {
  if (LINK_PREPOSITIONS.has(s.w[i + 1] ?? '') && !s.breaks.has(i + 1)) return null;
  // "companies are tagged as both sponsor and partner": the role after "as" says how they take part, which the bare
  // participle ("any relation") would override
  if (s.w[i + 1] === 'as') return null;
  if (!s.mentions.some((m) => eventObject(m))) return null;
  // ... also with a form of "be" between, and a relative pronoun before it ("how many companies are attached", "the
  // most companies that are attached")
  let end = i;
  if (copulaAt(s.w, end - 1)) end--;
  if (end < i && RELATIVE_PRONOUNS.has(s.w[end - 1] ?? '')) end--;
  const before = s.mentions.find((m) => m.end === end && m.t !== 'copula' && m.t !== 'relpron');
  if (before?.t === 'entity' && (before.entity === 'companies' || before.entity === 'people')) return 'noun';
  // "with over 50 companies linked", "more than 50 sponsors attached": the count of linked companies says it already
  const counted = before?.t === 'cond' && before.cond.kind === 'linkCount';
  return counted ? 'count' : null;
}

/** A form of "be" at token k, typed in full or as the letter ("companies r attached"). */
export function copulaAt(w: readonly string[], k: number): boolean {
  const x = w[k] ?? '';
  return BE_FORMS.has(x) || x === 'r' || x === 'being' || x === 'been';
}

export function readLinkVerbs(s: ScanState): void {
  const { w } = s;
  /** The preposition read as one by the lexicon: taken into the verb's mention. */
  const prepAt = (k: number): Mention | undefined =>
    s.mentions.find((m) => m.t === 'prep' && m.start === k && m.end === k + 1);
  for (let i = 1; i < w.length; i++) {
    const word = w[i] ?? '';
    // a participle ("tied", "attached"): the verb said of its subject's state, not an action it performs
    if (s.claimed[i] || verbLemma(word) === word || verbClassAt([word])?.cls !== 'link') continue;
    const bare = bareAfterParticipants(s, i);
    if (bare === 'noun') {
      // "companies are attached" / "companies r attached" (no relative pronoun): the copula is the participle's own,
      // taken into the relation, as after "that" ("companies that are attached")
      const copula = s.mentions.find((m) => m.t === 'copula' && m.start === i - 1 && m.end === i);
      const relative = s.mentions.some((m) => m.t === 'relpron' && m.end === i - 1);
      if (copula && !relative) {
        s.mentions.splice(s.mentions.indexOf(copula), 1);
        s.claimed[i - 1] = false;
        claim(s, i - 1, i + 1, { t: 'relation', relations: [], ambiguous: false });
      } else claim(s, i, i + 1, { t: 'relation', relations: [], ambiguous: false });
    }
    if (bare === 'count') s.claimed[i] = true;
    if (bare) continue;
    if (!LINK_PREPOSITIONS.has(w[i + 1] ?? '') || (s.claimed[i + 1] && !prepAt(i + 1))) continue;
    let k = i + 2;
    while (k < w.length && !s.claimed[k] && DETERMINERS.has(w[k] ?? '')) k++;
    // a pronoun standing for events said before it, or for the event a grouping names ("for each event ... tied to it")
    const antecedent = (m: Mention): boolean => eventObject(m) || (m.t === 'dimension' && m.dim === 'event');
    const pronoun = !s.claimed[k] && PRONOUNS.has(w[k] ?? '') && s.mentions.some((m) => antecedent(m) && m.end <= i);
    if (!pronoun && !eventObject(s.mentions.find((m) => m.start === k))) continue;
    const prep = prepAt(i + 1);
    if (prep) {
      s.mentions.splice(s.mentions.indexOf(prep), 1);
      s.claimed[i + 1] = false;
    }
    claim(s, i, i + 2, { t: 'relation', relations: [], ambiguous: false });
  }
}

/** Words before "part of" that make it a share of a thing ("what part of X", "as part of the name"), no taking part. */
const NOT_PARTAKING: ReadonlySet<string> = new Set([
  'what',
  'which',
  'as',
  'the',
  'this',
  'that',
  'whose',
  'in',
  'no',
  'any',
  'some',
  'every',
  'each',
  'first',
  'last',
  'main',
  'best',
  'other',
]);

/**
 * "what events is AWS part of?", "companies that are part of X": being part of an event is taking part in it (the
 * relation "any"), when "part of" has the event (a name, a noun of events, a pronoun) after it or ends the clause
 * (its object moved to the question word); a share of something ("what part of Singapore", "as part of the name")
 * is left to the other readers.
 */
export function readPartOf(s: ScanState): void {
  const { w } = s;
  const prepAt = (k: number): Mention | undefined =>
    s.mentions.find((m) => m.t === 'prep' && m.start === k && m.end === k + 1);
  for (let i = 1; i + 1 < w.length; i++) {
    if (w[i] !== 'part' || w[i + 1] !== 'of' || s.claimed[i] || NOT_PARTAKING.has(w[i - 1] ?? '')) continue;
    // "part of ahice": the name reader took "of" into the name
    if (s.mentions.some((m) => m.start === i + 1 && m.t === 'event')) {
      claim(s, i, i + 1, { t: 'relation', relations: [], ambiguous: false });
      continue;
    }
    if (s.claimed[i + 1] && !prepAt(i + 1)) continue;
    let k = i + 2;
    while (k < w.length && !s.claimed[k] && DETERMINERS.has(w[k] ?? '')) k++;
    const ends = i + 2 === w.length || s.breaks.has(i + 2);
    const pronoun = !s.claimed[k] && PRONOUNS.has(w[k] ?? '');
    if (!ends && !pronoun && !eventObject(s.mentions.find((m) => m.start === k))) continue;
    const prep = prepAt(i + 1);
    if (prep) {
      s.mentions.splice(s.mentions.indexOf(prep), 1);
      s.claimed[i + 1] = false;
    }
    claim(s, i, i + 2, { t: 'relation', relations: [], ambiguous: false });
  }
}

/** Words standing right before a verb of paying that make it a clause's verb ("firms that bankroll", "who is"). */
const FUNDING_SUBJECTS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whoever']);

/**
 * Verbs of paying for something (class `fund` of `text/verbClasses.ts`, read by WordNet: "finance" and what sits
 * under it, "fund", "bankroll"; "underwrite, subvention"; "sponsor, patronize"; "back" as a financial backer) said of
 * companies or "who" before an event ("which firms are underwriting X", "companies bankrolling the summit", "who
 * funded it"): the sponsor relation, as "sponsoring". Only as a clause's verb (after a noun of companies or people,
 * a relative pronoun or a form of "be") with an event as its object; a word of the vocabulary ("finance" is a job
 * function: "finance events") and anything else is left to the other readers.
 */
export function readFundingVerbs(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    const word = w[i] ?? '';
    if (s.claimed[i] || LEXICON.has(word) || verbClassAt([word])?.cls !== 'fund') continue;
    const before = s.mentions.find((m) => m.end === i);
    const clauseVerb =
      FUNDING_SUBJECTS.has(w[i - 1] ?? '') ||
      copulaAt(w, i - 1) ||
      (before?.t === 'entity' && (before.entity === 'companies' || before.entity === 'people'));
    if (!clauseVerb) continue;
    let k = i + 1;
    while (k < w.length && !s.claimed[k] && DETERMINERS.has(w[k] ?? '')) k++;
    const antecedent = (m: Mention): boolean => eventObject(m) || (m.t === 'dimension' && m.dim === 'event');
    const pronoun = !s.claimed[k] && PRONOUNS.has(w[k] ?? '') && s.mentions.some((m) => antecedent(m) && m.end <= i);
    const object = s.mentions.find((m) => m.start === k);
    if (!pronoun && !eventObject(object)) continue;
    // "backing X as sponsors / as partners": the relation noun after "as" says the role the verb is said in
    // (past the conditions already read on the event: "backing events in 2025 as partners")
    let after = pronoun ? k + 1 : (object?.end ?? k + 1);
    while (after < w.length && w[after] !== 'as' && s.claimed[after] && !s.breaks.has(after)) after++;
    const role = w[after] === 'as' ? s.mentions.find((m) => m.start === after + 1) : undefined;
    const roles =
      role?.t === 'relation'
        ? role.relations
        : role?.t === 'entity' && role.entity === 'companies'
          ? role.relations
          : null;
    if (role && roles && roles.length > 0) {
      s.mentions.splice(s.mentions.indexOf(role), 1);
      for (let q = after; q < role.end; q++) s.claimed[q] = true;
      claim(s, i, i + 1, { t: 'relation', relations: [...roles], ambiguous: false });
      continue;
    }
    claim(s, i, i + 1, { t: 'relation', relations: ['sponsor'], ambiguous: false });
  }
}
