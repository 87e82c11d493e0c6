import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The shared library is compiled from source, so the console never waits for its build. */
const domainSource = fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@resacoop/domain': domainSource },
  },
  build: {
    // The API serves this folder at `/` with a fallback to index.html for client-side routes.
    outDir: '../../dist/console',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      // Same-origin in production; in development the API runs on its own port.
      '/api': { target: 'http://localhost:3000' },
    },
  },
});
