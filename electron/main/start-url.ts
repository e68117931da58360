/**
 * Where the main window starts and which origins count as the app, decided once at start-up
 * from `app.isPackaged` and the environment. Pure: no Electron import, unit tested.
 *
 * Promises:
 * - A packaged app, `npm start` and `electron .` always load the built renderer from
 *   `app://flowcase` and treat only that origin as the app; no menu items for developers.
 * - The dev server URL (`ELECTRON_RENDERER_URL`) is honoured only under `electron-vite dev`,
 *   recognised by `NODE_ENV_ELECTRON_VITE=development`, which electron-vite's dev server sets
 *   in its own process before it spawns Electron (its `build`, which `npm start` calls, sets
 *   `production`), and only when the URL is plain http(s) on this machine (localhost,
 *   127.0.0.1, [::1]). Then the dev server's origin and its HMR websocket join the app origins.
 * A stray `ELECTRON_RENDERER_URL` in a user's environment can therefore never point the
 * app, with its preload and IPC, at a page from elsewhere.
 */
import { APP_ORIGIN } from './url-policy';

export interface StartContext {
  /** `app.isPackaged`. */
  readonly isPackaged: boolean;
  /** `process.env`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface StartPlan {
  /** What the main window loads. */
  readonly startUrl: string;
  /** The business case page the hidden PDF window loads. */
  readonly reportUrl: string;
  /** Origins whose pages are the app (navigation, requests, IPC senders). */
  readonly appOrigins: readonly string[];
  /** Running under `electron-vite dev`: developer menu items (reload, devtools) are shown. */
  readonly isDev: boolean;
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The dev server's origin when this run may use it, else null. */
export function devServerOrigin({ isPackaged, env }: StartContext): string | null {
  if (isPackaged || env['NODE_ENV_ELECTRON_VITE'] !== 'development') return null;
  const url = env['ELECTRON_RENDERER_URL'];
  if (url === undefined || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (!LOOPBACK_HOSTS.has(parsed.hostname)) return null;
  return parsed.origin;
}

export function startPlan(context: StartContext): StartPlan {
  const dev = devServerOrigin(context);
  if (dev === null) {
    return {
      startUrl: `${APP_ORIGIN}/index.html`,
      reportUrl: `${APP_ORIGIN}/report.html`,
      appOrigins: [APP_ORIGIN],
      isDev: false,
    };
  }
  return {
    startUrl: `${dev}/`,
    reportUrl: `${dev}/report.html`,
    appOrigins: [APP_ORIGIN, dev, dev.replace(/^http/, 'ws')],
    isDev: true,
  };
}
