/**
 * The editor benchmark's browser and servers: the built web UI (`out/web`) and the baseline
 * page (`out/bench-baseline`, with the map written beside it as `map-1000.json`) each served
 * by `vite preview` on a free port of 127.0.0.1, and Debian's Chromium launched headless the
 * way the e2e tests launch it (playwright.config.ts), in a 1920 x 1080 window at scale 1.
 * `npm run bench` builds both pages first; run alone, build them with it once.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { HEADLESS_CHROMIUM_ARGS } from '../../../cli/src/report/chromium-args';

export const WINDOW = { width: 1920, height: 1080 } as const;

const CHROMIUM = process.env.FLOWCASE_BENCH_CHROMIUM ?? '/usr/bin/chromium';

export interface Bench {
  browser: Browser;
  appUrl: string;
  baselineUrl: string;
  /** A fresh context (its own storage and clipboard permissions) with one page. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

async function serve(repoRoot: string, configFile: string, outDir: string): Promise<PreviewServer> {
  if (!existsSync(join(repoRoot, outDir, 'index.html')))
    throw new Error(`${outDir} is not built: run npm run bench, which builds it first`);
  return preview({
    root: repoRoot,
    configFile: join(repoRoot, configFile),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview gave no address');
  return url;
}

/** Serve both pages and launch Chromium; `mapText` is written beside the baseline page. */
export async function openBench(repoRoot: string, mapText: string): Promise<Bench> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  writeFileSync(join(repoRoot, 'out', 'bench-baseline', 'map-1000.json'), mapText);
  const servers: PreviewServer[] = [];
  let browser: Browser | null = null;
  const close = async (): Promise<void> => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  };
  try {
    servers.push(await serve(repoRoot, 'vite.web.config.ts', 'out/web'));
    servers.push(await serve(repoRoot, 'vite.bench-baseline.config.ts', 'out/bench-baseline'));
    const launched = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...HEADLESS_CHROMIUM_ARGS],
    });
    browser = launched;
    const [app, baseline] = servers as [PreviewServer, PreviewServer];
    return {
      browser: launched,
      appUrl: urlOf(app),
      baselineUrl: urlOf(baseline),
      newPage: async () => {
        const context = await launched.newContext({ viewport: WINDOW, deviceScaleFactor: 1 });
        const page = await context.newPage();
        return { context, page };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
