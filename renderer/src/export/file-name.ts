// File names for downloads, made from names the user typed: no control characters and none of
// the characters file systems refuse, never empty, never too long for a file system.

/** Most characters of the name before the extension. */
const MAX_BASE_LENGTH = 120;

/**
 * `parts` joined with " - " as a file name ending in `.extension`: characters a file system
 * refuses (\ / : * ? " < > |) and line breaks become spaces, other control characters go,
 * and an empty name reads `fallback`.
 */
export function downloadName(
  parts: readonly string[],
  extension: string,
  fallback: string,
): string {
  const clean = (part: string): string =>
    [...part.replace(/\s+/g, ' ')]
      .filter((ch) => ch >= ' ' && ch !== '\u007f')
      .join('')
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const base =
    parts
      .map(clean)
      .filter((part) => part !== '')
      .join(' - ') || fallback;
  return `${base.slice(0, MAX_BASE_LENGTH).trim()}.${extension}`;
}
