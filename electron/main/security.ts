/**
 * Security policy applied to every session and web contents of the app.
 *
 * Promises:
 * - No navigation away from the app origins (`will-navigate`, `will-redirect`).
 * - No new windows: `window.open` and target=_blank are denied; allow-listed `https:` links
 *   (see `isAllowedExternalUrl`) open in the user's browser instead.
 * - No `<webview>`; no permissions (camera, notifications, ...) but the clipboard and full
 *   screen for the app's own main frame (`permissions.ts`).
 * - No network: the session cancels every request that is not to an app origin or an
 *   in-page scheme (`data:`, `blob:`, `devtools:`).
 * The decisions themselves live in `url-policy.ts`, which is unit tested.
 */
import { shell, type Session, type WebContents } from 'electron';
import { isAllowedPermission } from './permissions';
import {
  EXTERNAL_URL_ALLOW_LIST,
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isAppUrl,
} from './url-policy';

/** What a web contents may open outside the app, and how (tests pass fakes). */
export interface ExternalLinks {
  /** Origin + path prefixes of https pages that may open in the browser. */
  readonly allowList: readonly string[];
  readonly openExternal: (url: string) => Promise<void>;
}

const DEFAULT_EXTERNAL_LINKS: ExternalLinks = {
  allowList: EXTERNAL_URL_ALLOW_LIST,
  openExternal: (url) => shell.openExternal(url),
};

/** Turns off permissions and the network for `session`. Call once per session, after ready. */
export function secureSession(session: Session, appOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details, appOrigins)),
  );
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isAllowedPermission(permission, details, appOrigins),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, appOrigins) });
  });
}

/** Locks down one web contents. Call from `app.on('web-contents-created')`. */
export function secureWebContents(
  contents: WebContents,
  appOrigins: readonly string[],
  links: ExternalLinks = DEFAULT_EXTERNAL_LINKS,
): void {
  const denyForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, appOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A failure (no browser installed) has no one to tell: the page was not waiting for it.
    if (isAllowedExternalUrl(url, links.allowList)) void links.openExternal(url).catch(() => {});
    return { action: 'deny' };
  });
}
