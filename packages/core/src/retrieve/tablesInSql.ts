/** Names from `names` that a SQL text mentions as words (used to carry tables into follow-ups). */
export function tablesInSql(sql: string, names: readonly string[]): string[] {
  const words = new Set(sql.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
  return names.filter((name) => words.has(name.toLowerCase()));
}
