/**
 * SQL functions a query may call: aggregates, window functions and pure scalar functions.
 * Anything else (load_extension, readfile, writefile, zeroblob, randomblob, printf/format
 * (unbounded width), sqlite_*, fts3_tokenizer, table-valued functions ...) is refused.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  // aggregates
  'count',
  'sum',
  'total',
  'avg',
  'min',
  'max',
  'group_concat',
  'string_agg',
  // window functions
  'row_number',
  'rank',
  'dense_rank',
  'percent_rank',
  'cume_dist',
  'ntile',
  'lag',
  'lead',
  'first_value',
  'last_value',
  'nth_value',
  // null handling and conditionals
  'coalesce',
  'ifnull',
  'nullif',
  'iif',
  'likely',
  'unlikely',
  'likelihood',
  // text
  'lower',
  'upper',
  'length',
  'substr',
  'substring',
  'trim',
  'ltrim',
  'rtrim',
  'replace',
  'instr',
  'concat',
  'concat_ws',
  'char',
  'unicode',
  'glob',
  'like',
  'octet_length',
  // numbers
  'abs',
  'round',
  'sign',
  'ceil',
  'ceiling',
  'floor',
  'trunc',
  'mod',
  'pow',
  'power',
  'sqrt',
  // dates
  'date',
  'time',
  'datetime',
  'julianday',
  'unixepoch',
  'strftime',
  'to_char',
  'timediff',
  // types
  'typeof',
]);

/** Words that never belong in a read-only query, wherever they appear outside string literals. */
export const FORBIDDEN_KEYWORDS: ReadonlySet<string> = new Set([
  'insert',
  'update',
  'delete',
  'drop',
  'create',
  'alter',
  'attach',
  'detach',
  'pragma',
  'vacuum',
  'reindex',
  'analyze',
  'begin',
  'commit',
  'rollback',
  'savepoint',
  'release',
  'transaction',
  'trigger',
  'returning',
  'into',
  'conflict',
  'upsert',
  'explain',
  'truncate',
  'grant',
  'revoke',
  'copy',
]);

/** Names refused wherever they appear (bare or quoted): dangerous functions. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  'load_extension',
  'readfile',
  'writefile',
  'edit',
  'fts3_tokenizer',
  'zeroblob',
  'randomblob',
  'printf',
  'format',
  'sqlite_compileoption_get',
  'sqlite_compileoption_used',
  'sqlite_offset',
]);

/** Name prefixes refused wherever they appear: SQLite's catalogue and pragma table-valued functions. */
export const FORBIDDEN_PREFIXES: readonly string[] = ['sqlite_', 'pragma_'];
