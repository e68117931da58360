import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';

const installed =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('the Chromium flowcase report prints with', () => {
  it('is the one FLOWCASE_CHROMIUM names, when it exists', () => {
    const env = { FLOWCASE_CHROMIUM: '/opt/chrome/chrome' };
    expect(findChromium(env, installed('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('is none when FLOWCASE_CHROMIUM names one that does not exist, even with others installed', () => {
    const env = { FLOWCASE_CHROMIUM: '/opt/chrome/chrome' };
    expect(findChromium(env, installed('/usr/bin/chromium'))).toBeNull();
  });

  it("is Debian's headless shell when installed, the faster of the two", () => {
    const both = installed('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
    expect(findChromium({}, both)).toBe('/usr/bin/chromium-headless-shell');
    expect(findChromium({ FLOWCASE_CHROMIUM: '' }, both)).toBe('/usr/bin/chromium-headless-shell');
  });

  it("is Debian's Chromium without the headless shell, and none without either", () => {
    expect(findChromium({}, installed('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium({}, installed())).toBeNull();
  });
});
