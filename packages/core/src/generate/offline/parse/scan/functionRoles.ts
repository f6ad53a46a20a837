/**
 * A job function word typed right before a role noun or another function word, with nothing joining them: one
 * role, never a list of two ("sales engineers", "marketing assistants", "finance officers", "executive assistants",
 * "sales ops people"). The ingestion's own derivation decides what the phrase names: the asked words are read as
 * a job title would be (`classifyJobFunctions` of `@musaeid/db`, the rule table every person's functions come from).
 *
 * - A function word and a role noun (a person noun of the titles, or a function noun used as one: "engineers",
 *   "consultants", "executives") whose phrase the derivation files under that function is the role within the
 *   function: the function AND a title naming the role ("sales engineers": sales people whose title says engineer,
 *   so "Pre-Sales Solutions Engineer" too). Never the union of the two functions that "sales engineers" read as.
 * - A phrase the derivation files elsewhere is a title of its own: "executive assistants" are no executives, "sales
 *   coordinators" are operations (the conventions' support roles): the people whose title says the phrase.
 * - Two function words ("sales ops", "product marketing", "marketing operations") the derivation files under ONE
 *   function name a team inside it: the people whose title says the phrase (short forms both ways: ops /
 *   operations), when the titles use it; "sales marketing people" (both functions) stays the list.
 *
 * A function word before a seniority noun ("sales directors", "engineering managers") is not read here: the
 * function and the level of the conventions, as the derived columns hold them.
 */
import { classifyJobFunctions } from '@musaeid/db';
import { TITLE_ABBREVIATIONS, type TitleWord } from '../../lexicon/jobWords';
import { nounLemma } from '../../text/language';
import { ENTITY_WORDS } from '../../lexicon/entityWords';
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import { claim, isFree, type ScanState } from './ScanState';
import { titlePersonWords, titlesWith, titleWordQualifierUses } from './titleWords';

type MentionOf<T extends Mention['t']> = Extract<Mention, { t: T }>;

/** The forms of a typed word in titles: itself and its short or long form ("ops": operations). */
function forms(word: string): string[] {
  const abbreviated = TITLE_ABBREVIATIONS.find((f) => f.includes(word));
  return abbreviated ? [...abbreviated] : [word];
}

/**
 * The functions the derivation gives the phrase as a title. A short function word is also tried in capitals, the
 * way titles write it ("IT officer", "HR assistant": the derivation reads those acronyms case-sensitively).
 */
function derivedFunctions(fnWord: string, role: string): Set<string> {
  const out = new Set(classifyJobFunctions(`${fnWord} ${role}`));
  if (fnWord.length <= 3) for (const f of classifyJobFunctions(`${fnWord.toUpperCase()} ${role}`)) out.add(f);
  return out;
}

function titleWord(phrase: string, patterns: readonly string[]): TitleWord {
  const exclude = patterns.flatMap(titleWordQualifierUses);
  return { phrase, label: phrase, patterns: [...patterns], ...(exclude.length ? { exclude } : {}) };
}

/** The role noun a mention stands for ("engineer" of "engineers"), or null when it is no single role. */
function roleOf(s: ScanState, m: Mention): { word: string; patterns: string[] } | null {
  if (m.t === 'title') {
    // a title word of the data ("assistant", "officer"), one word of its own
    const patterns = m.word.patterns.filter((p) => !p.includes(' '));
    return patterns.length === m.word.patterns.length && patterns.length > 0
      ? { word: m.word.phrase, patterns: [...patterns] }
      : null;
  }
  // a function noun ("engineers"), or a group noun that is also a function's ("executives"), used as a role
  if (((m.t === 'function' && m.noun) || (m.t === 'seniority' && m.orFunctions)) && m.end - m.start === 1) {
    const word = nounLemma(s.w[m.start] ?? '');
    return titlesWith(s.index, word) > 0 ? { word, patterns: [word] } : null;
  }
  return null;
}

/** The function word typed (one word, no noun of its own: "sales", "finance", "it"). */
function functionWord(m: Mention): MentionOf<'function'> | null {
  return m.t === 'function' && !m.noun && m.values.length === 1 && m.end - m.start === 1 ? m : null;
}

/**
 * "engineers in sales", "consultants in marketing": a function noun used as a role, then "in" and another function,
 * is the role within that function when the derivation files "<function> <role>" there ("sales engineer": the sales
 * people titled engineer), never the union of the two functions.
 */
function readRolesInFunctions(s: ScanState): void {
  const { mentions, w } = s;
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const [k, noun] of byStart.entries()) {
    const prep = byStart[k + 1];
    const fn = byStart[k + 2] ? functionWord(byStart[k + 2] as Mention) : null;
    if (noun.t !== 'function' || !noun.noun || prep?.t !== 'prep' || prep.p !== 'in' || !fn) continue;
    if (prep.start !== noun.end || fn.start !== prep.end || fn.values[0] === noun.values[0]) continue;
    const role = roleOf(s, noun);
    if (!role || !derivedFunctions(w[fn.start] ?? '', role.word).has(fn.values[0] ?? '')) continue;
    const { start, end, text } = noun;
    mentions.splice(mentions.indexOf(noun), 1, {
      start,
      end,
      text,
      t: 'title',
      word: titleWord(role.word, role.patterns),
    });
  }
}

