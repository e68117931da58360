/**
 * Which web permissions the app's own page gets: the few a document editor needs, and only for
 * the main frame of a page on an app origin. Everything else (camera, notifications,
 * geolocation, devices, ...) and every other frame or origin is refused. Pure, unit tested.
 *
 * - `clipboard-sanitized-write` and `clipboard-read`: copy and paste of steps on the map go
 *   through `navigator.clipboard` (renderer/src/editor/clipboard-actions.ts).
 * - `fullscreen`: presenter mode fills the screen for a projector.
 */
import { isAppUrl } from './url-policy';

export const APP_PERMISSIONS: readonly string[] = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
];

export interface PermissionAsker {
  /** The URL the asking frame last loaded; undefined when not asked by a document. */
  readonly requestingUrl?: string | undefined;
  readonly isMainFrame: boolean;
}

export function isAllowedPermission(
  permission: string,
  asker: PermissionAsker,
  appOrigins: readonly string[],
): boolean {
  return (
    APP_PERMISSIONS.includes(permission) &&
    asker.isMainFrame &&
    asker.requestingUrl !== undefined &&
    isAppUrl(asker.requestingUrl, appOrigins)
  );
}
