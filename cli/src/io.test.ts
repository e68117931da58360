import { describe, expect, it } from 'vitest';
import { terminalIo } from './io';

/** Two fake streams that record what is written to them. */
function streams(stderrIsTerminal: boolean, columns?: number) {
  const written = { stdout: '', stderr: '' };
  return {
    written,
    streams: {
      stdout: { write: (text: string) => (written.stdout += text) },
      stderr: {
        write: (text: string) => (written.stderr += text),
        isTTY: stderrIsTerminal,
        ...(columns === undefined ? {} : { columns }),
      },
    },
  };
}

describe('terminalIo', () => {
  it('has no progress line when standard error is not a terminal', () => {
    // given standard error redirected to a file or a pipe
    const { streams: s } = streams(false);
    // when the io is made / then it offers no progress line, so nothing is ever written there
    expect('progress' in terminalIo(s)).toBe(false);
  });

  it('replaces the progress line in place, and clears it before any other output', () => {
    // given standard error on a terminal
    const { streams: s, written } = streams(true);
    const io = terminalIo(s);
    // when progress is shown twice and then a result and an error are printed
    io.progress?.('Simulating AP: 10 %');
    io.progress?.('Simulating AP: 20 %');
    io.out('{"ok": true}');
    io.err('error: something');
    // then the line was rewritten in place and cleared once before the error, and standard
    // output got only the result
    expect(written.stderr).toBe(
      '\r\x1b[KSimulating AP: 10 %\r\x1b[KSimulating AP: 20 %\r\x1b[Kerror: something\n',
    );
    expect(written.stdout).toBe('{"ok": true}\n');
  });

  it('assumes 80 columns where the terminal reports a width of 0', () => {
    // given a terminal that does not know its width
    const { streams: s, written } = streams(true, 0);
    // when a 60-character progress line is shown
    const line = 'Simulating Current: manual keying and matching: 37 % — about 12 s left';
    terminalIo(s).progress?.(line);
    // then all of it is shown
    expect(written.stderr).toBe(`\r\x1b[K${line}`);
  });

  it('cuts a progress line to the width of the terminal, so it never wraps', () => {
    // given a terminal 30 columns wide
    const { streams: s, written } = streams(true, 30);
    // when a longer progress line is shown
    terminalIo(s).progress?.('Simulating a map with a long name: 10 % — about 12 s left');
    // then 29 characters are written after the clearing
    expect(written.stderr).toBe('\r\x1b[KSimulating a map with a long ');
  });
});
