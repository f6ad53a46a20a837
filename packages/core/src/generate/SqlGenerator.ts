import type { TableDescription } from '../schema/TableDescription';
import type { Clarification } from '../types/Answer';
import type { ConversationTurn } from '../types/ConversationTurn';
import type { RefusalCode } from '../types/ReasonCode';
import type { TokenUsage } from '../types/TokenUsage';
import type { ComparisonAsked } from '../types/ComparisonAsked';
import type { VerifiedExample } from '../learn/VerifiedExample';
import type { GlossaryUse } from '../learn/GlossaryIndex';

/** What a generator receives for one question. */
export interface GenerateInput {
  question: string;
  history: ConversationTurn[];
  /** Today's date for relative dates ('YYYY-MM-DD'). */
  asOf: string;
  /** The tables relevant to the question (retrieved), in the data model's description. */
  tables: TableDescription[];
  /** Confirmed answers to similar questions, nearest first (a model gets them as examples). */
  examples?: readonly VerifiedExample[];
  /** Glossary terms of the question, already read as the words of their concepts (a model is told). */
  glossary?: readonly GlossaryUse[];
  /** What the offline parser understood before it stopped (a part it could not map): a model is told. */
  partial?: string;
}

/**
 * A generator's result: a statement with bound parameters, a refusal, or a question back (`clarify`: a part
 * of the question could not be mapped; `understanding` keeps the pending question so the next turn continues it).
 */
export type GeneratedQuery =
  | {
      kind: 'sql';
      sql: string;
      params: unknown[];
      /**
       * Optionally, a statement with the same parameters whose rows are exactly `sql`'s first rows, cheap to read:
       * when it yields more rows than a page, that page is `sql`'s first page (the offline compiler's walk of a
       * list's order, see `CompiledQuery.firstPageSql`).
       */
      firstPageSql?: string;
      interpretation: string;
      understanding?: unknown;
      /** A comparison between named things the rows answer: the answer's text names the winner. */
      comparison?: ComparisonAsked;
      usage?: TokenUsage[];
    }
  | { kind: 'refusal'; code: RefusalCode; message: string; usage?: TokenUsage[] }
  | { kind: 'clarify'; clarification: Clarification; understanding?: unknown; usage?: TokenUsage[] };

/** The seam between the engine and a way of writing SQL (offline rules, or a model). */
export interface SqlGenerator {
  readonly name: string;
  generate(input: GenerateInput): Promise<GeneratedQuery>;
}

/**
 * Optional capability: a generator that can repair its statement when SQLite rejects it
 * (the LLM generator feeds the error back to the model).
 */
export interface RepairingSqlGenerator extends SqlGenerator {
  repair(input: GenerateInput & { failedSql: string; error: string; attempt: number }): Promise<GeneratedQuery>;
}

export function canRepair(generator: SqlGenerator): generator is RepairingSqlGenerator {
  return typeof (generator as Partial<RepairingSqlGenerator>).repair === 'function';
}
