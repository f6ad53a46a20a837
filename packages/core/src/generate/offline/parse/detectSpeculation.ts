/**
 * A question asking what will happen that the data cannot know: a forecast ("predict which companies will
 * exhibit"), the assistant's opinion about the future ("which companies do you think will sponsor next year's X",
 * "in your view, which events will grow"), a probability ("sponsors likely to return"), or a yes/no question about
 * what someone will do ("will they sponsor again?"). The data holds who takes part in the events listed and their
 * dates, so a dated fact stays answerable ("events that will take place next year", "who will exhibit at X 2025":
 * the listed exhibitors), and so does a request put politely ("do you think you could list ...": the modal's
 * subject is the assistant, asked to act).
 */
import {
  AGENT_PRONOUNS,
  ASSISTANT_POSSESSIVES,
  ASSISTANT_WORDS,
  FORECAST_WORDS,
  FUTURE_MODALS,
  OPINION_NOUNS,
  OPINION_VERBS,
  PROBABILITY_WORDS,
} from '../lexicon/speculationWords';
import { verbLemma, wordNet } from '../text/language';
import type { Token } from '../text/tokenize';
import type { Refusal } from './detectRefusal';

/** A future modal at i whose subject is not the assistant ("you could", "could you" ask it to act). */
function futureAbout(w: readonly string[], i: number): boolean {
  const x = w[i] ?? '';
  const modal = FUTURE_MODALS.has(x) || (x === 'going' && w[i + 1] === 'to' && w[i + 2] === 'be');
  return modal && !ASSISTANT_WORDS.has(w[i - 1] ?? '') && !ASSISTANT_WORDS.has(w[i + 1] ?? '');
}

const isAdjective = (word: string): boolean => wordNet().senses(word, 'adj').length > 0;

/** The index where the assistant's opinion is asked ("you think", "do u reckon", "your guess"), or -1. */
function opinionAsked(w: readonly string[]): number {
  for (let i = 0; i < w.length; i++) {
    const x = w[i] ?? '';
    // "do you think", "you reckon", "would you guess": the assistant is the subject of a verb of opinion
    if (ASSISTANT_WORDS.has(x) && OPINION_VERBS.has(verbLemma(w[i + 1] ?? ''))) return i;
    // "your guess", "in your opinion", "ur take", "your best guess" (an adjective before the noun; "your team take
    // part" is no opinion)
    if (!ASSISTANT_POSSESSIVES.has(x)) continue;
    if (OPINION_NOUNS.has(w[i + 1] ?? '')) return i;
    if (OPINION_NOUNS.has(w[i + 2] ?? '') && isAdjective(w[i + 1] ?? '')) return i;
  }
  return -1;
}

const refusal = (part: string): Refusal => ({
  code: 'OUT_OF_SCOPE',
  message:
    `I cannot answer "${part}": that asks for a forecast or an opinion about what will happen. The data records ` +
    'which companies and people take part in the events listed and when those events take place, not predictions. ' +
    'I can list who takes part in an event, or who took part in its earlier editions.',
});

/**
 * `namesData`: the question names something of the data (an event, a company); a yes/no "will they ...?" about a
 * named, dated event ("will they be at Seamless Asia 2025?") is then a question about the listed participants.
 */
export function detectSpeculation(tokens: readonly Token[], namesData = true): Refusal | null {
  const w = tokens.map((t) => t.norm);
  const phrase = (a: number, b: number): string =>
    tokens
      .slice(Math.max(0, a), Math.min(tokens.length, b))
      .map((t) => t.raw)
      .join(' ');
  // a forecast asked of anyone ("predict", "forecast", "your predictions")
  const forecast = w.findIndex((x) => FORECAST_WORDS.has(x) || FORECAST_WORDS.has(verbLemma(x)));
  if (forecast >= 0) return refusal(phrase(forecast, forecast + 4));
  // the assistant's opinion about something still to happen ("which companies do you think will sponsor X")
  const opinion = opinionAsked(w);
  if (opinion >= 0) {
    const future = w.findIndex((_, i) => i > opinion && (futureAbout(w, i) || PROBABILITY_WORDS.has(w[i] ?? '')));
    if (future >= 0) return refusal(phrase(opinion, future + 2));
  }
  // a probability of something to happen ("likely to sponsor", "the chances they will exhibit")
  const probable = w.findIndex(
    (x, i) =>
      PROBABILITY_WORDS.has(x) && (w[i + 1] === 'to' || w.some((_, j) => Math.abs(j - i) <= 4 && futureAbout(w, j))),
  );
  if (probable >= 0) return refusal(phrase(probable, probable + 3));
  // "will they sponsor again?": a yes/no question about what someone will do
  if (!namesData && FUTURE_MODALS.has(w[0] ?? '') && AGENT_PRONOUNS.has(w[1] ?? '')) return refusal(phrase(0, 3));
  return null;
}
