import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { emitRouterTypes } from '../scripts/emitRouterTypes';
import { run, sdkRoot } from '@musaeid/testkit';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
mkdirSync(path.join(sdkRoot, '.generated'), { recursive: true });
// Inside the package (not the OS temp dir) so that the generated files resolve @trpc/* from its node_modules.
const out = mkdtempSync(path.join(sdkRoot, '.generated', 'test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('emitRouterTypes', () => {
  it('prints procedures and plain data structurally, without the context', async () => {
    const outFile = path.join(out, 'data.d.ts');
    const { procedures } = emitRouterTypes({
      projectDir: sdkRoot,
      outFile,
      moduleSpecifier: './test/fixtures/dataRouter',
    });
    expect(procedures).toEqual([
      'ping (query)',
      'items.list (query)',
      'items.put (mutation)',
      'items.watch (subscription)',
      'items.feed (subscription)',
    ]);
    const text = readFileSync(outFile, 'utf8');
    expect(text).not.toMatch(/Stats|Map<|files|import\("/);
    expect(text).toContain('at: Date;');
    expect(text).toContain('tags: ReadonlyArray<string>;');
    expect(text).toContain('pair: [string, number];');
    expect(text).toContain('[key: string]: number;');

    // The generated router gives a client exactly the types the real one does.
    const probe = path.join(out, 'fidelity.ts');
    writeFileSync(
      probe,
      [
        "import type { TRPCClient } from '@trpc/client';",
        "import type { inferRouterError, inferRouterInputs, inferRouterOutputs } from '@trpc/server';",
        "import type { AppRouter as Real } from '../../test/fixtures/dataRouter';",
        "import type { AppRouter as Generated } from './data';",
        'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
        'export const inputs: Equal<inferRouterInputs<Real>, inferRouterInputs<Generated>> = true;',
        'export const outputs: Equal<inferRouterOutputs<Real>, inferRouterOutputs<Generated>> = true;',
        'export const errors: Equal<inferRouterError<Real>, inferRouterError<Generated>> = true;',
        'export const client: Equal<TRPCClient<Real>, TRPCClient<Generated>> = true;',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(out, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'] }),
    );
    const result = await run(process.execPath, [tsc, '--noEmit', '-p', path.join(out, 'tsconfig.json')], {
      cwd: sdkRoot,
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('refuses outputs that are not data, naming the procedure', () => {
    expect(() =>
      emitRouterTypes({
        projectDir: sdkRoot,
        outFile: path.join(out, 'leaky.d.ts'),
        moduleSpecifier: './test/fixtures/leakyRouter',
      }),
    ).toThrow(/nested\.handle output\.close: functions and classes are not data/);
  });

  it('fails clearly when the router cannot be resolved', () => {
    expect(() =>
      emitRouterTypes({
        projectDir: sdkRoot,
        outFile: path.join(out, 'missing.d.ts'),
        moduleSpecifier: './test/fixtures/nowhere',
      }),
    ).toThrow(/cannot resolve AppRouter from '\.\/test\/fixtures\/nowhere'/);
  });
});
