/**
 * The shipped package, tested as shipped: build (tsup), `pnpm pack`, install the tarball into a
 * scratch app outside the workspace (npm, from the registry), type-check a program that uses it
 * (and one that must fail), and run the example app against the live server.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { exampleRoot, run, runOk, sdkRoot } from '@musaeid/testkit';

const server = inject('server');
/** The workspace's TypeScript (5.9), for the check that needs the server's source types. */
const workspaceTsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const dist = path.join(sdkRoot, 'dist');

/** Module specifiers the published files may import: the package's own dependencies. */
const ALLOWED_TYPE_IMPORTS = new Set(['@trpc/client', '@trpc/server', 'eventsource']);
const ALLOWED_RUNTIME_IMPORTS = new Set(['@trpc/client', 'eventsource', 'superjson']);
/** Anything of the server's internals that must never reach the published files. */
const FORBIDDEN =
  /mikro-orm|better-sqlite3|\bsqlite3\b|@musaeid\/(server|db|core)|apps\/server|packages\/(db|core)|\bpino\b|\bzod\b|EntityManager|\bKysely\b/;

/** `from '...'`, `import('...')` and `require('...')` specifiers of a file. */
function importSpecifiers(text: string): string[] {
  const specifiers = new Set<string>();
  for (const re of [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^import\s+['"]([^'"]+)['"]/gm,
  ]) {
    for (const match of text.matchAll(re)) if (match[1] !== undefined) specifiers.add(match[1]);
  }
  return [...specifiers].sort();
}

