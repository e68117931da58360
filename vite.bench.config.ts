/**
 * Benchmark build (`npm run bench` runs it first): Node ESM files in `out/bench/`, with the
 * engines and their dependencies bundled in and minification off; Node built-ins stay
 * external. `run.mjs` (from `scripts/bench/run.ts`) measures the engines; `editor.mjs` (from
 * `scripts/bench/editor/run-editor.ts`) drives the editor in Chromium, so Playwright and
 * Vite (for `vite preview`) stay external too and load from node_modules.
 * `scripts/bench.mjs` runs each once per figure.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      input: {
        run: 'scripts/bench/run.ts',
        editor: 'scripts/bench/editor/run-editor.ts',
      },
      external: [
        ...builtinModules,
        ...builtinModules.map((name) => `node:${name}`),
        '@playwright/test',
        'vite',
      ],
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
