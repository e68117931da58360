import { describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { guardOutput, printable, printableLines, terminalJson } from './printable';

const CLEAR_SCREEN = '\u001b[2J';
const RETITLE = '\u001b]0;pwned\u0007';

describe('printable', () => {
  it('shows escape sequences, carriage returns and line feeds as visible escapes', () => {
    // given text holding a clear-screen code, a title change and a line overwrite
    const text = `AP${CLEAR_SCREEN} clerk${RETITLE}\rok: fine\nforged`;
    // when it is made printable
    const shown = printable(text);
    // then every control character reads as \uXXXX and the rest is unchanged
    expect(shown).toBe('AP\\u001b[2J clerk\\u001b]0;pwned\\u0007\\u000dok: fine\\u000aforged');
  });

  it('escapes C1 controls, DEL and bidirectional overrides, and keeps every other script', () => {
    // given a C1 control (CSI), DEL, a right-to-left override and names in other scripts
    const text = 'a\u009b2Jb\u007fc\u202eevil\u2066 Rechnungsprüfung 請求書 محاسب ✓';
    // when it is made printable / then only the controls change
    expect(printable(text)).toBe(
      'a\\u009b2Jb\\u007fc\\u202eevil\\u2066 Rechnungsprüfung 請求書 محاسب ✓',
    );
  });

  it('printableLines keeps the line feeds between lines and escapes the rest', () => {
    // given two lines, one with a carriage return inside
    // when / then
    expect(printableLines(`one\rtwo\nthree${CLEAR_SCREEN}`)).toBe('one\\u000dtwo\nthree\\u001b[2J');
  });
});

describe('terminalJson', () => {
  it('holds no control character but its own line feeds, and parses back to the same value', () => {
    // given a report whose names hold C0 and C1 controls and a bidirectional override
    const report = {
      project: `AP${CLEAR_SCREEN}`,
      roles: [{ name: `Clerk${RETITLE}\u0085\u202e` }],
      note: 'line\u2028separator',
    };
    // when it is printed as JSON
    const json = terminalJson(report);
    // then a terminal sees no control character, and a script reads exactly the same value
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(json).toContain('\\u0085\\u202e');
    expect(JSON.parse(json)).toEqual(report);
  });
});

describe('guardOutput', () => {
  it('keeps a quote that was missed from reaching the terminal as a control sequence', () => {
    // given an io that records what it is given, guarded
    const seen: string[] = [];
    const io: CliIo = {
      out: (text) => seen.push(`out ${text}`),
      err: (text) => seen.push(`err ${text}`),
      progress: (text) => seen.push(`progress ${text}`),
      now: () => 0,
      readText: () => Promise.resolve(''),
      writeText: () => Promise.resolve(),
      writeBytes: () => Promise.resolve(),
      openText: () => Promise.reject(new Error('not in this test')),
    };
    const guarded = guardOutput(io);
    // when a command prints raw names
    guarded.out(`Role${CLEAR_SCREEN}\nStep\r`);
    guarded.err(`error: ${RETITLE}`);
    guarded.progress?.(`Simulating AP\n${CLEAR_SCREEN}: 5 %`);
    // then only the line feeds between lines are left, and a progress line stays one line
    expect(seen).toEqual([
      'out Role\\u001b[2J\nStep\\u000d',
      'err error: \\u001b]0;pwned\\u0007',
      'progress Simulating AP\\u000a\\u001b[2J: 5 %',
    ]);
  });
});
