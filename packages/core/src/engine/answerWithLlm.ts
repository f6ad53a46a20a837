import type { LLM } from '@llamaindex/core/llms';
import { RetrieverQueryEngine } from '@llamaindex/core/query-engine';
import { SqlResponseSynthesizer } from '../answer/SqlResponseSynthesizer';
import { meterUsage } from '../llm/usageMeter';
import { NLSQLRetriever } from '../retrieve/NLSQLRetriever';
import type { TokenUsage } from '../types/TokenUsage';
import type { TextToSqlDeps, TextToSqlRequest } from './runTextToSql';
import type { SqlRun } from './SqlRun';

/**
 * The original's `RetrieverQueryEngine.from_args(NLSQLRetriever(...), llm=llm).query(text)`:
 * NLSQL retrieval, then the model writes the answer over the rows. Loaded only when a model is
 * configured. `text` is null when there were no rows to synthesise from.
 */
export async function answerWithLlm(
  deps: TextToSqlDeps,
  llm: LLM,
  request: TextToSqlRequest,
): Promise<{
  run: SqlRun;
  text: string | null;
  synthesisUsage: TokenUsage[];
  synthesizeMs: number;
  synthesisError: unknown;
}> {
  const retriever = new NLSQLRetriever(deps, request);
  const queryEngine = new RetrieverQueryEngine(retriever, new SqlResponseSynthesizer({ llm }));
  let text: string | null = null;
  let synthesisError: unknown = null;
  let synthesisUsage: TokenUsage[] = [];
  let synthStart = 0;
  const originalRetrieve = retriever.retrieve.bind(retriever);
  retriever.retrieve = async (params) => {
    const nodes = await originalRetrieve(params);
    synthStart = performance.now();
    return nodes;
  };
  try {
    const { result, usage } = await meterUsage(() => queryEngine.query({ query: request.question }));
    synthesisUsage = usage;
    if (retriever.lastRun?.status === 'answered' && retriever.lastRun.rows.length > 0)
      text = result.message.content as string;
  } catch (error) {
    request.signal?.throwIfAborted();
    if (!retriever.lastRun) throw error;
    synthesisError = error;
  }
  const synthesizeMs = synthStart ? performance.now() - synthStart : 0;
  return { run: retriever.lastRun!, text, synthesisUsage, synthesizeMs, synthesisError };
}
