/**
 * Builds the web UI (src/web) into dist/web, which `tally serve` serves. In development,
 * `npx vite` serves the UI with hot reload and proxies the API to a running `tally serve`.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const api = process.env.TALLY_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/web'),
  base: './',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
  server: { proxy: { '/api': api, '/basemap': api } },
});
