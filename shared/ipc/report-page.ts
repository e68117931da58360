/**
 * How a program that prints the report page (renderer/report.html) hears that it is drawn:
 * `flowcase report` gives the page, under this name, a function the page calls once: with no
 * problems when every figure is drawn and the fonts are loaded, else with the problems that
 * keep it from being drawn. Told the moment it happens; watching the page for it would poll.
 */
export const REPORT_SETTLED = '__FLOWCASE_REPORT_SETTLED__';

/**
 * How that program hears how far the page is: under this name it gives the page a function
 * the page calls with the share of its figures computed, 0..1, never decreasing, at most a few
 * times a second, so a person waiting at a terminal sees the report move.
 */
export const REPORT_PROGRESS = '__FLOWCASE_REPORT_PROGRESS__';
