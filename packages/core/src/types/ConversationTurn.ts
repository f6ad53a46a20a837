/** One earlier turn of the chat, handed back to the generator so follow-ups work. */
export interface ConversationTurn {
  question: string;
  sql: string | null;
  interpretation: string | null;
  /** The generator's own JSON-serialisable state for follow-ups. */
  understanding?: unknown;
}
