/**
 * Where an event log's text goes, and the buffer in front of it. The writers are plain
 * synchronous code called from inside the simulation's loop, so they cannot wait; holding a
 * fast run back for a slow disk (backpressure) is the job of whoever drives the simulation:
 * it checks its sink between chunks of events (`SimulationOptions.betweenChunks`) and waits
 * there until the sink has drained, so at most about one chunk's text is ever held.
 */

/** Takes text in order: a file stream in Node, a message port in the app. */
export interface TextSink {
  write(text: string): void;
}

/** Text is passed on in pieces of about this many UTF-16 units, not one call per case. */
export const PIECE_LENGTH = 64 * 1024;

/**
 * Collects small strings and hands them to `sink` joined in pieces of about `PIECE_LENGTH`.
 * The strings are kept in a list and joined once per piece: one flat string, instead of the
 * chain of concatenations that `+=` builds and the sink would then have to flatten.
 */
export class BufferedText {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(private readonly sink: TextSink) {}

  add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= PIECE_LENGTH) this.flush();
  }

  /** Pass on whatever is held. */
  flush(): void {
    if (this.parts.length === 0) return;
    this.sink.write(this.parts.join(''));
    this.parts.length = 0;
    this.length = 0;
  }
}
