import { describe, expect, it } from 'vitest';
import { decodeProjectBytes } from './decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** `text` as Latin-1: one byte per character (all below U+0100 here). */
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decodeProjectBytes', () => {
  it('given UTF-8 text, when decoded, then the text comes back whole, accents and byte-order mark kept', () => {
    expect(decodeProjectBytes(utf8('\ufeff{"name":"Café Müller ✓"}'))).toEqual({
      ok: true,
      text: '\ufeff{"name":"Café Müller ✓"}',
    });
  });

  it('given JSON saved as Latin-1, when decoded, then it is refused naming the first letter it cannot read', () => {
    const result = decodeProjectBytes(latin1('{\n  "name": "Café Müller"\n}'));
    expect(result).toEqual({
      ok: false,
      message:
        'the file is not saved as UTF-8 text: the character at line 2, column 15 cannot be read (the file may be saved as Latin-1 or Windows-1252); save it as UTF-8 and open it again',
    });
  });

  it('given bytes that are not JSON in any encoding, when decoded, then they come back as U+FFFD for the parser to explain', () => {
    expect(decodeProjectBytes(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d))).toEqual({
      ok: true,
      text: '{\ufffd\ufffd}',
    });
  });
});
