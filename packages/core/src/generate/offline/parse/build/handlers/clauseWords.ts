/**
 * The words that join the parts of the question: refinements, copulas, relative pronouns, "who", negations,
 * "other", relation verbs ("sponsoring") and employment words ("working at"). They move the current node or
 * leave something pending for the next noun.
 */
import { flushPre } from '../applyModifier';
import { PEOPLE_ATTRIBUTES } from '../askedAttributes';
import type { BuildState } from '../BuildState';
import { nearest, newDraft } from '../graph';
import type { MentionOf } from '../MentionHandler';
import { openPendingWho } from '../openPendingWho';

/** "only", "just", "what about": the question refines the previous one. */
export function readRefine(s: BuildState): void {
  s.refine = true;
}

/** Copulas that agree with a plural subject ("sponsors at X that ARE in hospitality"). */
const PLURAL_COPULAS: ReadonlySet<string> = new Set(['are', 'were', "aren't", "weren't"]);

/** "are", "is": what follows describes the target again. */
export function readCopula(s: BuildState, m: MentionOf<'copula'>): void {
  const prevM = s.ms[s.k - 1];
  if (prevM?.t !== 'relpron' && s.target && s.current !== s.target && !(prevM?.t === 'who')) s.current = s.target;
  // "sponsors at <one event> that are in hospitality": a plural verb after "that" agrees with the plural target,
  // not with the one event named just before it (whose theme would otherwise be filtered)
  if (
    prevM?.t === 'relpron' &&
    PLURAL_COPULAS.has(m.text.toLowerCase()) &&
    s.target &&
    !s.target.singular &&
    s.current?.singular === true &&
    s.current.entity !== s.target.entity
  )
    s.current = s.target;
}

/** "who", "that", "whose": "... companies ... who are based outside X": "who" refers to people. */
export function readRelativePronoun(s: BuildState, m: MentionOf<'relpron'>): void {
  if (m.text.toLowerCase() === 'who') {
    const p = nearest(s, 'people');
    if (p) {
      s.current = p;
      s.afterWho = true;
    }
  }
  // "people at Siemens whose title mentions engineer": what "whose" owns is a person's (a title, an e-mail), so it
  // refers back to the people asked, past the company named after them (no company has a job title)
  if (m.text.toLowerCase() === 'whose' && s.current?.entity !== 'people' && s.target?.entity === 'people') {
    const owned = s.ms[s.k + 1];
    if (owned?.t === 'title' || (owned?.t === 'attribute' && PEOPLE_ATTRIBUTES.has(owned.attr))) s.current = s.target;
  }
}

/** "who" asking for the answer: its node is known from what follows. */
export function readWho(s: BuildState): void {
  s.pendingWho = true;
}

export function readNegation(s: BuildState): void {
  s.neg = true;
}

/** "other events": the events named so far are left out (`openNode`). */
export function readOther(s: BuildState): void {
  s.otherPending = true;
}

/** A relation verb ("sponsoring", "exhibiting at"): the relation of the next link. */
export function readRelation(s: BuildState, m: MentionOf<'relation'>): void {
  openPendingWho(s, 'companies', { singular: true });
  // the verb before got no object ("companies that exhibit but don't sponsor"): it is kept, and takes this verb's
  if (s.pendingRelations !== null && s.current)
    s.objectlessVerbs.push({ subject: s.current, relations: s.pendingRelations, negate: s.pendingLinkNeg });
  s.pendingRelations = m.relations;
  s.pendingEach = m.each ?? null;
  s.pendingLinkNeg = s.neg;
  s.neg = false;
  if (m.exclusive) s.exclusiveRelations.push([...m.relations]);
}

/** "working at", "employees of": asks for people when nothing is asked yet. */
export function readEmployment(s: BuildState, m: MentionOf<'employment'>): void {
  // "(Indian) employees of American companies": the noun of the phrase is the people asked about
  if (!s.current && !s.target && /^(?:employees|staff)\b/i.test(m.text)) {
    const d = newDraft(s, 'people');
    s.target = d;
    s.current = d;
    flushPre(s, d);
    return;
  }
  // "how many people at RTX work in supply chain", "staff at X working in finance": the verb's subject is the people
  // asked for, past the company that places them; what follows (a function, a title) is theirs, not a condition that
  // the company employs someone so. "companies that work in X" keeps its own subject (the relative pronoun says so).
  const before = s.ms[s.k - 1];
  if (
    s.current?.entity === 'companies' &&
    s.target?.entity === 'people' &&
    s.target !== s.current &&
    (before?.t === 'company' || before?.t === 'entity')
  ) {
    s.current = s.target;
    return;
  }
  openPendingWho(s, 'people');
}
