/**
 * Paraphrase operators: each turns the plain phrasing of a corpus instance into another way of asking the same
 * question (a synonym, a typo, a casing, a terse keyword form, filler, another word order, ...). Phrasings carry
 * their database values between « and » so an operator can tell template words from values; `surface` removes
 * the marks.
 */
import type { Random } from './random';
import {
  FILLER_PREFIXES,
  FILLER_SUFFIXES,
  GREETING_OPENINGS,
  KEYBOARD_NEIGHBOURS,
  SIGN_OFFS,
  TEMPLATE_SYNONYMS,
  TEXTING_FORMS,
} from './vocabulary';

export const OPERATORS = [
  'plain',
  'synonym',
  'value-form',
  'partial-name',
  'number-form',
  'typo',
  'typo-value',
  'casing',
  'terse',
  'filler',
  'word-order',
  'mixed',
  'texting',
  'greeting',
  // the typed-as-users-type round (`typedForms.ts`)
  'indefinite',
  'speaker-context',
  'chat-shorthand',
  'acronym',
  'loose-name',
  'country-nickname',
  // the typed6 round (`typedRunOn.ts`)
  'run-together',
  'run-on',
  // the typed8 round (`typedSlips.ts`)
  'held-key',
  'typed-noise',
] as const;
export type Operator = (typeof OPERATORS)[number];

/** The text a user would type: the value marks removed. */
export function surface(marked: string): string {
  return marked.replace(/[«»]/g, '');
}

/** One keyboard typo in a word (5+ letters): a neighbouring key, two letters swapped, or a letter dropped. */
export function keyboardTypo(word: string, random: Random): string {
  if (word.length < 5) return word;
  // the first letter is kept: people rarely mistype it, and it anchors the word
  const i = 1 + random.int(word.length - 2);
  const ch = word[i] ?? '';
  const kind = random.int(3);
  if (kind === 0) {
    const near = KEYBOARD_NEIGHBOURS[ch.toLowerCase()];
    if (near) {
      const sub = near[random.int(near.length)] ?? ch;
      const cased = ch === ch.toUpperCase() ? sub.toUpperCase() : sub;
      return word.slice(0, i) + cased + word.slice(i + 1);
    }
  }
  if (kind === 1 && i + 1 < word.length && word[i + 1] !== ch) {
    return word.slice(0, i) + (word[i + 1] ?? '') + ch + word.slice(i + 2);
  }
  return word.slice(0, i) + word.slice(i + 1);
}

interface WordSpan {
  start: number;
  end: number;
  inValue: boolean;
}

/** The letter-only words of a marked phrasing, with whether each lies inside a value. */
function words(marked: string): WordSpan[] {
  const out: WordSpan[] = [];
  let inValue = false;
  let start = -1;
  for (let i = 0; i <= marked.length; i++) {
    const ch = marked[i] ?? ' ';
    const letter = /[A-Za-z]/.test(ch);
    if (letter && start < 0) start = i;
    if (!letter && start >= 0) {
      out.push({ start, end: i, inValue });
      start = -1;
    }
    if (ch === '«') inValue = true;
    if (ch === '»') inValue = false;
  }
  return out;
}

/** A typo in one word of 5+ letters, in the template words or in the values; null when there is none. */
export function withTypo(marked: string, random: Random, inValue: boolean): string | null {
  const candidates = words(marked).filter((w) => w.inValue === inValue && w.end - w.start >= 5);
  if (candidates.length === 0) return null;
  const w = random.pick(candidates);
  const word = marked.slice(w.start, w.end);
  const typo = keyboardTypo(word, random);
  return typo === word ? null : marked.slice(0, w.start) + typo + marked.slice(w.end);
}

/** One template phrase replaced by a synonym (outside the values); null when no phrase of the table occurs. */
export function withSynonym(marked: string, random: Random): string | null {
  const lower = marked.toLowerCase();
  const found: { key: string; at: number }[] = [];
  for (const key of Object.keys(TEMPLATE_SYNONYMS)) {
    const re = new RegExp(`(?<![A-Za-z«])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g');
    for (const m of lower.matchAll(re)) {
      const before = lower.slice(0, m.index);
      const open = before.lastIndexOf('«') > before.lastIndexOf('»');
      if (!open) found.push({ key, at: m.index });
    }
  }
  if (found.length === 0) return null;
  const { key, at } = random.pick(found);
  const alternative = random.pick(TEMPLATE_SYNONYMS[key] ?? [key]);
  const original = marked.slice(at, at + key.length);
  const cased =
    original[0] === original[0]?.toUpperCase() ? alternative[0]?.toUpperCase() + alternative.slice(1) : alternative;
  return marked.slice(0, at) + cased + marked.slice(at + key.length);
}

/** All lower case without the question mark (phone typing), ALL CAPS, or Title Case. */
export function withCasing(marked: string, random: Random): string {
  switch (random.int(3)) {
    case 0:
      return marked.toLowerCase().replace(/\?$/, '');
    case 1:
      return marked.toUpperCase();
    default:
      return marked.replace(/\b([a-z])/g, (c) => c.toUpperCase());
  }
}

/** A polite or chatty opening (and sometimes a closing): not content. */
export function withFiller(marked: string, random: Random): string {
  const prefix = random.pick(FILLER_PREFIXES);
  const body = marked
    .replace(/^Which\b/, 'which')
    .replace(/^List\b/, 'list')
    .replace(/^How\b/, 'how');
  const suffix = random.int(2) === 0 ? `, ${random.pick(FILLER_SUFFIXES)}` : '';
  return `${prefix} ${body.replace(/\?$/, '')}${suffix}`;
}

/**
 * Typed on a phone: lower case, and every template word that has a chat form written in it ("ppl", "cos",
 * "n", "w", "r"); null when no word has one.
 */
export function withTexting(marked: string, random: Random): string | null {
  let changed = false;
  const lowered = marked.replace(/«[^»]*»|[^«]+/g, (part) => (part.startsWith('«') ? part : part.toLowerCase()));
  const out = lowered.replace(/«[^»]*»|[A-Za-z]+/g, (word) => {
    const forms = TEXTING_FORMS[word];
    if (word.startsWith('«') || !forms) return word;
    changed = true;
    return random.pick(forms);
  });
  return changed ? out.replace(/\?$/, '') : null;
}

/** A greeting or context clause before the question and a thanks or sign-off after it. */
export function withGreeting(marked: string, random: Random): string {
  const opening = random.pick(GREETING_OPENINGS);
  const closing = random.pick(SIGN_OFFS);
  return `${opening} ${marked} ${closing}`;
}
