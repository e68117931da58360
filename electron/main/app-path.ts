/**
 * Maps an `app://flowcase/...` request to a file inside the built renderer folder. Pure (only
 * `node:path`), so the traversal rules are unit tested without Electron.
 *
 * Promises: the result is either null (refuse with 404) or an absolute path inside `rootDir`.
 * Requests for another host or scheme, undecodable paths, NUL, backslash or colon, and any path
 * that resolves outside `rootDir` (`..`, encoded `%2e%2e`, encoded slashes) give null.
 */
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './url-policy';

export interface AppPathOptions {
  /** Absolute folder holding the built renderer (`out/renderer`). */
  rootDir: string;
  /** The request URL as received by the protocol handler. */
  url: string;
  /** Path implementation; `path.win32` in tests to check Windows rules. */
  pathApi?: path.PlatformPath;
}

export function resolveAppPath({ rootDir, url, pathApi = path }: AppPathOptions): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;

  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // NUL, backslash and colon never occur in built asset names; on Windows they could reach
  // another folder or drive.
  if (/[\0\\:]/.test(relative)) return null;
  if (!relative.startsWith('/')) relative = `/${relative}`;
  if (relative.endsWith('/')) relative += 'index.html';

  const root = pathApi.resolve(rootDir);
  const resolved = pathApi.resolve(root, `.${relative}`);
  const inside = resolved.startsWith(root.endsWith(pathApi.sep) ? root : root + pathApi.sep);
  return inside ? resolved : null;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type to serve a file with; unknown extensions are opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
