/**
 * The editor benchmark's baseline page (`npm run bench` builds it): plain React Flow showing
 * the benchmark's 1 000-step map, from `scripts/bench/baseline/` into `out/bench-baseline/`.
 * A production build like the app's (minified, same browser target), never shipped: nothing
 * in the app or its packaging refers to it.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./scripts/bench/baseline', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./out/bench-baseline', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
  },
});
