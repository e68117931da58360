/**
 * The window title of a document: "Invoice approval.flowcase — Flowcase". Unsaved changes show
 * as a leading "• " on Windows and Linux; on macOS the close button's dot says it instead
 * (`setDocumentEdited`), as the platform's own apps do.
 */
export const APP_NAME = 'Flowcase';

export function windowTitle(name: string, dirty: boolean, platform: NodeJS.Platform): string {
  const marker = dirty && platform !== 'darwin' ? '• ' : '';
  return `${marker}${name} — ${APP_NAME}`;
}

/** The name a question about the document uses: without the `.flowcase` extension. */
export function documentName(name: string): string {
  return name.replace(/\.flowcase$/i, '');
}

/** `path` with `extension` (".flowcase", ".pdf") added when it does not end with it. */
export function withExtension(filePath: string, extension: string): string {
  return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
}
