import { applyModifier, flushPre } from '../applyModifier';
import type { BuildState } from '../BuildState';
import { ensureFrom, nearest } from '../graph';
import type { MentionOf } from '../MentionHandler';
import { openNode } from '../openNode';
import { INHERITED } from '../carriedConds';
import type { Draft } from '../Draft';
import type { Mention } from '../../Mention';
import { listNegation } from '../negatedLists';
import { verbLemma } from '../../../text/language';
import { verbClassAt } from '../../../text/verbClasses';
import { PEOPLE_ATTRIBUTES } from '../askedAttributes';

/**
 * A second seniority said of the same people after a preposition or a copula ("sales leaders at VP level or
 * above", "directors who are VP or above") restricts the first: a person has one seniority, so both must hold
 * (leaders {C-level, VP, director, head} at {C-level, VP} are the C-level and VP leaders). A list ("directors and
 * VPs", "leaders, directors") stays the union `addCond` makes. Levels that share nothing are left to that union.
 * True when the condition on `d` was narrowed.
 */
function narrowsSeniority(d: Draft, m: Mention, prevM: Mention | undefined): boolean {
  if (m.t !== 'seniority' || !prevM || !['prep', 'copula', 'who'].includes(prevM.t)) return false;
  const held = d.conds.find((c) => c.kind === 'seniority' && !c.negate);
  // a group with functions besides its levels ("executives") is no set of levels to narrow
  if (held?.kind !== 'seniority' || INHERITED.has(held) || held.orFunctions || m.orFunctions) return false;
  // a union with titles ("founders or VPs") is no set of levels to narrow either
  if (held.orTitles || m.orTitles || held.ofFunctions || m.ofFunctions) return false;
  const both = held.values.filter((v) => m.values.includes(v));
  if (both.length === 0) return false;
  held.values = both;
  return true;
}

/**
 * True when the role word at mention `k`, with the role words listed after it, stands right before a field only
 * people have ("bd emails", "ceo and cfo emails"): a premodifier of that field, so of the people it belongs to.
 */
function premodifiesPeopleField(ms: readonly Mention[], k: number): boolean {
  let j = k;
  for (;;) {
    const next = ms[j + 1];
    if (!next || next.start !== ms[j]?.end) return false;
    if (next.t === 'attribute') return PEOPLE_ATTRIBUTES.has(next.attr);
    if (!ROLE_WORDS.has(next.t) && next.t !== 'and' && next.t !== 'or') return false;
    j++;
  }
}

/** Mentions of a role's words ("sales" "manager", "office managers"). */
const ROLE_WORDS: ReadonlySet<Mention['t']> = new Set(['function', 'seniority', 'title']);

/**
 * "who works at X as an office manager", "people at X working as sales managers": a role after "as (a/an)" is the
 * one the people asked about hold, not a title of the company's other people (it was "X, employing people whose job
 * title mentions office manager", all 43 people at X listed). The people node read before it, when there is one.
 */
function roleHolder(s: BuildState, m: Mention): Draft | null {
  let k = s.k;
  while (k > 0 && ROLE_WORDS.has(s.ms[k - 1]?.t ?? 'neg') && s.ms[k - 1]?.end === s.ms[k]?.start) k--;
  const start = s.ms[k]?.start ?? m.start;
  const w = (j: number): string => s.scan.tokens[j]?.norm ?? '';
  const as = w(start - 1) === 'a' || w(start - 1) === 'an' ? start - 2 : start - 1;
  if (as < 1 || w(as) !== 'as') return null;
  const people = nearest(s, 'people');
  return people && people !== s.current ? people : null;
}

/** Words between a verb of doing a job and the role it does ("works in the sales team", "handles all of HR"). */
const JOB_VERB_GAPS: ReadonlySet<string> = new Set(['in', 'on', 'the', 'a', 'an', 'all', 'of', 'our', 'their', 'its']);

/** Verbs of doing work that WordNet files under no class of responsibility ("does bizdev", "works in sales"). */
const WORK_VERBS: ReadonlySet<string> = new Set(['do', 'work']);

/**
 * "who at Google does bizdev", "anyone at X who handles marketing", "people at X working in sales": a role after a
 * verb of doing or being responsible for a job (WordNet's manage class, "do", "work") is the function of the people
 * asked about, not a title of the company's other people (it was "Google, employing people whose job title mentions
 * business development": every person at Google). The people node read before the company, when there is one.
 */
