/**
 * llama-index's DEFAULT_TEXT_TO_SQL_TMPL, word for word (variables `dialect`, `schema`,
 * `query_str`), as the original used it through NLSQLRetriever.
 */
export const DEFAULT_TEXT_TO_SQL_TMPL =
  'Given an input question, first create a syntactically correct {dialect} ' +
  'query to run, then look at the results of the query and return the answer. ' +
  'You can order the results by a relevant column to return the most ' +
  'interesting examples in the database.\n\n' +
  'Never query for all the columns from a specific table, only ask for a ' +
  'few relevant columns given the question.\n\n' +
  'Pay attention to use only the column names that you can see in the schema ' +
  'description. ' +
  'Be careful to not query for columns that do not exist. ' +
  'Pay attention to which column is in which table. ' +
  'Also, qualify column names with the table name when needed. ' +
  'You are required to use the following format, each taking one line:\n\n' +
  'Question: Question here\n' +
  'SQLQuery: SQL Query to run\n' +
  'SQLResult: Result of the SQLQuery\n' +
  'Answer: Final answer here\n\n' +
  'Only use tables listed below.\n' +
  '{schema}\n\n' +
  'Question: {query_str}\n' +
  'SQLQuery: ';

/**
 * Musaeid's notes appended to the schema block (the template itself is unchanged): today's
 * date, read-only, and the conversation so far (so follow-ups resolve).
 */
export const CONTEXT_NOTES_TMPL =
  '\n\nNotes:\n' +
  "- Today's date is {as_of}. Dates are stored as 'YYYY-MM-DD' text.\n" +
  '- The database is read-only: write exactly one SELECT statement. If the question asks to change data, ' +
  'or cannot be answered from these tables, write SQLQuery: NONE\n' +
  '- Use LIKE with lower() for case-insensitive text matching.';

/** The conversation block placed after the notes when there are earlier turns. */
export const HISTORY_TMPL =
  '\n\nEarlier in this conversation (the new question may refer to these results, e.g. "those", "them"):\n{history}';

/** Confirmed question/SQL pairs of this team's users, shown as worked examples. */
export const EXAMPLES_TMPL =
  '\n\nVerified examples (questions this team asked and the SQL they confirmed):\n{examples}';

/** The team's own words found in the question, and what they mean. */
export const GLOSSARY_TMPL = "\n\nThis team's glossary (already applied to the question):\n{glossary}";

/** What the offline parser made of the question before it stopped (the model completes it). */
export const PARTIAL_TMPL = '\n\nA rule-based reading of the question stopped here (complete it):\n{partial}';

/** What the model sees when its statement failed: the error, fed back for a corrected query. */
export const RETRY_TMPL =
  '{sql}\nSQLResult: Error: {error}\n\n' +
  'The SQLQuery above failed with this error. Write a corrected query.\n' +
  'Question: {query_str}\n' +
  'SQLQuery: ';

/** llama-index's DEFAULT_RESPONSE_SYNTHESIS_PROMPT_TMPL_V2 (NLSQLTableQueryEngine's answer prompt). */
export const RESPONSE_SYNTHESIS_TMPL =
  'Given an input question, synthesize a response from the query results.\n' +
  'Query: {query_str}\n' +
  'SQL: {sql_query}\n' +
  'SQL Response: {context_str}\n' +
  'Response: ';
