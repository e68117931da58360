/**
 * A FIFO of ints on a typed ring buffer that doubles when full: one per role pool, holding
 * the tokens waiting for a person. No allocation per push or shift.
 */
export class IntQueue {
  private buffer = new Int32Array(64);
  private head = 0;
  /** Items waiting. */
  size = 0;

  /** Empty, as new (the buffer keeps its size). */
  clear(): void {
    this.head = 0;
    this.size = 0;
  }

  push(value: number): void {
    if (this.size === this.buffer.length) this.grow();
    this.buffer[(this.head + this.size++) & (this.buffer.length - 1)] = value;
  }

  /** Remove and return the oldest item; only call when size > 0. */
  shift(): number {
    const value = this.buffer[this.head] as number;
    this.head = (this.head + 1) & (this.buffer.length - 1);
    this.size--;
    return value;
  }

  private grow(): void {
    const old = this.buffer;
    const next = new Int32Array(old.length * 2);
    for (let i = 0; i < this.size; i++) next[i] = old[(this.head + i) & (old.length - 1)] as number;
    this.buffer = next;
    this.head = 0;
  }
}
