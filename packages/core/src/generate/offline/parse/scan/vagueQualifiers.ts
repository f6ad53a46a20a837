/**
 * Vague qualifiers against explicit figures on the same measure, by one rule over the conditions of a question:
 * the explicit figure is the constraint, the vague word only announces it ("smaller sponsors, say under 200 staff",
 * "big companies, over 10k employees", "recent events from the last 2 months", "upcoming events in the next 3
 * months"). The vague word never adds a second band on that measure: a condition read from vague words alone is
 * removed (its words stay read), and a qualifier nothing read is read as announcing the figure.
 *
 * A qualifier with no explicit figure on its measure stays unread, so the parser asks about it instead of
 * answering a broader question ("big events": events have no size; "important sponsors": no column grades that).
 * Size covers the stated head count and the revenue (both say how big a company is). A date qualifier gives way
 * only to a window inside it ("upcoming" and "next 3 months"); "upcoming events in 2024" keeps both (the rest of
 * 2024).
 */
import type { Cond } from '../../ir/Request';
import { type QualifiedMeasure, QUALIFIER_WORDS } from '../../lexicon/qualifierWords';
import { UPCOMING_WORDS } from '../../lexicon/timeWords';
import type { Mention } from '../Mention';
import { wordNet } from '../../text/language';
import type { ScanState } from './ScanState';

/** Words a vague condition is made of besides the qualifiers ("mid sized", "coming up"). */
const VAGUE_PARTS: ReadonlySet<string> = new Set([
  'sized',
  'size',
  ...UPCOMING_WORDS.filter((p) => !p.includes(' ')),
  'coming',
  'up',
]);

/** The measure a condition constrains, or null. */
function measureOf(c: Cond): QualifiedMeasure | null {
  if (c.kind === 'compare')
    return c.column === 'founded_year' ? 'age' : c.column === 'duration_days' ? 'duration' : 'size';
  if (c.kind === 'startBetween' || c.kind === 'endBetween') return 'date';
  return null;
}

/** A condition read from vague words alone ("smaller", "upcoming"), never from a figure. */
function isVague(m: Mention): boolean {
  const words = m.text.toLowerCase().split(/[\s-]+/);
  return words.every((x) => QUALIFIER_WORDS.has(x) || VAGUE_PARTS.has(x));
}

/** The explicit condition makes the vague one add nothing but a second band: the figure wins. */
function givesWay(vague: Cond, explicit: Cond, asOf: string): boolean {
  if (vague.kind === 'startBetween' && explicit.kind === 'startBetween') {
    // "upcoming" (from today) against a window: only one inside it
    const from = explicit.from ?? '';
    const inside =
      (vague.from === null || from >= vague.from) && (vague.to === null || (explicit.to ?? '') <= vague.to);
    return inside && from >= asOf.slice(0, 10);
  }
  return measureOf(vague) === measureOf(explicit);
}

/** @param discourse the positions of words about the conversation (a qualifier there is the speaker's, not asked). */
export function readVagueQualifiers(s: ScanState, discourse: readonly boolean[]): void {
  const { mentions, claimed, w, asOf } = s;
  const conds = mentions.filter((m): m is Mention & { t: 'cond' } => m.t === 'cond' && measureOf(m.cond) !== null);
  const explicit = conds.filter((m) => !isVague(m));
  for (const m of conds.filter(isVague))
    if (explicit.some((e) => givesWay(m.cond, e.cond, asOf))) {
      mentions.splice(mentions.indexOf(m), 1);
      dropNegationOf(s, m.start);
      releaseFrontedGloss(s, m.start, m.end);
    }
  const explicitMeasures = new Set(explicit.map((m) => measureOf(m.cond)));
  // "say, under 200 staff": "say" right before a figure gives it as the example meant
  for (const e of explicit) if (w[e.start - 1] === 'say' && !claimed[e.start - 1]) claimed[e.start - 1] = true;
  for (let k = 0; k < w.length; k++) {
    if (claimed[k] || discourse[k]) continue;
    const measure = gradedMeasure(w, k) ?? QUALIFIER_WORDS.get(w[k] ?? '');
    if (measure && measure !== 'none' && explicitMeasures.has(measure)) {
      claimed[k] = true;
      dropNegationOf(s, k);
      releaseFrontedGloss(s, k, k + 1);
    }
  }
}

/**
 * "long-established companies, founded before 1900": a qualifier that English also uses as an adverb (WordNet has an
 * adverb "long": for an extended time) right before a participle that is a qualifier of its own ("established") grades
 * that participle, not the noun: the pair qualifies the participle's measure (age), which the figure then states. Null
 * when the word at k grades no such participle.
 */
function gradedMeasure(w: readonly string[], k: number): QualifiedMeasure | null {
  const next = w[k + 1] ?? '';
  const graded = QUALIFIER_WORDS.get(next);
  if (!graded || graded === 'none' || !next.endsWith('ed') || !QUALIFIER_WORDS.has(w[k] ?? '')) return null;
  return wordNet().senses(w[k] ?? '', 'adv').length > 0 ? graded : null;
}

/** Words that may stand between a negation and the qualifier it negates ("not THE big guys"). */
const NEGATED_GAP: ReadonlySet<string> = new Set(['the', 'a', 'an', 'any', 'those', 'these', 'so', 'too', 'very']);

/**
 * "not the big guys - companies ... with under 500 staff", "nothing too large, say under 200 staff": a negation of a
 * vague qualifier that gives way to the figure is part of it: the figure says what is meant ("not big": under 500),
 * so the negation goes with the qualifier, never to another condition nor to the whole question (read alone it
 * asked for everyone NOT at the companies of the rest).
 */
function dropNegationOf(s: ScanState, qualifier: number): void {
  let j = qualifier - 1;
  while (j >= 0 && NEGATED_GAP.has(s.w[j] ?? '')) j--;
  const neg = s.mentions.findIndex((m) => m.t === 'neg' && m.end === j + 1 && m.end - m.start === 1);
  if (neg >= 0 && ['not', 'no', 'nothing'].includes(s.w[j] ?? '')) s.mentions.splice(neg, 1);
}

/** Words a fronted gloss may hold besides its qualifier and one noun: negation, determiners, restriction, please. */
const GLOSS_WORDS: ReadonlySet<string> = new Set([
  ...NEGATED_GAP,
  'not',
  'no',
  'nothing',
  'only',
  'just',
  'please',
  'pls',
]);

/**
 * "not the big guys - companies exhibiting at X with under 500 staff", "small ones only: sponsors of X under 200
 * staff": a first clause, before a dash, a colon or a comma, made of the qualifier that gave way to the figure, its
 * negation and one noun ("guys", "ones", "players") glosses the size the rest of the question states with its own
 * noun. The whole clause is the gloss: its noun never becomes the rows asked ("the big guys" read as people) nor
 * its negation a condition; the rest of the question is read alone.
 */
function releaseFrontedGloss(s: ScanState, a: number, b: number): void {
  const end = Math.min(...s.breaks);
  if (!Number.isFinite(end) || b > end) return;
  const others = s.w.slice(0, end).filter((x, k) => (k < a || k >= b) && !GLOSS_WORDS.has(x));
  const ownNoun = s.mentions.some((m) => m.t === 'entity' && m.start >= end);
  if (others.length > 1 || !ownNoun) return;
  for (let j = s.mentions.length - 1; j >= 0; j--) if ((s.mentions[j]?.start ?? end) < end) s.mentions.splice(j, 1);
  for (let k = 0; k < end; k++) s.claimed[k] = true;
}
