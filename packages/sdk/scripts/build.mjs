// Builds the package with tsup and checks that the declarations were written. tsup writes them in a worker thread;
// when that worker dies (seen once under heavy load: egoist/tsup#1410), nothing keeps tsup's process alive, and it
// exits 0 with the JavaScript built and no .d.ts. So a build without its declarations is run once more, and fails
// loudly if they are still missing, rather than packing a package whose types are gone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const declarations = ['dist/index.d.ts', 'dist/index.d.cts'].map((file) => path.join(root, file));
const missing = () => declarations.filter((file) => !existsSync(file)).map((file) => path.relative(root, file));

for (let attempt = 1; attempt <= 2; attempt++) {
  const run = spawnSync('tsup', { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.error) throw run.error;
  if (run.status !== 0) process.exit(run.status ?? 1);
  const gone = missing();
  if (gone.length === 0) process.exit(0);
  console.error(`build: tsup exited 0 without ${gone.join(', ')} (attempt ${attempt} of 2)`);
}
process.exit(1);
