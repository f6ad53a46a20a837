import type { Clarification } from '../types/Answer';

/**
 * The answer text of a clarify turn: the question back, then the numbered options the user may pick
 * (by number, id or label) or, without options, an invitation to rephrase the part.
 * @example clarificationText({ question: 'Did you mean ...?', part: 'oz', options: [{ id: 'o1', label: 'the country Australia' }] })
 *   // 'Did you mean ...?\n1. the country Australia'
 */
export function clarificationText(c: Clarification): string {
  if (c.options.length === 0) return `${c.question}\nPlease rephrase "${c.part}" or leave it out.`;
  return [c.question, ...c.options.map((o, i) => `${i + 1}. ${o.label}`)].join('\n');
}
