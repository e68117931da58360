// A file handed to the user as a browser download (the web build and Electron alike): a link
// to an object URL, clicked once, the URL let go a little later (the download reads it first).

/** How long the object URL lives after the click, in milliseconds. */
const URL_LIFETIME_MS = 10_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
