/**
 * The future event list: a binary min-heap on typed arrays keyed by (time, sequence), so
 * events at the same time come out in the order they were scheduled (FIFO) and every run is
 * deterministic. Each entry carries one int payload. No object is allocated per event; the
 * arrays double when full.
 */
export class EventHeap {
  private time = new Float64Array(256);
  private seq = new Float64Array(256);
  private item = new Int32Array(256);
  private nextSeq = 0;
  /** Events scheduled and not yet taken. */
  size = 0;

  /** Empty, as new (the arrays keep their size). */
  clear(): void {
    this.size = 0;
    this.nextSeq = 0;
  }

  /** Schedule `item` at `time` (hours). */
  push(time: number, item: number): void {
    if (this.size === this.time.length) this.grow();
    const times = this.time;
    const seqs = this.seq;
    const items = this.item;
    const seq = this.nextSeq++;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (seqs[parent] as number) < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent] as number;
      items[i] = items[parent] as number;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    items[i] = item;
  }

  /** Time of the earliest event; only meaningful when size > 0. */
  peekTime(): number {
    return this.time[0] as number;
  }

  /** Remove the earliest event and return its item; only call when size > 0. */
  pop(): number {
    const times = this.time;
    const seqs = this.seq;
    const items = this.item;
    const top = items[0] as number;
    const n = --this.size;
    if (n === 0) return top;
    const time = times[n] as number;
    const seq = seqs[n] as number;
    const item = items[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n) {
        const lt = times[child] as number;
        const rt = times[right] as number;
        if (rt < lt || (rt === lt && (seqs[right] as number) < (seqs[child] as number)))
          child = right;
      }
      const ct = times[child] as number;
      if (time < ct || (time === ct && seq < (seqs[child] as number))) break;
      times[i] = ct;
      seqs[i] = seqs[child] as number;
      items[i] = items[child] as number;
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    items[i] = item;
    return top;
  }

  private grow(): void {
    const size = this.time.length * 2;
    const time = new Float64Array(size);
    const seq = new Float64Array(size);
    const item = new Int32Array(size);
    time.set(this.time);
    seq.set(this.seq);
    item.set(this.item);
    this.time = time;
    this.seq = seq;
    this.item = item;
  }
}
