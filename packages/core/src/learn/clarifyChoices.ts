import type { ConversationTurn } from '../types/ConversationTurn';
import { replacePart } from '../generate/offline/clarify/resolveReply';
import { pendingQuestion } from '../generate/offline/understanding';

/** What choosing one option of a clarification stands for: the asked-about words replaced by others. */
export interface ClarifyChoice {
  /** The words of the question the clarification is about, as typed. */
  part: string;
  /** The words that replace them ('' = the part is left out). */
  replacement: string;
  /** The question as it reads with this option chosen (what is answered next). */
  question: string;
}

/**
 * The structured choice behind each option of a clarify answer, by option id, read from the answer's
 * `understanding` (the offline generator keeps its pending question there). Empty for an
 * understanding that holds no pending question (another generator's, or an answered turn).
 * @example clarifyChoices(answer.understanding).get('o1')
 *   // { part: 'australa', replacement: 'australia', question: 'events in australia' }
 */
export function clarifyChoices(understanding: unknown): Map<string, ClarifyChoice> {
  const turn: ConversationTurn = { question: '', sql: null, interpretation: null, understanding };
  const pending = pendingQuestion([turn]);
  const choices = new Map<string, ClarifyChoice>();
  if (!pending) return choices;
  for (const option of pending.options) {
    choices.set(option.id, {
      part: pending.part,
      replacement: option.replacement,
      question: replacePart(pending.question, pending.part, option.replacement),
    });
  }
  return choices;
}
