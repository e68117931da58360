/**
 * Text from a project file or the command line, made safe to print on a terminal.
 *
 * A control character in a name, a path or an argument can move the cursor, clear or retitle
 * the terminal (ESC sequences, C1 controls), overwrite a line (CR) or forge one (LF), and a
 * bidirectional override can reorder the words around it. Every line the CLI prints that
 * quotes such text shows those characters as visible escapes instead: ESC as `\u001b`, CR as
 * `\u000d`. (A backslash is printed as it is, so a name that literally holds the six
 * characters `\u001b` reads the same; `--json` output stays exact.)
 *
 * - `printable(text)`: one line; every such character escaped, line feeds too. Use it on each
 *   piece quoted into a line.
 * - `printableLines(text)`: the same, but line feeds kept: the safety net `guardOutput` puts
 *   under everything the CLI prints, so a quote that was missed still cannot reach the
 *   terminal as a control sequence.
 * - `terminalJson(value)`: `JSON.stringify(value, null, 2)`, which escapes C0 controls already,
 *   with C1 controls, bidirectional controls and U+2028/U+2029 escaped too. It parses back to
 *   exactly the same value.
 */
import type { CliIo } from './io';

/* eslint-disable no-control-regex -- finding control characters is the point */
/** C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides, isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same without the line feed (U+000A). */
const UNSAFE_BUT_LINE_FEED =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves unescaped of UNSAFE (it escapes U+0000-U+001F itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` for one line of terminal output: every control character shown as `\uXXXX`. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** `text` for terminal output of one or more lines: line feeds kept, other controls escaped. */
export function printableLines(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_FEED, escape);
}

/**
 * `value` as indented JSON that is safe on a terminal and exact for scripts: the escapes are
 * JSON's own `\uXXXX`, and they can only occur inside strings (JSON's structure is ASCII).
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, escape);
}

/**
 * `io` with `printableLines` under everything it prints and `printable` under progress text:
 * the CLI's own output holds no control character but the line feeds between its lines.
 */
export function guardOutput(io: CliIo): CliIo {
  const guarded: CliIo = {
    out: (text) => io.out(printableLines(text)),
    err: (text) => io.err(printableLines(text)),
    now: () => io.now(),
    readText: (path, maxBytes) => io.readText(path, maxBytes),
    writeText: (path, text, overwrite) => io.writeText(path, text, overwrite),
    writeBytes: (path, bytes, overwrite) => io.writeBytes(path, bytes, overwrite),
    openText: (path, overwrite) => io.openText(path, overwrite),
  };
  if (io.progress !== undefined) guarded.progress = (text) => io.progress?.(printable(text));
  if (io.signal !== undefined) guarded.signal = io.signal;
  if (io.threads !== undefined) guarded.threads = io.threads;
  return guarded;
}
