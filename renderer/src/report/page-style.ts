/**
 * The printed page: paper size, margins, and the footer drawn in the page margin (CSS page
 * margin boxes, Chromium 131+) with the project's name and "Page n of m". Written as a style
 * sheet because the project name is only known at run time; the CSP allows inline styles.
 */
import type { Paper } from './input';

const SIZE: Readonly<Record<Paper, string>> = { a4: 'A4', letter: 'letter' };

/**
 * `text` as a CSS string literal. Names refuse control characters (shared/model/schema.ts),
 * so quotes and backslashes are all there is to escape.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** Most characters of the project's name in the footer, so "Page n of m" keeps its room. */
export const FOOTER_NAME_CHARS = 80;

/** `name` cut to `FOOTER_NAME_CHARS`, an ellipsis saying so. */
export function footerName(name: string): string {
  const chars = [...name];
  return chars.length <= FOOTER_NAME_CHARS
    ? name
    : `${chars
        .slice(0, FOOTER_NAME_CHARS - 1)
        .join('')
        .trimEnd()}…`;
}

export function pageStyle(projectName: string, paper: Paper): string {
  return `@page {
  size: ${SIZE[paper]};
  margin: 16mm 16mm 18mm 16mm;
  @bottom-left {
    content: ${cssString(footerName(projectName))};
    font: 400 7.5pt 'Inter', sans-serif;
    color: #556273;
  }
  @bottom-right {
    content: "Page " counter(page) " of " counter(pages);
    font: 400 7.5pt 'Inter', sans-serif;
    color: #556273;
  }
}
@page :first {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}`;
}
