import { describe, expect, it } from 'vitest';
import { cssString, FOOTER_NAME_CHARS, footerName, pageStyle } from './page-style';

describe('the printed page', () => {
  it('names the project in the footer, a long name cut so the page number keeps its room', () => {
    expect(footerName('Accounts payable: invoice processing')).toBe(
      'Accounts payable: invoice processing',
    );
    const long = `${'Very long project name '.repeat(10)}end`;
    const cut = footerName(long);
    expect([...cut].length).toBeLessThanOrEqual(FOOTER_NAME_CHARS);
    expect([...cut].length).toBeGreaterThan(FOOTER_NAME_CHARS - 3);
    expect(cut.endsWith(' …')).toBe(false); // cut at a space: no space before the ellipsis
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    // characters outside the basic plane are counted, and never cut in two
    expect([...footerName('🧾'.repeat(100))]).toHaveLength(FOOTER_NAME_CHARS);
    expect(pageStyle(long, 'letter')).toContain(`content: ${cssString(cut)};`);
  });

  it('quotes the name as a CSS string, whatever it holds', () => {
    expect(cssString('A "quoted" \\ name')).toBe('"A \\"quoted\\" \\\\ name"');
  });
});
