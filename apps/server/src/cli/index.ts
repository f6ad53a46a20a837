#!/usr/bin/env node
/**
 * `musaeid <command>`: the project's CLI. Starts fast: each command's module (and the database,
 * engine and server code behind it) is imported only when that command runs.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

import { CliError } from './CliError';

const defaultDb = () => process.env.MUSAEID_DB?.trim() || './data/musaeid.db';

const positiveInt = (name: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError(`${name} must be a positive whole number`);
  return Number(value);
};
const port = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('must be a port number 0-65535');
  return Number(value);
};
const isoDate = (value: string) => {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('must be a date YYYY-MM-DD');
  }
  return value;
};
const databaseUrlOption = () =>
  new Option(
    '--database-url <url>',
    'PostgreSQL database, postgres://user@host:port/db (env MUSAEID_DATABASE_URL); replaces --db',
  ).default(process.env.MUSAEID_DATABASE_URL?.trim() || undefined, 'MUSAEID_DATABASE_URL');
const dbOption = () =>
  new Option('--db <file>', 'SQLite database file (env MUSAEID_DB)').default(defaultDb(), defaultDb());

const ROUTE_HELP =
  "which generator answers with a model configured: 'offline' (never the model), 'offline-first' (the model only " +
  "when the offline parse is incomplete; the default with a model) or 'llm' (env MUSAEID_ROUTE)";

const program = new Command()
  .name('musaeid')
  .description('Ask your event, company and people data in plain English.')
  .exitOverride();

program
  .command('migrate')
  .description('create or upgrade a database to the latest schema')
  .addOption(dbOption())
  .addOption(databaseUrlOption())
  .action(async (o: { db: string; databaseUrl?: string }) => (await import('./migrate')).runMigrate(o));

program
  .command('ingest')
  .description('load the three CSV files (event_info, company_info, people_info) into a database')
  .requiredOption('--from <dir>', 'folder holding the CSV files')
  .addOption(dbOption())
  .addOption(databaseUrlOption())
  .action(async (o: { from: string; db: string; databaseUrl?: string }) => (await import('./ingest')).runIngest(o));

program
  .command('demo')
  .description('generate a seeded demo data set and ingest it')
  .addOption(dbOption())
  .option('--people <n>', 'number of people to generate', positiveInt('--people'))
  .option('--seed <n>', 'random seed', positiveInt('--seed'))
  .action(async (o: { db: string; people?: number; seed?: number }) => (await import('./demo')).runDemo(o));

program
  .command('ask')
  .description('answer a question (or a batch of them) from the command line')
  .argument('[question]', 'the question, in English')
  .addOption(dbOption())
  .addOption(databaseUrlOption())
  .option('--as-of <date>', 'what "today" is, YYYY-MM-DD', isoDate)
  .option('--route <route>', ROUTE_HELP)
  .option('--json', 'print JSON (one line per question)')
  .option('--batch <file>', 'JSON lines of {"id","question","context"?}; answers one line per question')
  .action(
    async (
      question: string | undefined,
      o: { db: string; databaseUrl?: string; asOf?: string; route?: string; json?: boolean; batch?: string },
    ) => (await import('./ask')).runAsk({ question, ...o }),
  );

program
  .command('serve')
  .description('start the HTTP server (tRPC at /trpc, REST at /api, docs at /docs, panel at /panel)')
  .option('--db <file>', 'SQLite database file (env MUSAEID_DB)')
  .option(
    '--database-url <url>',
    'PostgreSQL database for the data and the app tables, postgres://user@host:port/db (env MUSAEID_DATABASE_URL); replaces --db',
  )
  .option('--port <n>', 'port (env PORT, default 3000)', port)
  .option('--host <addr>', 'address to listen on (env HOST, default 127.0.0.1)')
  .option('--route <route>', ROUTE_HELP)
  .option('--demo-if-empty', 'on an empty database: generate demo data and create an admin with a key')
  .action(
    async (o: {
      db?: string;
      databaseUrl?: string;
      port?: number;
      host?: string;
      route?: string;
      demoIfEmpty?: boolean;
    }) => (await import('./serve')).runServe(o),
  );

const users = program.command('users').description('manage accounts');
users
  .command('create')
  .description('create a user and print their API key (shown once)')
  .requiredOption('--email <email>', 'e-mail address')
  .option('--admin', 'give the admin role')
  .addOption(dbOption())
  .addOption(databaseUrlOption())
  .option('--json', 'print {"userId","apiKey"}')
  .action(async (o: { email: string; admin?: boolean; db: string; databaseUrl?: string; json?: boolean }) =>
    (await import('./users')).runUsersCreate(o),
  );

users
  .command('key')
  .description('issue a new API key to an existing user (shown once), e.g. after they revoked their last one')
  .requiredOption('--email <email>', "the user's e-mail address")
  .option('--name <name>', 'a name for the key')
  .addOption(dbOption())
  .addOption(databaseUrlOption())
  .option('--json', 'print {"userId","keyId","apiKey"}')
  .action(async (o: { email: string; name?: string; db: string; databaseUrl?: string; json?: boolean }) =>
    (await import('./users')).runUsersKey(o),
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // commander already printed its one-line message (or the help / version).
    process.exitCode = error.exitCode;
  } else {
    const message = error instanceof CliError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`musaeid: ${message.split('\n').join('\n  ')}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}
