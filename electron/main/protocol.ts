/**
 * The `app://flowcase` scheme that serves the built renderer (`out/renderer`).
 *
 * Decided once: the renderer is never loaded from `file://`. IndexedDB, where the workspace
 * lives, is tied to the origin, so the origin must stay `app://flowcase` across releases.
 *
 * Promises: `registerAppScheme` runs before `app` is ready (Electron requires it); the handler
 * only serves files inside the renderer folder (see `resolveAppPath`), answers 404 otherwise,
 * falls back to `index.html` for extension-less paths (client-side routes), and sends the CSP
 * header with every response.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentTypeFor, resolveAppPath } from './app-path';
import { CONTENT_SECURITY_POLICY } from './csp';
import { APP_SCHEME } from './url-policy';

/** Must be called before `app.whenReady()` resolves. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // codeCache: V8 keeps the compiled bundle between starts (the cold-start figure).
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
}

async function readFirst(candidates: readonly string[]): Promise<[string, Buffer] | null> {
  for (const file of candidates) {
    try {
      return [file, await readFile(file)];
    } catch {
      // Missing or unreadable: try the next candidate.
    }
  }
  return null;
}

/** Serves `rootDir` on the `app://` scheme of the default session. Call once, after ready. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath({ rootDir, url: request.url });
    if (!file) return notFound();
    const candidates =
      path.extname(file) === '' ? [file, path.join(rootDir, 'index.html')] : [file];
    const found = await readFirst(candidates);
    if (!found) return notFound();
    const [servedFile, body] = found;
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': contentTypeFor(servedFile),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
