import type { LLM } from '@llamaindex/core/llms';
import { meterUsage } from '../../llm/usageMeter';
import type { SqlDialectDatabase } from '../../schema/SqlDialectDatabase';
import type { GeneratedQuery, GenerateInput, RepairingSqlGenerator } from '../SqlGenerator';
import { formatPrompt } from './formatPrompt';
import { historyText } from './historyText';
import { parseSqlQuery } from './parseSqlQuery';
import {
  CONTEXT_NOTES_TMPL,
  DEFAULT_TEXT_TO_SQL_TMPL,
  EXAMPLES_TMPL,
  GLOSSARY_TMPL,
  HISTORY_TMPL,
  PARTIAL_TMPL,
  RETRY_TMPL,
} from './textToSqlPrompt';

/** Options for {@link LlmSqlGenerator}. */
export interface LlmSqlGeneratorOptions {
  llm: LLM;
  database: SqlDialectDatabase;
}

/**
 * Writes SQL with a model, through llama-index's text-to-SQL prompt and its `SQLQuery:` parsing.
 * The prompt carries the retrieved tables' info, today's date and the conversation so far;
 * {@link repair} feeds SQLite's error back for a corrected statement.
 *
 * @example
 * const generator = new LlmSqlGenerator({ llm, database });
 * await generator.generate({ question: 'How many events are in Singapore?', history: [], asOf: '2024-06-01', tables });
 */
export class LlmSqlGenerator implements RepairingSqlGenerator {
  readonly name = 'llm';
  readonly #llm: LLM;
  readonly #database: SqlDialectDatabase;

  constructor(options: LlmSqlGeneratorOptions) {
    this.#llm = options.llm;
    this.#database = options.database;
  }

  /** The full prompt for a question (exposed for tests and debugging). */
  prompt(input: GenerateInput): string {
    let schema = this.#database.tablesInfo(input.tables.map((t) => t.name));
    schema += formatPrompt(CONTEXT_NOTES_TMPL, { as_of: input.asOf });
    if (input.history.length) schema += formatPrompt(HISTORY_TMPL, { history: historyText(input.history) });
    if (input.glossary?.length)
      schema += formatPrompt(GLOSSARY_TMPL, {
        glossary: input.glossary.map((g) => `"${g.entry.term}" means: ${g.readAs}`).join('\n'),
      });
    const shots = (input.examples ?? []).filter((e) => e.sql !== null);
    if (shots.length > 0)
      schema += formatPrompt(EXAMPLES_TMPL, {
        examples: shots.map((e) => `Question: ${e.question}\nSQLQuery: ${e.sql ?? ''}`).join('\n\n'),
      });
    if (input.partial) schema += formatPrompt(PARTIAL_TMPL, { partial: input.partial });
    return formatPrompt(DEFAULT_TEXT_TO_SQL_TMPL, {
      dialect: this.#database.dialect,
      schema,
      query_str: input.question,
    });
  }

  generate(input: GenerateInput): Promise<GeneratedQuery> {
    return this.#ask(this.prompt(input), input);
  }

  repair(input: GenerateInput & { failedSql: string; error: string; attempt: number }): Promise<GeneratedQuery> {
    const prompt =
      this.prompt(input) +
      formatPrompt(RETRY_TMPL, {
        sql: input.failedSql,
        error: input.error,
        query_str: input.question,
      });
    return this.#ask(prompt, input);
  }

  async #ask(prompt: string, input: GenerateInput): Promise<GeneratedQuery> {
    const { result, usage } = await meterUsage(() => this.#llm.complete({ prompt }));
    const sql = parseSqlQuery(result.text);
    if (!sql) {
      return {
        kind: 'refusal',
        code: 'OUT_OF_SCOPE',
        message: 'That question cannot be answered from the event, company and people data (the model wrote no query).',
        usage,
      };
    }
    const model = this.#llm.metadata.model;
    return {
      kind: 'sql',
      sql,
      params: [],
      interpretation: `"${input.question}" as SQL written by ${model} over ${input.tables.map((t) => t.name).join(', ')}`,
      understanding: { generator: 'llm', model },
      usage,
    };
  }
}
