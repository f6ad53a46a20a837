/**
 * A relation noun that is also a job title, said of a named company: "the partners at Enterprise Singapore",
 * "associates from CBRE". A company is a partner or an associate OF AN EVENT; at a company, with no event in the
 * question, the noun can only name the people whose job title it is ("Partner", "Development Partner",
 * "Associate Director"): a title condition, never companies related to a company. Said before the noun too
 * ("Enterprise Singapore partners"), and wherever the grammar makes the noun employees, even with an event named:
 * the subject of a verb of employment ("partners working at X", "associates employed by companies sponsoring Y"),
 * what a company has ("how many associates does CBRE have"). The word must be one the data's
 * titles use (`MIN_TITLES`), so a relation noun no title uses ("sponsors at PayPal") keeps its reading and is
 * asked about later.
 */
import { RELATIVE_PRONOUNS } from '../../lexicon/discourseWords';
import { nounLemma } from '../../text/language';
import { LEXICON } from '../lexiconTable';
import { titleWordForms } from './titleContains';
import { titlesWith } from './titleWords';
import { subjectOnEvents } from './relativeSubjects';
import { claim, type ScanState } from './ScanState';

/** Titles that must use the noun before it is read as a title. */
const MIN_TITLES = 1;
/** Prepositions that tie people to their employer. */
const EMPLOYER_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'from', 'of', 'in', 'with']);

function relationNoun(word: string): boolean {
  return LEXICON.get(word)?.some((r) => r.t === 'entity' && r.relations !== null && r.relations.length > 0) ?? false;
}

/** Verbs of having people ("how many associates does CBRE have"). */
const HAVING: ReadonlySet<string> = new Set(['have', 'has', 'employ', 'employs']);

/**
 * The grammar says the noun names employees: the subject of a verb of employment ("partners working at CBRE",
 * "partners who work at X", "partners employed by companies sponsoring events"), or the object of a company's
 * having ("how many associates does CBRE have"). Companies are partners of events, never employed by anyone.
 */
function employees(s: ScanState, i: number): boolean {
  const { w, mentions } = s;
  const verbAt = RELATIVE_PRONOUNS.has(w[i + 1] ?? '') ? i + 2 : i + 1;
  if (mentions.some((m) => m.t === 'employment' && m.start === verbAt)) return true;
  if (w[i + 1] !== 'does' && w[i + 1] !== 'do') return false;
  const owner = mentions.find((m) => m.t === 'company' && m.start === i + 2);
  return owner !== undefined && HAVING.has(w[owner.end] ?? '');
}

export function readRelationTitles(s: ScanState): void {
  const { w, claimed, mentions, index } = s;
  // an event in the question gives the relation noun its own reading ("partners of X at the summit"), unless the
  // grammar makes the noun employees
  const eventNamed = mentions.some((m) => m.t === 'event');
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (!relationNoun(word)) continue;
    // "the partners at X" (the company right after the preposition, "the" allowed between) or "X partners"
    const at = w[i + 2] === 'the' ? i + 3 : i + 2;
    const companyAfter =
      EMPLOYER_PREPOSITIONS.has(w[i + 1] ?? '') && mentions.some((m) => m.t === 'company' && m.start === at);
    const subject = mentions.find((m) => m.t === 'company' && m.end === i);
    const companyBefore = subject !== undefined && !subjectOnEvents(s, subject.start);
    if (!employees(s, i) && (eventNamed || (!companyAfter && !companyBefore))) continue;
    // the noun may already be read as the relation noun it also is (by an earlier recogniser): that reading goes
    const read = mentions.findIndex((m) => m.start === i && m.end === i + 1);
    if (claimed[i] && (read < 0 || mentions[read]?.t !== 'entity')) continue;
    const lemma = nounLemma(word);
    const forms = titleWordForms(lemma).filter((f) => titlesWith(index, f) > 0);
    if (forms.reduce((n, f) => n + titlesWith(index, f), 0) < MIN_TITLES) continue;
    if (read >= 0) {
      mentions.splice(read, 1);
      claimed[i] = false;
    }
    claim(s, i, i + 1, { t: 'title', word: { phrase: lemma, label: lemma, patterns: forms } });
  }
}
