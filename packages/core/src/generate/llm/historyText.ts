import type { ConversationTurn } from '../../types/ConversationTurn';

/** The last turns of a conversation as prompt text (question, then the SQL that answered it). */
export function historyText(history: readonly ConversationTurn[], maxTurns = 4): string {
  return history
    .slice(-maxTurns)
    .map((turn) => `Question: ${turn.question}\nSQLQuery: ${turn.sql ?? 'NONE'}`)
    .join('\n\n');
}
