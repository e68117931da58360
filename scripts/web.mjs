#!/usr/bin/env node
/**
 * `npm run web`: builds the renderer for the browser (vite.web.config.ts -> out/web) and serves
 * it on http://127.0.0.1:PORT/ (PORT from the environment, default 5173) until Ctrl-C.
 *
 * Contract (Playwright's webServer relies on it): prints exactly
 * `Flowcase is running at http://127.0.0.1:PORT/` on its own line once it is listening, and
 * exits non-zero if the build fails or the port is taken.
 */
import { build, preview } from 'vite';

const HOST = '127.0.0.1';
const CONFIG_FILE = 'vite.web.config.ts';

function portFromEnv() {
  const raw = process.env.PORT ?? '5173';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, not "${raw}".`);
  }
  return port;
}

async function main() {
  const port = portFromEnv();
  await build({ configFile: CONFIG_FILE, logLevel: 'warn' });
  const server = await preview({
    configFile: CONFIG_FILE,
    logLevel: 'warn',
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  console.log(`Flowcase is running at http://${HOST}:${port}/`);

  const stop = () => {
    void server.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Flowcase could not start the web build: ${error.message}`);
  process.exit(1);
});
