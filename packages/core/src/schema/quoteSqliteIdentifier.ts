/** Quotes an identifier for SQLite: `a"b` becomes `"a""b"`. */
export function quoteSqliteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
