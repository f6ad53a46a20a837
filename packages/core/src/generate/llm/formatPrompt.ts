/**
 * Fills `{name}` placeholders in ONE pass. Values are inserted literally: `$&`, `$$`, `$1`
 * and `{other}` inside a value stay as they are (LlamaIndex's `PromptTemplate.format` rewrites
 * them, so a row holding "$5 million" or "$&" would corrupt the prompt). `{{` and `}}` are
 * literal braces. A placeholder without a value is an error.
 *
 * @example
 * formatPrompt('Q: {q}\nA:', { q: 'revenue over $5 million? $& {q}' });
 * // 'Q: revenue over $5 million? $& {q}\nA:'
 */
export function formatPrompt(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    const value = values[name!];
    if (value === undefined) throw new Error(`formatPrompt: no value for {${name}}`);
    return value;
  });
}
