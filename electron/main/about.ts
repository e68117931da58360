/**
 * The About dialog: the app's version, the versions of Electron, Chromium, Node.js and V8 it
 * runs on, and the third-party libraries bundled in it with their licences (read from the
 * table in THIRD_PARTY_NOTICES.md, see third-party-notices.ts).
 *
 * Promises: `aboutDetail` is pure and never fails: a notices text without a table gives the
 * versions and a pointer to the notices file; `showAbout` shows one native message box
 * attached to the given window (modal to it), and resolves when the user closes it.
 * No Electron import: the dialog is passed in.
 */
import type { BaseWindow, MessageBoxOptions } from 'electron';

export interface AboutVersions {
  /** `app.getVersion()`. */
  readonly app: string;
  /** `process.versions.electron`, `.chrome`, `.node`, `.v8`. */
  readonly electron: string;
  readonly chrome: string;
  readonly node: string;
  readonly v8: string;
}

export interface BundledLibrary {
  readonly name: string;
  readonly version: string;
  readonly licence: string;
}

/** Cells of a Markdown table row, trimmed; null for a line that is not a row. */
function cells(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|')) return null;
  return trimmed
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
}

/**
 * The libraries listed in the notices' table: columns "package", "version" and "licence"
 * found by their header, so adding or reordering columns does not break it.
 */
export function bundledLibraries(notices: string): BundledLibrary[] {
  const rows = notices
    .split(/\r?\n/)
    .map(cells)
    .filter((row): row is string[] => row !== null);
  const header = rows[0]?.map((cell) => cell.toLowerCase());
  if (header === undefined) return [];
  const column = (name: string): number => header.findIndex((cell) => cell.startsWith(name));
  const [name, version, licence] = [column('package'), column('version'), column('licen')];
  if (name < 0 || version < 0 || licence < 0) return [];
  return rows
    .slice(1)
    .filter((row) => !row.every((cell) => /^:?-+:?$/.test(cell)))
    .map((row) => ({
      name: row[name] ?? '',
      version: row[version] ?? '',
      licence: row[licence] ?? '',
    }))
    .filter((library) => library.name !== '');
}

/** The dialog's detail text: versions, then each bundled library with its licence. */
export function aboutDetail(versions: AboutVersions, notices: string): string {
  const lines = [
    `Version ${versions.app}`,
    '',
    `Electron ${versions.electron}`,
    `Chromium ${versions.chrome}`,
    `Node.js ${versions.node}`,
    `V8 ${versions.v8}`,
    '',
  ];
  const libraries = bundledLibraries(notices);
  if (libraries.length > 0) {
    lines.push('Open-source software inside Flowcase:');
    for (const library of libraries) {
      lines.push(`${library.name} ${library.version}: ${library.licence}`);
    }
    lines.push('');
  }
  lines.push(
    'Sources and full licence texts are listed in THIRD_PARTY_NOTICES.md, in the licenses ' +
      "folder of the app's resources.",
  );
  return lines.join('\n');
}

/** What `showAbout` needs of Electron's `dialog`. */
export interface MessageBoxApi {
  showMessageBox(window: BaseWindow, options: MessageBoxOptions): Promise<unknown>;
}

export async function showAbout(
  dialog: MessageBoxApi,
  window: BaseWindow,
  about: { appName: string; versions: AboutVersions; notices: string },
): Promise<void> {
  await dialog.showMessageBox(window, {
    type: 'info',
    title: `About ${about.appName}`,
    message: `${about.appName} ${about.versions.app}`,
    detail: aboutDetail(about.versions, about.notices),
    buttons: ['OK'],
    defaultId: 0,
    noLink: true,
  });
}
