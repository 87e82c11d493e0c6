import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The shared library is compiled from source, so the console never waits for its build. */
const domainSource = fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url));

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/** Text files worth compressing; below about a kilobyte the headers cost more than they save. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;
const MIN_BYTES = 1024;

/**
 * Writes `file.br` and `file.gz` beside each text file of the build, at the highest levels (paid
 * once here, never per request): the API sends whichever the browser accepts (bootstrap.ts).
 */
function precompress(): Plugin {
  return {
    name: 'resacoop:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const path = join(dir, file);
          const content = await readFile(path);
          if (content.byteLength < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            compressBrotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
              },
            }),
            compressGzip(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          // A copy that saves nothing is not worth a header.
          if (br.byteLength < content.byteLength) await writeFile(`${path}.br`, br);
          if (gz.byteLength < content.byteLength) await writeFile(`${path}.gz`, gz);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
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
