/**
 * The text of a project file's bytes, the same for the command line, the desktop's Open and
 * the web build's import. A file in another encoding than UTF-8 (Latin-1 or Windows-1252, as
 * older editors save it) is still valid JSON once decoded, with every accented letter turned
 * into U+FFFD, so it would be accepted and its names silently damaged ("Caf� M�ller"): such a
 * file is refused, naming the first character that cannot be read. Bytes that are not JSON
 * even so (binary data, UTF-16, a damaged file) come back decoded as they are, for the parser
 * to say what they are. A byte-order mark is kept; the parser reads past it.
 */
import { parseJsonText } from './preflight';

/** The UTF-8 decoder every JavaScript host has (typed here: shared/ is built without DOM or Node types). */
interface Codec {
  TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(bytes: Uint8Array): string };
}
const codec = globalThis as unknown as Codec;
const STRICT = new codec.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LOOSE = new codec.TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export type DecodedProject =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** "line 3, column 14" of the offset `at` in `text`. */
function lineAndColumn(text: string, at: number): string {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return `line ${line}, column ${at - before.lastIndexOf('\n')}`;
}

function isJson(text: string): boolean {
  try {
    parseJsonText(text);
    return true;
  } catch {
    return false;
  }
}

/** See the header; `message` is a sentence fragment in lower case, to follow a file's name. */
export function decodeProjectBytes(bytes: Uint8Array): DecodedProject {
  try {
    return { ok: true, text: STRICT.decode(bytes) };
  } catch {
    // Not UTF-8: refused below if it is JSON all the same.
  }
  const text = LOOSE.decode(bytes);
  if (!isJson(text)) return { ok: true, text };
  return {
    ok: false,
    message: `the file is not saved as UTF-8 text: the character at ${lineAndColumn(text, text.indexOf('\ufffd'))} cannot be read (the file may be saved as Latin-1 or Windows-1252); save it as UTF-8 and open it again`,
  };
}