/** Strips comments so that examples in doc comments (`import ... from '@musaeid/sdk'`) are not read as imports. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

let packDir = '';
let scratch = '';
let tarball = '';

beforeAll(async () => {
  await runOk('pnpm', ['build'], { cwd: sdkRoot });
  packDir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-sdk-pack-'));
  await runOk('pnpm', ['pack', '--pack-destination', packDir], { cwd: sdkRoot });
  const file = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  if (file === undefined) throw new Error(`pnpm pack wrote no tarball to ${packDir}`);
  tarball = path.join(packDir, file);

  // The scratch app: the example app's sources, depending on the tarball (nothing of the workspace).
  scratch = mkdtempSync(path.join(os.tmpdir(), 'musaeid-sdk-app-'));
  const example = JSON.parse(readFileSync(path.join(exampleRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  cpSync(path.join(exampleRoot, 'src'), path.join(scratch, 'src'), { recursive: true });
  cpSync(path.join(exampleRoot, 'tsconfig.json'), path.join(scratch, 'tsconfig.json'));
  writeFileSync(
    path.join(scratch, 'package.json'),
    JSON.stringify(
      {
        name: 'musaeid-sdk-scratch-app',
        private: true,
        type: 'module',
        dependencies: { '@musaeid/sdk': `file:${tarball}` },
        // The example's own dev tools (TypeScript 5.9, Node's types), installed like any app's.
        devDependencies: example.devDependencies,
      },
      null,
      2,
    ),
  );
  // A CommonJS consumer: `require()` and the .d.cts declarations.
  writeFileSync(
    path.join(scratch, 'src', 'cjs-check.cts'),
    [
      "import sdk = require('@musaeid/sdk');",
      "const client: sdk.MusaeidClient = sdk.createMusaeidClient({ url: 'http://127.0.0.1:1', apiKey: 'k' });",
      "const code: sdk.MusaeidErrorCode | null = sdk.errorCode(new Error('x'));",
      'console.log(JSON.stringify({ client: typeof client.ask, errorCode: code, isError: sdk.isMusaeidError(new sdk.MusaeidError("x")) }));',
      '',
    ].join('\n'),
  );
  // Programs that must NOT type-check.
  mkdirSync(path.join(scratch, 'bad'));
  writeFileSync(
    path.join(scratch, 'bad', 'wrong.ts'),
    [
      "import { createMusaeidClient, type RouterInputs } from '@musaeid/sdk';",
      "const client = createMusaeidClient({ url: 'http://127.0.0.1:1', apiKey: 'k' });",
      "const result = await client.ask('How many events are there?');",
      'export const count: number = result.message.text;',
      "export const input: RouterInputs['chat']['send'] = { chatId: 'c', question: 'typo' };",
      "await client.chat.sendd.mutate({ chatId: 'c', text: 't' });",
      '',
    ].join('\n'),
  );
  // The declarations checked too (skipLibCheck off), with and without the DOM lib.
  for (const [name, lib] of [
    ['tsconfig.strict.json', ['ES2023', 'DOM']],
    ['tsconfig.nodom.json', ['ES2023']],
  ] as const) {
    writeFileSync(
      path.join(scratch, name),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true, skipLibCheck: false, lib } }),
    );
  }
  writeFileSync(
    path.join(scratch, 'tsconfig.bad.json'),
    JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true, rootDir: '.' }, include: ['bad'] }),
  );
  await runOk(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    {
      cwd: scratch,
      timeoutMs: 300_000,
    },
  );
}, 600_000);

afterAll(() => {
  for (const dir of [scratch, packDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the built package', () => {
  it('has ESM, CJS and declarations for both', () => {
    const files = readdirSync(dist).sort();
    expect(files).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']));
    for (const file of files) console.log(`dist/${file}: ${statSync(path.join(dist, file)).size} bytes`);
  });

  it('publishes declarations that reference nothing of the server', () => {
    for (const file of readdirSync(dist).filter((f) => /\.d\.c?ts$/.test(f))) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      const specifiers = importSpecifiers(code(text));
      expect(
        specifiers.filter((s) => !ALLOWED_TYPE_IMPORTS.has(s)),
        `${file} imports`,
      ).toEqual([]);
      expect(code(text)).not.toMatch(FORBIDDEN);
      // No `any` from an unresolved type (an async generator's `next` argument type is the one legitimate `any`).
      expect(code(text).replace(/, any>/g, '>')).not.toMatch(/\bany\b/);
      // The router is there, inlined: its procedures and data shapes.
      expect(text).toMatch(/type AppRouter = TRPCBuiltRouter</);
      expect(text).toMatch(/send: TRPCMutationProcedure</);
      expect(text).toMatch(/stream: TRPCSubscriptionProcedure</);
    }
  });

  it('ships JavaScript that imports only its dependencies', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      expect(
        importSpecifiers(code(text)).filter((s) => !ALLOWED_RUNTIME_IMPORTS.has(s)),
        file,
      ).toEqual([]);
      expect(code(text)).not.toMatch(FORBIDDEN);
    }
  });

  it("describes the router exactly as the server's own type does", async () => {
    // Inputs, outputs, the error shape and the whole client type, compared for identity.
    const probe = path.join(sdkRoot, '.generated', 'fidelity.ts');
    writeFileSync(
      probe,
      [
        "import type { TRPCClient } from '@trpc/client';",
        "import type { inferRouterError, inferRouterInputs, inferRouterOutputs } from '@trpc/server';",
        "import type { AppRouter as Server } from '@musaeid/server';",
        "import type { AppRouter as Generated } from './server';",
        'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
        'export const inputs: Equal<inferRouterInputs<Server>, inferRouterInputs<Generated>> = true;',
        'export const outputs: Equal<inferRouterOutputs<Server>, inferRouterOutputs<Generated>> = true;',
        'export const errors: Equal<inferRouterError<Server>, inferRouterError<Generated>> = true;',
        'export const client: Equal<TRPCClient<Server>, TRPCClient<Generated>> = true;',
        '',
      ].join('\n'),
    );
    const config = path.join(sdkRoot, '.generated', 'tsconfig.fidelity.json');
    writeFileSync(config, JSON.stringify({ extends: '../tsconfig.json', include: ['fidelity.ts'] }));
    const result = await run(process.execPath, [workspaceTsc, '--noEmit', '-p', config], { cwd: sdkRoot });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
    // a type-check of the whole router: past the default 60 s on a loaded machine (it failed a CI run that way)
  }, 300_000);

  it('packs dist, README and a manifest with exact dependency versions', async () => {
    const { stdout } = await runOk('tar', ['-tzf', tarball], { cwd: packDir });
    const entries = stdout.trim().split('\n').sort();
    expect(entries).toEqual(
      expect.arrayContaining(['package/package.json', 'package/README.md', 'package/dist/index.d.ts']),
    );
    expect(entries.filter((e) => !/^package\/(package\.json|README\.md|dist\/.+)$/.test(e))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(scratch, 'node_modules/@musaeid/sdk/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const [name, version] of Object.entries(manifest.dependencies))
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    console.log(`tarball ${path.basename(tarball)}: ${statSync(tarball).size} bytes, ${entries.length} files`);
  });
});

describe('an outside app using the installed tarball', () => {
  const tsc = () => path.join(scratch, 'node_modules/typescript/bin/tsc');

  it('type-checks and builds with its own TypeScript 5.9', async () => {
    const version = await runOk(process.execPath, [tsc(), '--version'], { cwd: scratch });
    expect(version.stdout.trim()).toBe('Version 5.9.3');
    const result = await run(process.execPath, [tsc(), '-p', 'tsconfig.json'], { cwd: scratch });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
    const installed = readdirSync(path.join(scratch, 'node_modules')).sort();
    // Nothing of the workspace came along: only the SDK's own dependency tree.
    expect(installed).not.toContain('zod');
    expect(readdirSync(path.join(scratch, 'node_modules/@musaeid'))).toEqual(['sdk']);
  });

  it('type-checks the declarations themselves (skipLibCheck off): they need nothing but their dependencies', async () => {
    const [strict, noDom] = await Promise.all([
      run(process.execPath, [tsc(), '-p', 'tsconfig.strict.json'], { cwd: scratch }),
      run(process.execPath, [tsc(), '-p', 'tsconfig.nodom.json'], { cwd: scratch }),
    ]);
    // tRPC 11.22's own declarations import the types of 'ws' without depending on them (its packaging, not the
    // SDK's): those lines are the only ones allowed; nothing may come from the SDK's declarations.
    const strictErrors = (strict.stdout + strict.stderr).split('\n').filter((line) => line.includes('error TS'));
    expect(strictErrors.filter((line) => !/^node_modules\/@trpc\/server\/dist\/ws-/.test(line))).toEqual([]);
    // Without the DOM lib the only complaint is tRPC's own (its declarations name DOM's RequestInfo); none is the SDK's.
    const errors = noDom.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors.filter((line) => !line.startsWith('node_modules/@trpc/'))).toEqual([]);
    expect(errors.join('\n')).not.toContain('@musaeid/sdk');
  });

  it('fails to type-check a program with deliberate type errors, with the expected errors', async () => {
    const result = await run(process.execPath, [tsc(), '-p', 'tsconfig.bad.json'], { cwd: scratch });
    expect(result.code).not.toBe(0);
    const errors = result.stdout
      .split('\n')
      .filter((line) => line.includes('error TS'))
      .map((line) => line.replace(/^(\S+\(\d+,\d+\): error TS\d+):.*$/, '$1'));
    expect(errors).toEqual([
      'bad/wrong.ts(4,14): error TS2322',
      'bad/wrong.ts(5,67): error TS2353',
      'bad/wrong.ts(6,19): error TS2551',
    ]);
    expect(result.stdout).toContain("Type 'string' is not assignable to type 'number'.");
    expect(result.stdout).toContain("'question' does not exist in type");
    expect(result.stdout).toContain("Property 'sendd' does not exist");
  });

  it('loads through require() (CommonJS)', async () => {
    const { stdout } = await runOk(process.execPath, ['dist/cjs-check.cjs'], { cwd: scratch });
    expect(JSON.parse(stdout)).toEqual({ client: 'function', errorCode: null, isError: true });
  });

  it('runs against the live server: asks, follows up, streams, handles an error, reads usage', async () => {
    const { stdout } = await runOk(process.execPath, ['dist/main.js'], {
      cwd: scratch,
      env: { ...process.env, MUSAEID_URL: server.url, MUSAEID_API_KEY: server.alice.apiKey },
      timeoutMs: 120_000,
    });
    const line = stdout.split('\n').find((l) => l.startsWith('summary: '));
    expect(line, stdout).toBeDefined();
    const summary = JSON.parse(line!.slice('summary: '.length)) as {
      email: string;
      chatId: string;
      sameChat: boolean;
      firstStatus: string | null;
      stages: string[];
      streamedChatId: string | null;
      missingChat: string | null;
      usage: { users: { userId: string; messages: number }[] };
    };
    expect(summary).toMatchObject({
      email: server.alice.email,
      sameChat: true,
      firstStatus: 'answered',
      streamedChatId: summary.chatId,
      missingChat: 'NOT_FOUND',
    });
    expect(summary.stages.at(-1)).toBe('stored');
    expect(summary.stages).toContain('sql');
    const mine = summary.usage.users.find((u) => u.userId === server.alice.userId);
    expect(mine?.messages).toBeGreaterThanOrEqual(3);
  });

  it('says in one line that the key was refused, and exits 1, on a bad key', async () => {
    const result = await run(process.execPath, ['dist/main.js'], {
      cwd: scratch,
      env: { ...process.env, MUSAEID_URL: server.url, MUSAEID_API_KEY: 'msk_not-a-key' },
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'musaeid example: the server refused the API key (UNAUTHORIZED): check MUSAEID_API_KEY',
    );
  });
});
