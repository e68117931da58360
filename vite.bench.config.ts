/**
 * Benchmark build (`npm run bench` runs it first): one Node ESM file, `out/bench/run.mjs`,
 * from `scripts/bench/run.ts`, with the engines and their dependencies bundled in and
 * minification off; Node built-ins stay external. `scripts/bench.mjs` runs it once per figure.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: 'scripts/bench/run.ts',
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'es', entryFileNames: 'run.mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
