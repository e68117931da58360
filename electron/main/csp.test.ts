import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources.join(' '));
  }
  return map;
}

function metaPolicy(htmlFile: string): string {
  const html = readFileSync(new URL(`../../renderer/${htmlFile}`, import.meta.url), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error(`${htmlFile} has no Content-Security-Policy meta tag`);
  return match[1];
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('given the header, when read, then scripts come only from the app, never from eval or inline', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it.each(['index.html', 'report.html'])(
    'given renderer/%s, when its meta CSP is read, then it equals the header minus frame-ancestors',
    (file) => {
      const header = new Map(policy);
      header.delete('frame-ancestors');
      expect(directives(metaPolicy(file))).toEqual(header);
    },
  );
});
