/**
 * Recycled per-token and per-case state for the simulator, in typed arrays that grow with
 * the number of tokens and cases *in flight* (never with the total simulated), so memory
 * stays flat however many cases a run has. A token is one branch of a case at one step; a
 * case has one token, or several between a parallel split and its join.
 */

/** Tokens: which case, at which step, doing what, and since when it waits in a queue. */
export class TokenSlots {
  caseOf = new Int32Array(64);
  step = new Int32Array(64);
  act = new Int8Array(64);
  /** When the token joined its pool's queue, hours. */
  since = new Float64Array(64);
  private free = new Int32Array(64);
  private freeCount = 0;
  private used = 0;

  /** No token in use, as new (the arrays keep their size). */
  clear(): void {
    this.freeCount = 0;
    this.used = 0;
  }

  /** A fresh token of case `caseSlot`. */
  take(caseSlot: number): number {
    let token: number;
    if (this.freeCount > 0) token = this.free[--this.freeCount] as number;
    else {
      if (this.used === this.caseOf.length) this.grow();
      token = this.used++;
    }
    this.caseOf[token] = caseSlot;
    return token;
  }

  release(token: number): void {
    this.free[this.freeCount++] = token;
  }

  private grow(): void {
    const size = this.caseOf.length * 2;
    this.caseOf = grown(this.caseOf, new Int32Array(size));
    this.step = grown(this.step, new Int32Array(size));
    this.act = grown(this.act, new Int8Array(size));
    this.since = grown(this.since, new Float64Array(size));
    this.free = grown(this.free, new Int32Array(size));
  }
}

/** Cases in flight: arrival time, whether they count, live tokens, join counters. */
export class CaseSlots {
  arrival = new Float64Array(64);
  counted = new Uint8Array(64);
  /** Tokens of the case not yet at an end or absorbed by a join. */
  live = new Int32Array(64);
  /** Branches arrived at each join, by slot x joinCount + join index. */
  joinArrivals: Int32Array;
  private free = new Int32Array(64);
  private freeCount = 0;
  private used = 0;

  constructor(private readonly joinCount: number) {
    this.joinArrivals = new Int32Array(64 * joinCount);
  }

  /** No case in flight, as new (the arrays keep their size; join counters back to 0). */
  clear(): void {
    this.joinArrivals.fill(0);
    this.freeCount = 0;
    this.used = 0;
  }

  take(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount] as number;
    if (this.used === this.arrival.length) this.grow();
    return this.used++;
  }

  release(slot: number): void {
    if (this.joinCount > 0)
      this.joinArrivals.fill(0, slot * this.joinCount, (slot + 1) * this.joinCount);
    this.free[this.freeCount++] = slot;
  }

  private grow(): void {
    const size = this.arrival.length * 2;
    this.arrival = grown(this.arrival, new Float64Array(size));
    this.counted = grown(this.counted, new Uint8Array(size));
    this.live = grown(this.live, new Int32Array(size));
    this.joinArrivals = grown(this.joinArrivals, new Int32Array(size * this.joinCount));
    this.free = grown(this.free, new Int32Array(size));
  }
}

function grown<T extends Int8Array | Uint8Array | Int32Array | Float64Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