function doerOfRole(s: BuildState, m: Mention): Draft | null {
  if (!s.current || s.current.entity === 'people') return null;
  let k = s.k;
  while (k > 0 && ROLE_WORDS.has(s.ms[k - 1]?.t ?? 'neg') && s.ms[k - 1]?.end === s.ms[k]?.start) k--;
  let j = (s.ms[k]?.start ?? m.start) - 1;
  const w = (i: number): string => s.scan.tokens[i]?.norm ?? '';
  while (j > 0 && JOB_VERB_GAPS.has(w(j))) j--;
  // the verb's words: nothing read them but the verb readers (a word of the lexicon is something else)
  const prev = s.ms[k - 1];
  if (j < 0 || (prev && prev.end > j)) return null;
  const verb = w(j);
  const doing =
    WORK_VERBS.has(verbLemma(verb)) ||
    [1, 2].some(
      (n) =>
        j - n + 1 >= (prev?.end ?? 0) &&
        // "hold" puts on an event as well ("stage"): before a role, holding it
        ['manage', 'stage'].includes(verbClassAt(s.scan.tokens.slice(j - n + 1, j + 1).map((t) => t.norm))?.cls ?? ''),
    );
  if (!doing) return null;
  const people = nearest(s, 'people');
  return people && people !== s.current ? people : null;
}

/** Negations that are the determiner of the noun phrase they stand before ("no", "without (any)"): none of its rows. */
const NOUN_PHRASE_NEGATIONS: ReadonlySet<string> = new Set(['no', 'without', 'none']);

/**
 * "companies with no marketing people", "firms without any sales or HR contacts": a negation that is the determiner
 * of a people noun phrase negates the people themselves (companies none of whose people is in marketing, an
 * anti-join), not the modifier ("companies employing someone outside marketing" answered a different question).
 * True when the negation before mention `k` (a premodifier) is such a determiner and the premodifiers run on to a
 * people noun. "non-marketing people" ("non") stays a negated modifier.
 */
function negatesPeopleNoun(s: BuildState, k: number): boolean {
  const m = s.ms[k];
  const negM = s.ms[k - 1];
  if (!m || negM?.t !== 'neg') return false;
  const words = s.scan.tokens.slice(negM.start, m.start).map((t) => t.norm);
  // "no", "with no", "without", "without any": the determiner and nothing but "any" between it and the noun phrase
  const rest = words.filter((w) => w !== 'with' && w !== 'any');
  if (rest.length !== 1 || !NOUN_PHRASE_NEGATIONS.has(rest[0] ?? '')) return false;
  let j = k;
  while (j + 1 < s.ms.length) {
    const cur = s.ms[j];
    const next = s.ms[j + 1];
    if (!cur || !next || next.start !== cur.end) return false;
    if (next.t === 'entity') return next.entity === 'people';
    if (!['function', 'seniority', 'title', 'and', 'or'].includes(next.t)) break;
    j++;
  }
  const last = s.ms[j];
  return j > k && (last?.t === 'title' || ((last?.t === 'function' || last?.t === 'seniority') && last.noun));
}

/**
 * A job function, seniority or title ("sales", "directors", "CTO"): a premodifier of the people noun that follows,
 * a condition on the people being read, or (a noun) the people node itself.
 */
export function readPeopleWord(s: BuildState, m: MentionOf<'function' | 'seniority' | 'title'>): void {
  const prevM = s.ms[s.k - 1];
  const nextM = s.ms[s.k + 1];
  if (prevM?.t === 'prep' && prevM.p === 'outside') s.neg = true;
  if (!s.neg && s.current && s.current.entity !== 'people' && premodifiesPeopleField(s.ms, s.k)) {
    s.attributeRoles.push(m);
    return;
  }
  // "people who aren't in marketing or sales": the negation of a list negates each member
  s.neg = listNegation(s, m.t);
  const nounLike = m.t === 'title' || m.noun;
  const nextIsPeopleNoun =
    nextM &&
    nextM.start === m.end &&
    ((nextM.t === 'entity' && nextM.entity === 'people') ||
      nextM.t === 'function' ||
      nextM.t === 'seniority' ||
      nextM.t === 'title' ||
      nextM.t === 'and' ||
      nextM.t === 'or');
  if (nextIsPeopleNoun) {
    s.pendingPre.push(m);
    if (s.neg && negatesPeopleNoun(s, s.k)) {
      // the link to the people noun is negated (`openNode`), its modifiers hold as said
      s.pendingLinkNeg = true;
      s.neg = false;
      s.negatedListOf = null;
      return;
    }
    if (s.neg) s.negatedPre.add(m);
    s.neg = false;
    return;
  }
  const role = roleHolder(s, m) ?? doerOfRole(s, m);
  if (role) {
    flushPre(s, role);
    applyModifier(s, role, m, s.neg);
    s.neg = false;
    return;
  }
  if (s.current?.entity === 'people') {
    if (!narrowsSeniority(s.current, m, prevM)) applyModifier(s, s.current, m, s.neg);
    s.neg = false;
    return;
  }
  const holder = m.t === 'title' && m.held ? nearest(s, 'people') : undefined;
  if (holder) {
    applyModifier(s, holder, m, s.neg);
    s.neg = false;
    return;
  }
  if (nounLike || !s.current) {
    const d = openNode(s, 'people', null, false, prevM);
    applyModifier(s, d, m, s.neg);
    s.neg = false;
    return;
  }
  applyModifier(s, ensureFrom(s, s.current, 'people'), m, s.neg);
  s.neg = false;
}
