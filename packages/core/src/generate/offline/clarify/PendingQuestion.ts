/**
 * A question the offline generator asked back about, kept in the clarify turn's `understanding` so the
 * next turn of the same chat can finish it.
 */
export interface PendingOption {
  /** 'o1', 'o2', ... (the id shown in the answer's clarification). */
  id: string;
  label: string;
  /** The words that replace the part in the question when this option is chosen ('' = leave the part out). */
  replacement: string;
}

export interface PendingQuestion {
  /** The user's question as asked. */
  question: string;
  /** The words of the question the clarification is about, as typed. */
  part: string;
  options: PendingOption[];
}
