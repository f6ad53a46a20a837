import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `pnpm build` puts the browser app (`apps/web/dist`), seen from this file. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface WebFile {
  body: Buffer;
  type: string;
  cacheControl: string;
}

/**
 * The built browser app as files: `/` is its index.html, `/assets/...` its hashed bundles (cached
 * for a year: a new build has new names). Null for anything else, and when the app is not built,
 * so the server's own routes and 404s stay as they are.
 */
export function createWebApp(dir: string): ((pathname: string) => Promise<WebFile | null>) | null {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'index.html'))) return null;
  return async (pathname) => {
    if (pathname === '/' || pathname === '/index.html') {
      return {
        body: await readFile(path.join(root, 'index.html')),
        type: TYPES['.html'] as string,
        cacheControl: 'no-cache',
      };
    }
    if (!pathname.startsWith('/assets/')) return null;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(1));
    } catch {
      return null;
    }
    const file = path.resolve(root, relative);
    // Only files under the app's folder: "..", encoded or not, cannot climb out of it.
    if (!file.startsWith(root + path.sep)) return null;
    const type = TYPES[path.extname(file)];
    if (!type) return null;
    try {
      return { body: await readFile(file), type, cacheControl: 'public, max-age=31536000, immutable' };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR')
        return null;
      throw error;
    }
  };
}
