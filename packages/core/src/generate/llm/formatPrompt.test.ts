import { PromptTemplate } from '@llamaindex/core/prompts';
import { describe, expect, it } from 'vitest';
import { formatPrompt } from './formatPrompt';
import { DEFAULT_TEXT_TO_SQL_TMPL } from './textToSqlPrompt';

describe('formatPrompt', () => {
  const hostileValue = "Acme | $5 million | uses $& and $$ and $1 and $' and {query_str} and {schema}";

  it('inserts values literally in one pass', () => {
    const out = formatPrompt('A {x} B {y} C', { x: hostileValue, y: '{x}' });
    expect(out).toBe(`A ${hostileValue} B {x} C`);
  });

  it('keeps "$5 million" and "$&" where LlamaIndex PromptTemplate.format corrupts them', () => {
    const values = { dialect: 'SQLite', schema: hostileValue, query_str: 'Revenue over $5 million?' };
    const ours = formatPrompt(DEFAULT_TEXT_TO_SQL_TMPL, values);
    expect(ours).toContain(hostileValue);
    expect(ours).toContain('Question: Revenue over $5 million?\nSQLQuery: ');
    const theirs = new PromptTemplate({
      template: DEFAULT_TEXT_TO_SQL_TMPL as `${string}{dialect}${string}{schema}${string}{query_str}${string}`,
      templateVars: ['dialect', 'schema', 'query_str'],
    }).format(values);
    expect(theirs).not.toContain(hostileValue); // the bug this formatter exists for
  });

  it('handles escaped braces and refuses a missing value', () => {
    expect(formatPrompt('{{literal}} {a}', { a: '1' })).toBe('{literal} 1');
    expect(() => formatPrompt('{missing}', {})).toThrow(/missing/);
  });
});
