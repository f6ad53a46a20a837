import { BaseRetriever } from '@llamaindex/core/retriever';
import { TextNode, type NodeWithScore } from '@llamaindex/core/schema';
import type { QueryBundle } from '@llamaindex/core/query-engine';
import { extractText } from '@llamaindex/core/utils';
import { rowsAsText } from '../answer/rowsAsText';
import type { SqlNodeMetadata } from '../answer/SqlResponseSynthesizer';
import { runTextToSql, type TextToSqlDeps, type TextToSqlRequest } from '../engine/runTextToSql';
import type { SqlRun } from '../engine/SqlRun';

/**
 * llama-index's NLSQLRetriever on LlamaIndex.TS: a `BaseRetriever` that turns the query into
 * SQL with a pluggable {@link SqlGenerator} (tables retrieved first, statement guarded, run
 * read-only, repaired on error) and returns the result as a node (`sql_query`, `col_keys`
 * metadata), ready for a `RetrieverQueryEngine`. No node when nothing was answered, or when the
 * offline parser answered, so the synthesizer does not call the model. The full run is kept in {@link lastRun}.
 *
 * @example
 * const retriever = new NLSQLRetriever(deps, { asOf: '2024-06-01', history });
 * const engine = new RetrieverQueryEngine(retriever, new SqlResponseSynthesizer({ llm }));
 * const response = await engine.query({ query: 'Which events are in Singapore?' });
 */
export class NLSQLRetriever extends BaseRetriever {
  lastRun: SqlRun | null = null;

  constructor(
    private readonly deps: TextToSqlDeps,
    private readonly request: Omit<TextToSqlRequest, 'question'>,
    private readonly maxPromptRows = 30,
  ) {
    super();
  }

  async _retrieve(params: QueryBundle): Promise<NodeWithScore[]> {
    const run = await runTextToSql(this.deps, { ...this.request, question: extractText(params.query) });
    this.lastRun = run;
    // The offline parser's answer keeps its own deterministic text: the model is not asked to reword it.
    if (run.status !== 'answered' || run.rows.length === 0 || run.path === 'offline') return [];
    const metadata: SqlNodeMetadata = {
      sql_query: run.sql ?? '',
      col_keys: run.columns,
      result_text: rowsAsText(run.columns, run.rows, { maxRows: this.maxPromptRows, truncated: run.truncated }),
    };
    return [{ node: new TextNode({ text: metadata.result_text, metadata: { ...metadata } }), score: 1 }];
  }
}
