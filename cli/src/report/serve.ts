/**
 * A static file server for the built report page (`out/report`) on 127.0.0.1 and a port the
 * system picks: Chromium blocks module scripts and workers from `file:`. It serves files under
 * `root` only (a path that climbs out is not found), GET and HEAD only, and lives as long as
 * one `flowcase report`.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  close(): Promise<void>;
}

/** The file under `root` a request path names, or null when it would leave `root`. */
export function fileFor(root: string, requestPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(requestPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)
    ? file
    : null;
}

export function serveFolder(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const file =
      request.method === 'GET' || request.method === 'HEAD'
        ? fileFor(root, request.url ?? '/')
        : null;
    if (file === null) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          // Built assets carry a hash in their names: each engine worker the page starts loads
          // the same script, and should find it in Chromium's cache.
          'cache-control': file.includes(`${sep}assets${sep}`)
            ? 'max-age=3600, immutable'
            : 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
