#!/usr/bin/env node
/**
 * `flowcase` command launcher (package.json "bin").
 *
 * Contract with the bundle built by vite.cli.config.ts (`out/cli/flowcase.mjs`, entry
 * `cli/src/main.ts`): it exports `run(argv: string[]): Promise<number>`; we pass the arguments
 * after the command name and use the result as the exit code. The bundle is built by
 * `npm install` (the `prepare` script) or `npm run build:cli`.
 */
import { existsSync } from 'node:fs';

const bundleUrl = new URL('../../out/cli/flowcase.mjs', import.meta.url);

if (!existsSync(bundleUrl)) {
  console.error(
    'Flowcase: the command-line tool is not built yet — run `npm install` (or `npm run build:cli`) in the Flowcase folder first.',
  );
  process.exitCode = 1;
} else {
  const { run } = await import(bundleUrl.href);
  process.exitCode = await run(process.argv.slice(2));
}
