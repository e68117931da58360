import { readFileSync } from 'node:fs';
import type { BaseWindow, MessageBoxOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDetail, bundledLibraries, showAbout, type AboutVersions } from './about';
import { THIRD_PARTY_NOTICES } from './third-party-notices';

const NOTICES = readFileSync(new URL('../../THIRD_PARTY_NOTICES.md', import.meta.url), 'utf8');
const runtimeDependencies = Object.keys(
  (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies,
);

const VERSIONS: AboutVersions = {
  app: '0.1.0',
  electron: '45.3.4',
  chrome: '140.0.7339.0',
  node: '22.19.0',
  v8: '14.0.365.4-electron.0',
};

describe('bundledLibraries', () => {
  it('given the repository notices, when read, then each row becomes a library with its licence', () => {
    const libraries = bundledLibraries(NOTICES);
    expect(libraries).toContainEqual({
      name: 'react, react-dom',
      version: '19.3.1',
      licence: 'MIT',
    });
    expect(libraries).toContainEqual({ name: 'dexie', version: '4.4.7', licence: 'Apache-2.0' });
    expect(libraries.find((library) => library.name === 'elkjs')?.licence).toMatch(/^EPL-2\.0/);
    expect(libraries.every((library) => library.version !== '' && library.licence !== '')).toBe(
      true,
    );
  });

  it('given package.json, when compared, then every runtime dependency is in the notices', () => {
    const listed = bundledLibraries(NOTICES)
      .map((library) => library.name)
      .join(', ');
    for (const dependency of runtimeDependencies) {
      const short = dependency.replace(/^@visx\//, '');
      expect(listed.includes(dependency) || listed.includes(short), dependency).toBe(true);
    }
  });

  it('given a table with reordered columns, when read, then columns are found by their header', () => {
    const table = [
      '| licence | package | version |',
      '| --- | --- | --- |',
      '| MIT | zod | 4.6.7 |',
    ].join('\n');
    expect(bundledLibraries(table)).toEqual([{ name: 'zod', version: '4.6.7', licence: 'MIT' }]);
  });

  it('given text without a table, when read, then no libraries', () => {
    expect(bundledLibraries('# Notices\n\nNone yet.')).toEqual([]);
    expect(bundledLibraries('')).toEqual([]);
  });
});

describe('aboutDetail', () => {
  it('given versions and notices, when written, then it names every version and library', () => {
    const detail = aboutDetail(VERSIONS, NOTICES);
    expect(detail).toContain('Version 0.1.0');
    expect(detail).toContain('Electron 45.3.4');
    expect(detail).toContain('Chromium 140.0.7339.0');
    expect(detail).toContain('Node.js 22.19.0');
    expect(detail).toContain('V8 14.0.365.4-electron.0');
    expect(detail).toContain('zod 4.6.7: MIT');
    expect(detail).toContain('mathjs 15.2.0: Apache-2.0');
    expect(detail).toContain('THIRD_PARTY_NOTICES.md');
  });

  it('given no table, when written, then versions and the pointer to the notices remain', () => {
    const detail = aboutDetail(VERSIONS, '');
    expect(detail).toContain('Electron 45.3.4');
    expect(detail).not.toContain('Open-source software');
    expect(detail).toContain('THIRD_PARTY_NOTICES.md');
  });

  it('given the notices embedded at build time, when compared, then they are the repository file', () => {
    expect(THIRD_PARTY_NOTICES).toBe(NOTICES);
  });
});

describe('showAbout', () => {
  it('given a window, when shown, then one info box attached to it carries the title, version and detail', async () => {
    const showMessageBox = vi.fn((_window: BaseWindow, _options: MessageBoxOptions) =>
      Promise.resolve({ response: 0 }),
    );
    const window = {} as BaseWindow;
    await showAbout({ showMessageBox }, window, {
      appName: 'Flowcase',
      versions: VERSIONS,
      notices: NOTICES,
    });
    expect(showMessageBox).toHaveBeenCalledOnce();
    const [target, options] = showMessageBox.mock.calls[0] ?? [];
    expect(target).toBe(window);
    expect(options).toMatchObject({
      type: 'info',
      title: 'About Flowcase',
      message: 'Flowcase 0.1.0',
      detail: aboutDetail(VERSIONS, NOTICES),
      buttons: ['OK'],
    });
  });
});
