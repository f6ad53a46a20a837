import type { Draft } from '../Draft';
import { applyModifier, namesIndustry } from '../applyModifier';
import type { BuildState } from '../BuildState';
import type { MentionOf } from '../MentionHandler';
import { listNegation } from '../negatedLists';

/**
 * The node a theme said after a named event describes: an event given by its name has the themes it has, so
 * "companies at Worldchefs (not) in hospitality" says the industry of the companies asked for, not a tag of the named
 * event (which would keep or drop the one event whole, answering another question); so does a theme said as an
 * industry ("... events that are not in the X industry"). Any other node keeps the theme.
 */
function themeHost(s: BuildState, current: Draft, m: MentionOf<'topic'>): Draft {
  const named = current.entity === 'events' && current.conds.some((c) => c.kind === 'ids');
  // "companies at marketing events that are not in the Software Development industry": a theme said with a noun of
  // industries is a company's industry (events have themes, no industry), whatever events node stands before it
  const next = s.ms[s.k + 1];
  const industryNamed =
    current.entity === 'events' && next?.t === 'sector' && next.start === m.end && inRelativeClause(s, m);
  const asked = s.target;
  // people asked: the theme is their companies' industry (`applyModifier` reaches them from the people)
  return (named || industryNamed || verbObjectClause(s, m)) &&
    asked &&
    asked !== current &&
    (asked.entity === 'companies' || asked.entity === 'people')
    ? asked
    : current;
}

/** Relative pronouns opening a clause about the noun before them. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/**
 * True when a relative clause stands between the last noun of events and the theme ("marketing events that are not
 * in the X industry"): what the clause says may be of the companies asked. Right after the noun ("events in the oil
 * and gas sector") the theme is the events' own.
 */
function inRelativeClause(s: BuildState, m: MentionOf<'topic'>): boolean {
  const events = s.ms.slice(0, s.k).findLast((x) => x.t === 'entity' && x.entity === 'events');
  if (!events) return false;
  return s.scan.tokens.slice(events.end, m.start).some((t) => RELATIVE_PRONOUNS.has(t.norm));
}

/**
 * True when the theme is said in a relative clause of being ("that are (in) telecoms") after events that are the
 * object of a verb of the companies asked ("companies sponsoring events next month that are in telecoms"): the clause
 * goes on describing the companies the verb's phrase is about, so an industry it names is theirs. A relation noun
 * before the events ("exhibitors at events in Singapore that are in banking") leaves the clause to the events.
 */
function verbObjectClause(s: BuildState, m: MentionOf<'topic'>): boolean {
  const at = s.ms.slice(0, s.k).findLastIndex((x) => x.t === 'entity' && x.entity === 'events');
  if (at < 1 || s.ms[at - 1]?.t !== 'relation') return false;
  const subject = s.ms[at - 2];
  if (subject?.t !== 'entity' || subject.entity !== 'companies' || s.target?.entity !== 'companies') return false;
  const between = s.ms.slice(at + 1, s.k);
  const copulaAt = between.findIndex((x) => x.t === 'copula');
  if (copulaAt < 1 || between[copulaAt - 1]?.t !== 'relpron') return false;
  const rest = between.slice(copulaAt + 1);
  if (!rest.every((x) => x.t === 'neg' || (x.t === 'prep' && (x.p === 'in' || x.p === 'outside')))) return false;
  return namesIndustry(s, m.words);
}

/** A theme ("fintech", "oil and gas"): a premodifier of the event or company noun right after it, else a condition. */
export function readTopic(s: BuildState, m: MentionOf<'topic'>): void {
  // "companies not in hospitality", "outside fintech": the place preposition of a negation negates the theme too
  const prevM = s.ms[s.k - 1];
  if (prevM?.t === 'prep' && prevM.p === 'outside') s.neg = true;
  // "companies not in hospitality or software": the negation of a list negates each member
  s.neg = listNegation(s, m.t);
  const nextNoun = s.ms.slice(s.k + 1).find((x) => x.t !== 'sector');
  if (
    nextNoun?.t === 'entity' &&
    (nextNoun.entity === 'events' || nextNoun.entity === 'companies') &&
    nextNoun.start <= m.end + 2
  ) {
    s.pendingPre.push(m);
    if (s.neg) s.negatedPre.add(m);
    s.neg = false;
    return;
  }
  if (s.current) {
    applyModifier(s, themeHost(s, s.current, m), m, s.neg);
    s.neg = false;
  } else s.pendingPre.push(m);
}
