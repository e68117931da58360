/**
 * Where an event log's text goes, and the buffer in front of it. The writers are plain
 * synchronous code called from inside the simulation's loop, so they cannot wait; holding a
 * fast run back for a slow disk (backpressure) is the job of whoever drives the simulation:
 * it checks its sink between chunks of events (`SimulationOptions.betweenChunks`) and waits
 * there until the sink has drained, so at most about one chunk's text is ever held.
 *
 * The buffer holds UTF-8 bytes, not strings: a log is mostly the same few texts (one per kind
 * of activity, encoded once) around timestamps whose digits are written straight into it, so
 * a million-case log makes no string per event and nothing for the garbage collector. A sink
 * that writes bytes anyway (a file) takes them as they are (`writeUtf8`); any other is given
 * the piece decoded to a string.
 */

/**
 * Takes text in order: a file in Node, a message port in the app. The text is well-formed
 * UTF-8 in either form: a lone surrogate in a name (which UTF-8 cannot hold) arrives as
 * U+FFFD, as it would be in any UTF-8 file of the log.
 */
export interface TextSink {
  write(text: string): void;
  /**
   * When present, called instead of `write` with the piece as UTF-8. `utf8` is a view of the
   * writer's buffer, valid only during the call: use or copy it before returning.
   */
  writeUtf8?(utf8: Uint8Array): void;
}

/** Text is passed on in pieces of at least this many bytes (up to twice as many), not one call per case. */
export const PIECE_LENGTH = 64 * 1024;

/** The UTF-8 codec every JavaScript host has (typed here: shared/ is built without DOM or Node types). */
interface Codec {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new () => { decode(utf8: Uint8Array): string };
}
const codec = globalThis as unknown as Codec;
const encoder = new codec.TextEncoder();
const decoder = new codec.TextDecoder();

/** `text` as UTF-8 (a lone surrogate as U+FFFD), to prepare once and `add` many times. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The most digits `writeWholeNumber` writes (`Number.MAX_SAFE_INTEGER` has 16). */
export const WHOLE_NUMBER_MAX_LENGTH = 16;

/**
 * A safe whole number `n` >= 0 written into `bytes` at `at` as `String(n)` writes it (it must
 * fit); returns the index after it.
 */
export function writeWholeNumber(bytes: Uint8Array, at: number, n: number): number {
  let end = at + 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) end++;
  let i = end;
  let rest = n;
  do {
    const next = Math.floor(rest / 10);
    bytes[--i] = 48 + (rest - next * 10);
    rest = next;
  } while (rest > 0);
  return end;
}

/**
 * `from` copied into `bytes` at `at` (it must fit); returns the index after it. Short runs are
 * copied byte by byte: `Uint8Array.set` costs as much for 6 bytes as for 200.
 */
export function copyBytes(bytes: Uint8Array, at: number, from: Uint8Array): number {
  const n = from.length;
  if (n > 16) bytes.set(from, at);
  else for (let i = 0; i < n; i++) bytes[at + i] = from[i] as number;
  return at + n;
}

/**
 * Collects UTF-8 and hands it to `sink` in pieces of `PIECE_LENGTH` to twice that. Callers
 * either `add` prepared bytes, or write straight into `bytes`: `room(n)` first, then bytes at
 * `length` onwards, then `length` moved past them.
 */
export class Utf8Pieces {
  /** The piece being filled; bytes before `length` are held. Replaced by `room` when it grows. */
  bytes = new Uint8Array(2 * PIECE_LENGTH);
  length = 0;

  constructor(private readonly sink: TextSink) {}

  /** Make sure `n` more bytes fit after `length`, passing the piece on first when it is full. */
  room(n: number): void {
    if (this.length + n <= this.bytes.length && this.length < PIECE_LENGTH) return;
    this.flush();
    if (n > this.bytes.length) this.bytes = new Uint8Array(n);
  }

  add(utf8: Uint8Array): void {
    this.room(utf8.length);
    this.length = copyBytes(this.bytes, this.length, utf8);
  }

  /** `text` encoded now: for text written once (a header), not once per event. */
  addText(text: string): void {
    this.add(utf8(text));
  }

  /** A whole number `n` >= 0 in decimal digits, as `String(n)` writes it. */
  addWholeNumber(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) this.addText(String(n));
    else {
      this.room(WHOLE_NUMBER_MAX_LENGTH);
      this.length = writeWholeNumber(this.bytes, this.length, n);
    }
  }

  /** Pass on whatever is held. */
  flush(): void {
    if (this.length === 0) return;
    const piece = this.bytes.subarray(0, this.length);
    if (this.sink.writeUtf8 !== undefined) this.sink.writeUtf8(piece);
    else this.sink.write(decoder.decode(piece));
    this.length = 0;
  }
}
