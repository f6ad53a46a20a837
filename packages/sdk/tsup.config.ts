import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'tsup';

import { emitRouterTypes } from './scripts/emitRouterTypes';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The router's client-facing type, generated from the server's `AppRouter` before each build. */
const routerTypes = path.join(here, '.generated', 'server.d.ts');

export default defineConfig(() => {
  const { procedures } = emitRouterTypes({ projectDir: here, outFile: routerTypes });
  console.log(`router types: ${procedures.length} procedures -> ${path.relative(here, routerTypes)}`);
  return {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    // No source maps: the output is small and unminified, and maps would carry the workspace's sources.
    sourcemap: false,
    clean: true,
    treeshake: true,
    // Declarations: `@musaeid/server` resolves to the generated file, which is inlined, so the published
    // .d.ts files name only @trpc/client, @trpc/server and eventsource (the package's dependencies).
    dts: {
      compilerOptions: {
        paths: { '@musaeid/server': [routerTypes] },
      },
    },
  };
});
