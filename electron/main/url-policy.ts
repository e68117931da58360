/**
 * URL policy for the Electron shell: pure functions, no Electron imports, so they are unit
 * tested in Node.
 *
 * Promises:
 * - The app itself lives at `APP_ORIGIN` (`app://flowcase`), served by `protocol.ts`. This
 *   origin is decided once and never changes: IndexedDB (the workspace) is tied to it.
 * - `isAppUrl` is true only for URLs on one of the given app origins.
 * - `isAllowedExternalUrl` is true only for plain `https:` URLs, without credentials, whose
 *   origin and path start match an allow-list entry. Everything else is refused.
 * - `isAllowedRequestUrl` decides which requests the session lets through: the app's own
 *   origins and in-page schemes (`data:`, `blob:`, `devtools:`). The network is off.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'flowcase';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * External pages the app may open in the user's browser (origin + path prefix, https only).
 * Real addresses only, never placeholders: until Flowcase has a published site, none.
 */
export const EXTERNAL_URL_ALLOW_LIST: readonly string[] = [];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The origin of `url` as the browser sees it, or null when it cannot be parsed. */
export function originOf(url: string): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  // Custom standard schemes report an opaque origin ("null") in Node; build it ourselves.
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` is on one of `appOrigins` (e.g. `[APP_ORIGIN]`). */
export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && appOrigins.includes(origin);
}

/** True when `url` may be handed to `shell.openExternal`. */
export function isAllowedExternalUrl(
  url: string,
  allowList: readonly string[] = EXTERNAL_URL_ALLOW_LIST,
): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return allowList.some((entry) => {
    const allowed = parse(entry);
    if (!allowed || allowed.protocol !== 'https:') return false;
    return parsed.origin === allowed.origin && parsed.pathname.startsWith(allowed.pathname);
  });
}

const IN_PAGE_SCHEMES: readonly string[] = ['data:', 'blob:', 'devtools:'];

/** True when the session may perform a request to `url` (everything else is cancelled). */
export function isAllowedRequestUrl(url: string, appOrigins: readonly string[]): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (IN_PAGE_SCHEMES.includes(parsed.protocol)) return true;
  return isAppUrl(url, appOrigins);
}
