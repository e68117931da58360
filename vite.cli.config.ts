/**
 * Command-line build (`npm run build:cli`, also run by `prepare`): one Node ESM file,
 * `out/cli/flowcase.mjs`, with its dependencies (zod, mathjs, ...) bundled in so it starts
 * fast; Node built-ins stay external.
 *
 * Contract with `cli/bin/flowcase.mjs`: the bundle's entry module (`cli/src/main.ts`) exports
 *   `async function run(argv: string[]): Promise<number>`
 * which takes the arguments after the command name and resolves to the process exit code.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

export default defineConfig({
  define: { __FLOWCASE_VERSION__: JSON.stringify(version) },
  build: {
    ssr: 'cli/src/main.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      // playwright-core (`flowcase report`) crashes when bundled: it stays a runtime dependency.
      external: [
        ...builtinModules,
        ...builtinModules.map((name) => `node:${name}`),
        'playwright-core',
      ],
      output: { format: 'es', entryFileNames: 'flowcase.mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
