/**
 * "how much are tickets for X", "how much is a booth at X", "how much does it cost to attend": "how much" followed
 * by a verb, not by a noun, asks for the amount of its subject — a price, a cost, a value. The data holds no prices;
 * its amounts are the companies' revenue and size and the events' dates and duration, so such a question is refused
 * naming what was asked, never answered as a count of something else ("tickets" is no count of the companies in the
 * Ticketing industry). A measure the data holds anywhere in the question keeps it a question: "how much is PayPal's
 * revenue", "how much does PayPal make" (the earning verb is the revenue), "how much does an event last on average".
 * "how much revenue" / "how much staff" (a noun right after "how much") are the measure's own questions.
 */
import { AUXILIARY_VERBS } from '../lexicon/auxiliaryWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { SHORTHAND_WORDS } from '../lexicon/shorthandWords';
import { verbLemma } from '../text/language';
import { isPriceNoun } from '../text/priceNouns';
import { EARNING_VERBS } from '../lexicon/attributeWords';
import type { Refusal } from './detectRefusal';
import type { Mention } from './Mention';
import type { Token } from '../text/tokenize';

/** Mentions that name a measure or an aggregate the data holds: the amount asked is one of these. */
const MEASURE_KINDS: ReadonlySet<Mention['t']> = new Set(['attribute', 'aggFn', 'superlative', 'most', 'dimension']);
/** Mentions that end the subject whose amount is asked ("tickets FOR ITB Asia", "a booth AT ..."). */
const SUBJECT_ENDS: ReadonlySet<Mention['t']> = new Set(['prep']);

/** An auxiliary verb as typed, or typed short ("r" for "are", which a name of the data may keep as it is). */
const isAuxiliary = (word: string): boolean =>
  AUXILIARY_VERBS.has(word) || AUXILIARY_VERBS.has(SHORTHAND_WORDS[word] ?? '');

/**
 * A refusal when the question asks "how much" of something the data has no amount for, else null.
 * @example detectUnmeasuredAmount(scan.tokens, scan.mentions) // for "how much are tickets for ITB asia": refused
 */
export function detectUnmeasuredAmount(tokens: readonly Token[], mentions: readonly Mention[]): Refusal | null {
  const asked = mentions.find(
    (m) =>
      m.t === 'count' && m.end - m.start === 2 && tokens[m.start]?.norm === 'how' && tokens[m.end - 1]?.norm === 'much',
  );
  if (!asked || !isAuxiliary(tokens[asked.end]?.norm ?? '')) return null;
  if (mentions.some((m) => MEASURE_KINDS.has(m.t))) return null;
  // "how much are the sponsors making": an earning verb asks for the revenue
  if (tokens.some((t) => EARNING_VERBS.has(verbLemma(t.norm)))) return null;
  const subject: string[] = [];
  for (let k = asked.end + 1; k < tokens.length; k++) {
    if (mentions.some((m) => m.start <= k && k < m.end && SUBJECT_ENDS.has(m.t))) break;
    const t = tokens[k];
    if (t && !FILLER_WORDS.has(t.norm) && !isAuxiliary(t.norm)) subject.push(t.raw);
  }
  const what = subject.length > 0 ? ` ("${subject.join(' ')}")` : '';
  return {
    code: 'OUT_OF_SCOPE',
    message:
      `"How much" asks for an amount the data does not hold${what}: it has no prices, costs or fees. ` +
      'I can count events, companies and people ("how many ..."), and give companies\' revenue and size and events\' dates and duration.',
  };
}

/**
 * A refusal when a word no recogniser read names a price ("what's the ticket price for X", "entry fee", "exhibitor
 * rates"): the data holds no prices, so the question is refused naming the unread words, not asked back.
 * @param ignored the question's unread words, as typed
 */
export function detectPriceWords(ignored: readonly string[]): Refusal | null {
  if (!ignored.some((x) => /^[a-z]+$/i.test(x) && isPriceNoun(x.toLowerCase()))) return null;
  return {
    code: 'OUT_OF_SCOPE',
    message:
      `The data holds no prices, costs or fees ("${ignored.join(' ')}"). ` +
      "I can answer about events, the companies taking part in them and their people, and give companies' revenue and size.",
  };
}