export function readFunctionRoles(s: ScanState): void {
  readRolesInFunctions(s);
  const { mentions, w } = s;
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const [k, first] of byStart.entries()) {
    const fn = functionWord(first);
    const next = byStart[k + 1];
    if (!fn || !next || next.start !== fn.end || !mentions.includes(fn)) continue;
    const typedFn = w[fn.start] ?? '';
    const value = fn.values[0] ?? '';
    const second = functionWord(next);
    if (second) {
      // "sales ops": a team inside one function, when the derivation files the phrase under one function; two
      // words of the same function ("legal counsel") are that function
      const typed2 = w[second.start] ?? '';
      if (second.values[0] === value || derivedFunctions(typedFn, typed2).size !== 1) continue;
      const patterns = forms(typedFn).flatMap((a) => forms(typed2).map((b) => `${a} ${b}`));
      const used = patterns.filter((p) => titlesWith(s.index, p) > 0);
      if (used.length === 0) continue;
      const text = `${fn.text} ${second.text}`;
      mentions.splice(mentions.indexOf(fn), 1);
      mentions.splice(mentions.indexOf(second), 1, {
        start: fn.start,
        end: second.end,
        text,
        t: 'title',
        word: titleWord(`${typedFn} ${typed2}`, used),
      });
      continue;
    }
    const role = roleOf(s, next);
    if (!role) continue;
    const { start, end, text } = next;
    if (derivedFunctions(typedFn, role.word).has(value)) {
      // the role within the function: the function mention stays, the role is a title ("engineer", not engineering)
      mentions.splice(mentions.indexOf(next), 1, {
        start,
        end,
        text,
        t: 'title',
        word: titleWord(role.word, role.patterns),
      });
      continue;
    }
    // a title of its own ("executive assistant")
    const patterns = forms(typedFn).flatMap((a) => role.patterns.map((b) => `${a} ${b}`));
    mentions.splice(mentions.indexOf(fn), 1);
    mentions.splice(mentions.indexOf(next), 1, {
      start: fn.start,
      end,
      text: `${fn.text} ${text}`,
      t: 'title',
      word: titleWord(`${typedFn} ${role.word}`, patterns),
    });
  }
}

/** Distinct titles that must use the two words of a role after a function word before they are read as one. */
const PHRASE_TITLES = 1;

/** A noun of people the titles use: a person noun of the titles, or a relation noun that is also a title ("partners"). */
function roleHead(s: ScanState, typed: string): string | null {
  const lemma = nounLemma(typed);
  if (lemma === typed) return null;
  if (titlePersonWords(s.index).has(lemma)) return lemma;
  return ENTITY_WORDS.some((e) => e.phrase === typed && e.relations !== undefined) ? lemma : null;
}

/**
 * "hr business partners", "marketing business partners": a function word, then a role of two words the titles use
 * (a qualifier and a noun of people), read before the theme reader takes the function word as a theme of the
 * "business" after it. The same decision as one word: the function and the role when the derivation files the
 * phrase under the function ("HR business partner": HR people titled business partner), else the whole title.
 */
export function readFunctionRolePhrases(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 2 < w.length; i++) {
    if (!isFree(s, i, i + 3)) continue;
    const typedFn = w[i] ?? '';
    const fn = LEXICON.get(typedFn)?.find((r) => r.t === 'function' && !r.noun && r.values.length === 1);
    if (fn?.t !== 'function') continue;
    const qualifier = w[i + 1] ?? '';
    if (
      !/^[a-z]{3,}$/.test(qualifier) ||
      LEXICON.get(qualifier)?.some((r) => r.t === 'function' || r.t === 'seniority')
    )
      continue;
    const head = roleHead(s, w[i + 2] ?? '');
    if (!head) continue;
    const role = `${qualifier} ${head}`;
    if (titlesWith(s.index, role) < PHRASE_TITLES) continue;
    if (derivedFunctions(typedFn, role).has(fn.values[0] ?? '')) {
      claim(s, i, i + 1, { t: 'function', values: [...fn.values], noun: false });
      claim(s, i + 1, i + 3, { t: 'title', word: titleWord(role, [role]) });
    } else {
      const patterns = forms(typedFn)
        .map((a) => `${a} ${role}`)
        .filter((p) => titlesWith(s.index, p) > 0);
      if (patterns.length > 0) claim(s, i, i + 3, { t: 'title', word: titleWord(`${typedFn} ${role}`, patterns) });
    }
    i += 2;
  }
}
