import type { TableDescription } from '../schema/TableDescription';
import type { ConversationTurn } from '../types/ConversationTurn';

/** Picks the tables relevant to a question (with the join tables needed to connect them). */
export interface TableRetriever {
  retrieve(question: string, history?: readonly ConversationTurn[]): Promise<TableDescription[]>;
}
