import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh scratch folder under the OS temp dir (`musaeid-<prefix>-XXXXXX`); remove it with {@link removeTmp}. */
export function makeTmp(prefix = 'test'): string {
  return mkdtempSync(path.join(os.tmpdir(), `musaeid-${prefix}-`));
}

export function removeTmp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A scratch folder and the function that removes it. */
export function tmpDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = makeTmp(prefix);
  return { dir, cleanup: () => removeTmp(dir) };
}
