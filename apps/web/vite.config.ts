import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server `pnpm dev` proxies to (start it with `pnpm start` in another terminal). */
const api = process.env.MUSAEID_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: {
    host: '127.0.0.1',
    proxy: Object.fromEntries(
      ['/trpc', '/api', '/export', '/panel', '/docs', '/openapi.json', '/healthz'].map((p) => [p, api]),
    ),
  },
});
