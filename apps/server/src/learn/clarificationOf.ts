import { clarifyChoices } from '@musaeid/core';

import type { Clarification } from '../engine';
import type { ClarificationDto } from '../schemas';

/**
 * The clarification of an answer as the API stores and shows it: each option with the structured
 * choice it stands for (read from the engine's turn state; null when the engine kept none).
 */
export function clarificationOf(answer: {
  status: string;
  clarification: Clarification | null;
  understanding?: unknown;
}): ClarificationDto | null {
  if (answer.status !== 'clarify' || !answer.clarification) return null;
  const choices = clarifyChoices(answer.understanding);
  return {
    question: answer.clarification.question,
    part: answer.clarification.part,
    options: answer.clarification.options.map((o) => ({ id: o.id, label: o.label, choice: choices.get(o.id) ?? null })),
  };
}

/** A stored clarification (rows written before options carried their choice read back with `choice: null`). */
export function readClarification(stored: unknown): ClarificationDto | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const c = stored as { question: string; part: string; options: { id: string; label: string; choice?: unknown }[] };
  return {
    question: c.question,
    part: c.part,
    options: c.options.map((o) => ({
      id: o.id,
      label: o.label,
      choice: (o.choice ?? null) as ClarificationDto['options'][number]['choice'],
    })),
  };
}
