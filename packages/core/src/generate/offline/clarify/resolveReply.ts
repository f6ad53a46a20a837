import { LABEL_STOP_WORDS, LEAVE_OUT_REPLIES, REPLY_MARKERS } from '../lexicon/clarifyWords';
import { normKey } from '../text/tokenize';
import type { PendingQuestion } from './PendingQuestion';

/** A typed reply longer than this (without a reply marker) is read as a new question, not an answer. */
const MAX_BARE_REPLY_WORDS = 5;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The question with the part replaced (whole words, any casing and spacing); '' removes it. */
export function replacePart(question: string, part: string, replacement: string): string {
  // a word of the part may be typed with a possessive the part leaves out ("Meltwater's competitors")
  const pattern = part.trim().split(/\s+/).map(escapeRegExp).join("(?:['’]s)?\\W+");
  const re = new RegExp(`(^|\\W)${pattern}(?=\\W|$)`, 'i');
  const replaced = re.test(question)
    ? question.replace(re, (_m, lead: string) => `${lead}${replacement}`)
    : `${question} ${replacement}`;
  return replaced
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!,;:])/g, '$1')
    .trim();
}

function stripMarkers(words: string[]): { words: string[]; marked: boolean } {
  let marked = false;
  for (;;) {
    const marker = REPLY_MARKERS.find((m) => {
      const mw = m.split(' ');
      return mw.length < words.length && mw.every((w, k) => words[k] === w);
    });
    if (!marker) return { words, marked };
    words = words.slice(marker.split(' ').length);
    marked = true;
  }
}

/** The original question completed by the reply; `typed`: a bare typed reply, which may also be a new question. */
export interface ResolvedReply {
  question: string;
  typed: boolean;
}

/**
 * Reads the turn after a clarification: an option's id ("o2"), its number ("2"), its label or words of only
 * that label ("australia", "the country"), "leave it out", or a short typed reply ("I meant the founding year").
 * Returns the user's original question with the part replaced accordingly, or null when the turn is a new
 * question rather than a reply.
 * @example resolveReply({ question: 'events in australa', part: 'australa', options: [{ id: 'o1', label: 'the country Australia', replacement: 'australia' }] }, '1')
 *   // { question: 'events in australia', typed: false }
 */
export function resolveReply(pending: PendingQuestion, reply: string): ResolvedReply | null {
  const words = normKey(reply).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const joined = words.join(' ');
  const pick = (replacement: string, typed = false): ResolvedReply => ({
    question: replacePart(pending.question, pending.part, replacement),
    typed,
  });

  const number = /^(?:o|option|number|no)?\s?(\d+)$/.exec(joined);
  if (number) {
    const option = pending.options[Number(number[1]) - 1];
    if (option) return pick(option.replacement);
  }
  const byId = pending.options.find((o) => o.id === joined);
  if (byId) return pick(byId.replacement);
  const byLabel = pending.options.find((o) => normKey(o.label) === joined);
  if (byLabel) return pick(byLabel.replacement);
  if (LEAVE_OUT_REPLIES.has(joined)) return pick('');

  const { words: rest, marked } = stripMarkers(words);
  const content = rest.filter((w) => !LABEL_STOP_WORDS.has(w));
  if (content.length > 0) {
    const matching = pending.options.filter((o) => {
      const label = new Set(normKey(o.label).split(' '));
      return content.every((w) => label.has(w));
    });
    if (matching.length === 1 && matching[0]) return pick(matching[0].replacement);
  }
  if (LEAVE_OUT_REPLIES.has(rest.join(' '))) return pick('');
  if (!marked && rest.length > MAX_BARE_REPLY_WORDS) return null;
  // the user's own casing for the words that go into the question (names)
  const raw = reply
    .trim()
    .replace(/[?.!]+$/, '')
    .split(/\s+/);
  const typed = raw.length === words.length ? raw.slice(raw.length - rest.length).join(' ') : rest.join(' ');
  return pick(typed, !marked);
}
