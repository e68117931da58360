import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath } from './app-path';

const rootDir = '/opt/flowcase/out/renderer';
const resolve = (url: string): string | null => resolveAppPath({ rootDir, url });

describe('resolveAppPath', () => {
  it('given the root or a folder, when resolved, then index.html is served', () => {
    expect(resolve('app://flowcase')).toBe(`${rootDir}/index.html`);
    expect(resolve('app://flowcase/')).toBe(`${rootDir}/index.html`);
    expect(resolve('app://flowcase/report/')).toBe(`${rootDir}/report/index.html`);
  });

  it('given an asset with a query, when resolved, then the file inside the root is served', () => {
    expect(resolve('app://flowcase/assets/index-abc.js?v=1#x')).toBe(
      `${rootDir}/assets/index-abc.js`,
    );
    expect(resolve('app://flowcase/assets/my%20file.css')).toBe(`${rootDir}/assets/my file.css`);
  });

  it.each([
    ['dot-dot (normalised by the URL parser, still inside)', 'app://flowcase/../index.html'],
    ['encoded dot-dot (normalised by the URL parser)', 'app://flowcase/%2e%2e/index.html'],
    ['upper-case encoded dot-dot', 'app://flowcase/%2E%2E/%2E%2E/index.html'],
    ['an absolute path (read below the root)', 'app://flowcase//index.html'],
  ])('given %s, when resolved, then it stays inside the root', (_name, url) => {
    expect(resolve(url)).toBe(`${rootDir}/index.html`);
  });

  it('given an encoded absolute path, when resolved, then it is read below the root, not from /', () => {
    expect(resolve('app://flowcase/%2Fetc%2Fpasswd')).toBe(`${rootDir}/etc/passwd`);
  });

  it.each([
    ['encoded slashes', 'app://flowcase/..%2f..%2fetc%2fpasswd'],
    ['encoded dot-dot and slash', 'app://flowcase/%2e%2e%2f%2e%2e%2fsecret'],
    ['a sibling folder with the same prefix', 'app://flowcase/..%2frenderer-evil%2fx.js'],
    ['a backslash', 'app://flowcase/..%5c..%5csecret'],
    ['a raw backslash', 'app://flowcase/..\\..\\secret'],
    ['a UNC path', 'app://flowcase/%5c%5cserver%5cshare%5cx.js'],
    ['an encoded Windows absolute path', 'app://flowcase/C%3A%5CWindows%5Cwin.ini'],
    ['encoded dot-dot after a folder', 'app://flowcase/assets/..%2F..%2F..%2Fetc%2Fpasswd'],
    ['a raw NUL byte', 'app://flowcase/index.html\u0000.png'],
    ['a NUL byte', 'app://flowcase/index.html%00.png'],
    ['a drive letter', 'app://flowcase/C:/Windows/win.ini'],
    ['bad percent encoding', 'app://flowcase/%E0%A4%A'],
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///opt/flowcase/out/renderer/index.html'],
    ['garbage', 'not a url'],
  ])('given %s, when resolved, then it is refused', (_name, url) => {
    expect(resolve(url)).toBeNull();
  });

  it('given Windows paths, when an encoded escape is resolved, then it is refused', () => {
    const winRoot = 'C:\\Program Files\\Flowcase\\resources\\app\\out\\renderer';
    const win = (url: string): string | null =>
      resolveAppPath({ rootDir: winRoot, url, pathApi: path.win32 });
    expect(win('app://flowcase/assets/a.js')).toBe(`${winRoot}\\assets\\a.js`);
    expect(win('app://flowcase/..%2f..%2fsecret.txt')).toBeNull();
    expect(win('app://flowcase/%2e%2e%5csecret.txt')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('given known and unknown extensions, when typed, then the MIME type matches', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });
});
