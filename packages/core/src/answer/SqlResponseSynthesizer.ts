import type { LLM, MessageContent } from '@llamaindex/core/llms';
import type { PromptsRecord } from '@llamaindex/core/prompts';
import { BaseSynthesizer } from '@llamaindex/core/response-synthesizers';
import { EngineResponse, type NodeWithScore } from '@llamaindex/core/schema';
import { extractText } from '@llamaindex/core/utils';
import { formatPrompt } from '../generate/llm/formatPrompt';
import { RESPONSE_SYNTHESIS_TMPL } from '../generate/llm/textToSqlPrompt';

/** Node metadata the NLSQL retriever attaches (llama-index's `sql_query` / `col_keys`). */
export interface SqlNodeMetadata {
  sql_query: string;
  col_keys: string[];
  result_text: string;
}

/**
 * A LlamaIndex response synthesizer for SQL results: llama-index's NL-SQL response synthesis
 * prompt (question, SQL, SQL response), formatted in ONE pass ({@link formatPrompt}) so row
 * values such as "$5 million" or "$&" reach the model unchanged.
 */
export class SqlResponseSynthesizer extends BaseSynthesizer {
  constructor(options: { llm: LLM }) {
    super({ llm: options.llm });
  }

  protected _getPrompts(): PromptsRecord {
    return {};
  }
  protected _updatePrompts(): void {}
  protected _getPromptModules() {
    return {};
  }

  /** The synthesis prompt for a question and the retriever's nodes. */
  static prompt(query: string, nodes: NodeWithScore[]): string {
    const meta = nodes[0]?.node.metadata as Partial<SqlNodeMetadata> | undefined;
    return formatPrompt(RESPONSE_SYNTHESIS_TMPL, {
      query_str: query,
      sql_query: meta?.sql_query ?? '',
      context_str: meta?.result_text ?? '',
    });
  }

  protected async getResponse(query: MessageContent, nodes: NodeWithScore[], stream: boolean) {
    const prompt = SqlResponseSynthesizer.prompt(extractText(query), nodes);
    const response = await this.llm.complete({ prompt });
    const text = response.text.trim();
    if (stream) {
      return (async function* () {
        yield EngineResponse.fromResponse(text, true, nodes);
      })();
    }
    return EngineResponse.fromResponse(text, false, nodes);
  }
}
