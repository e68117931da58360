import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIECE_LENGTH, Utf8Pieces, utf8, writeWholeNumber } from './text-sink';

/** A sink that keeps its pieces, as strings or (copied) as bytes. */
function stringSink() {
  const pieces: string[] = [];
  return { pieces, write: (text: string) => void pieces.push(text) };
}
function byteSink() {
  const pieces: Uint8Array[] = [];
  return {
    pieces,
    write: (): void => {
      throw new Error('a sink that takes bytes is given bytes');
    },
    writeUtf8: (bytes: Uint8Array) => void pieces.push(bytes.slice()),
  };
}
const decode = (pieces: readonly Uint8Array[]): string =>
  new TextDecoder().decode(Uint8Array.from(pieces.flatMap((p) => [...p])));

describe('UTF-8 pieces', () => {
  it('writes whole numbers as String does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.maxSafeNat()), (n) => {
        const bytes = new Uint8Array(20);
        const end = writeWholeNumber(bytes, 2, n);
        return String.fromCharCode(...bytes.subarray(2, end)) === String(n);
      }),
    );
  });

  it('gives a string sink and a byte sink the same text, in pieces of PIECE_LENGTH to twice that', () => {
    // given texts of every kind: ASCII, accents, an emoji, a lone surrogate, numbers, raw bytes
    const feed = (out: Utf8Pieces): string => {
      let expected = '';
      for (let i = 0; i < 20_000; i++) {
        const text = `<e name="Prüfung ${i} 😀">`;
        out.addText(text);
        out.addWholeNumber(i * 7919);
        out.add(utf8('\r\n'));
        expected += `${text}${i * 7919}\r\n`;
      }
      out.addText('lone \uD800 surrogate');
      out.flush();
      return `${expected}lone \uFFFD surrogate`;
    };
    const strings = stringSink();
    const bytes = byteSink();
    // when both are fed the same
    const expected = feed(new Utf8Pieces(strings));
    feed(new Utf8Pieces(bytes));
    // then both hold it, a lone surrogate as U+FFFD (as UTF-8 has it)
    expect(strings.pieces.join('')).toBe(expected);
    expect(decode(bytes.pieces)).toBe(expected);
    // and every piece but the last is at least PIECE_LENGTH bytes and at most twice that
    expect(bytes.pieces.length).toBeGreaterThan(3);
    for (const piece of bytes.pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(PIECE_LENGTH);
      expect(piece.length).toBeLessThanOrEqual(2 * PIECE_LENGTH);
    }
  });

  it('passes on a text longer than a piece whole', () => {
    const bytes = byteSink();
    const out = new Utf8Pieces(bytes);
    out.addText('a');
    out.addText('é'.repeat(3 * PIECE_LENGTH));
    out.addText('z');
    out.flush();
    expect(decode(bytes.pieces)).toBe(`a${'é'.repeat(3 * PIECE_LENGTH)}z`);
  });
});
