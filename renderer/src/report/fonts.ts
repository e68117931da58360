/**
 * The report's one typeface, shipped with the app so the PDF looks the same on every machine:
 * Inter 4.1 whole (inter-ui), static instances. Not the subsets of @fontsource: they leave out
 * arrows and signs such as → and ≥, which Chromium then draws from whatever system font it
 * finds. Not the variable font: Chromium's PDF writer embeds a variable font as dozens of
 * Type 3 fonts (larger files, rougher text in some viewers, slower to print); static ones go
 * in as ordinary TrueType subsets.
 *
 * The style sheets ask for weights between the instances (550, 650, 750): each instance
 * covers the weights nearest to it.
 */
import regular from 'inter-ui/web/Inter-Regular.woff2?url';
import italic from 'inter-ui/web/Inter-Italic.woff2?url';
import medium from 'inter-ui/web/Inter-Medium.woff2?url';
import semiBold from 'inter-ui/web/Inter-SemiBold.woff2?url';
import bold from 'inter-ui/web/Inter-Bold.woff2?url';
import extraBold from 'inter-ui/web/Inter-ExtraBold.woff2?url';

/** The family name the report's style sheets use (report.css, page-style.ts). */
const REPORT_FONT = 'Inter';

const FACES: readonly { url: string; weight: string; style: 'normal' | 'italic' }[] = [
  { url: regular, weight: '1 449', style: 'normal' },
  { url: italic, weight: '1 1000', style: 'italic' },
  { url: medium, weight: '450 549', style: 'normal' },
  { url: semiBold, weight: '550 679', style: 'normal' },
  { url: bold, weight: '680 779', style: 'normal' },
  { url: extraBold, weight: '780 1000', style: 'normal' },
];

/**
 * Add the report's faces to the page and start loading them, so they are ready (and the text
 * laid out once, in them) by the time the figures are computed. Resolves once all are loaded;
 * a face that fails to load rejects.
 */
export function loadReportFonts(): Promise<void> {
  return Promise.all(
    FACES.map(({ url, weight, style }) => {
      const face = new FontFace(REPORT_FONT, `url(${url}) format('woff2')`, { weight, style });
      document.fonts.add(face);
      return face.load();
    }),
  ).then(() => undefined);
}
