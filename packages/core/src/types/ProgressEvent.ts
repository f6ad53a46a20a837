/** Stages reported while a question is being answered (streamed to chat clients). */
export type ProgressEvent =
  | { stage: 'understood'; interpretation: string }
  | { stage: 'sql'; sql: string }
  | { stage: 'rows'; rowCount: number }
  | { stage: 'answer'; text: string };
