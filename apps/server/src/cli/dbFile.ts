import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { CliError } from './CliError';

/** Resolves a --db path; creates its folder when `create`, else insists that the file exists. */
export function dbFile(file: string, opts: { create: boolean }): string {
  const full = path.resolve(file);
  if (existsSync(full) && statSync(full).isDirectory())
    throw new CliError(`--db ${file} is a directory, not a database file`);
  if (opts.create) mkdirSync(path.dirname(full), { recursive: true });
  else if (!existsSync(full))
    throw new CliError(`database ${file} does not exist (create it with: musaeid migrate --db ${file})`);
  return full;
}
