/**
 * Extracts the statement from a model reply, the way llama-index's NLSQLRetriever parses it:
 * text after `SQLQuery:` (if present), cut at `SQLResult:`, code fences stripped. Also cuts at
 * a following `Answer:`/`Question:` line and drops a trailing semicolon. Returns '' when the
 * model wrote no statement (or `NONE`).
 *
 * @example
 * parseSqlQuery('SQLQuery: ```sql\nSELECT 1;\n```\nSQLResult: 1\nAnswer: 1'); // 'SELECT 1'
 */
export function parseSqlQuery(reply: string): string {
  let text = reply;
  const start = text.indexOf('SQLQuery:');
  if (start !== -1) text = text.slice(start + 'SQLQuery:'.length);
  const resultAt = text.indexOf('SQLResult:');
  if (resultAt !== -1) text = text.slice(0, resultAt);
  const fence = /```(?:sql|sqlite)?\s*\n?([\s\S]*?)(?:```|$)/i.exec(text);
  if (fence) text = fence[1]!;
  const stop = /\n\s*(?:Answer|Question|Explanation|Note):/i.exec(text);
  if (stop) text = text.slice(0, stop.index);
  text = text
    .trim()
    .replace(/^`+|`+$/g, '')
    .trim();
  text = text.replace(/;\s*$/, '').trim();
  if (/^none\.?$/i.test(text)) return '';
  return text;
}
