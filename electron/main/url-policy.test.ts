import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  EXTERNAL_URL_ALLOW_LIST,
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isAppUrl,
  originOf,
} from './url-policy';

const ALLOW = ['https://flowcase.app/docs/', 'https://github.com/flowcase/'];

describe('isAllowedExternalUrl', () => {
  it('given an allow-listed https URL, when checked, then it may open', () => {
    expect(isAllowedExternalUrl('https://flowcase.app/docs/roi', ALLOW)).toBe(true);
    expect(isAllowedExternalUrl('https://github.com/flowcase/flowcase/issues', ALLOW)).toBe(true);
  });

  it.each([
    ['plain http', 'http://flowcase.app/docs/roi'],
    ['another host', 'https://evil.example/docs/'],
    ['a look-alike host', 'https://flowcase.app.evil.example/docs/'],
    ['a path outside the prefix', 'https://flowcase.app/admin'],
    ['credentials', 'https://user:pw@flowcase.app/docs/'],
    ['file scheme', 'file:///etc/passwd'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['garbage', 'not a url'],
    ['a dot-dot escape', 'https://flowcase.app/docs/../admin'],
  ])('given %s, when checked, then it is refused', (_name, url) => {
    expect(isAllowedExternalUrl(url, ALLOW)).toBe(false);
  });

  it('given the default list, when any site is checked, then it is refused', () => {
    expect(EXTERNAL_URL_ALLOW_LIST).toEqual([]);
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://flowcase.app/docs/roi')).toBe(false);
  });

  it('given an allow-list entry that is not https, when a URL under it is checked, then it is refused', () => {
    expect(isAllowedExternalUrl('http://example.com/a', ['http://example.com/'])).toBe(false);
  });
});

describe('isAppUrl and isAllowedRequestUrl', () => {
  const origins = [APP_ORIGIN];

  it('given the app origin, when checked, then it is the app', () => {
    expect(originOf('app://flowcase/index.html')).toBe(APP_ORIGIN);
    expect(isAppUrl('app://flowcase/assets/index.js', origins)).toBe(true);
  });

  it('given another origin, when checked, then it is not the app', () => {
    expect(isAppUrl('app://other/index.html', origins)).toBe(false);
    expect(isAppUrl('https://flowcase/index.html', origins)).toBe(false);
    expect(isAppUrl('file:///index.html', origins)).toBe(false);
  });

  it('given network URLs, when requested, then they are blocked', () => {
    expect(isAllowedRequestUrl('https://example.com/x.js', origins)).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/', origins)).toBe(false);
    expect(isAllowedRequestUrl('ws://example.com/', origins)).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd', origins)).toBe(false);
  });

  it('given app and in-page URLs, when requested, then they pass', () => {
    expect(isAllowedRequestUrl('app://flowcase/index.html', origins)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', origins)).toBe(true);
    expect(isAllowedRequestUrl('blob:app://flowcase/1234', origins)).toBe(true);
  });
});
