/**
 * Streaming quantiles of positive values (cycle times, hours) in a fixed histogram with
 * log-spaced bins: memory is the same for ten cases or ten million. Bins grow by a factor
 * of 1.005 from 1e-6 h (3.6 ms) to 1e7 h; a quantile is reported as its bin's geometric
 * middle, clamped to the smallest and largest value seen, so its relative error is below
 * 0.25 %. Values under 1e-6 h count as 0.
 */
const MIN_VALUE = 1e-6;
const RATIO = 1.005;
const LOG_RATIO = Math.log(RATIO);
const BINS = Math.ceil(Math.log(1e7 / MIN_VALUE) / LOG_RATIO) + 1;

export class LogHistogram {
  private readonly counts = new Float64Array(BINS);
  private zeros = 0;
  private min = Infinity;
  private max = -Infinity;
  count = 0;

  /** Empty, as new. */
  clear(): void {
    this.counts.fill(0);
    this.zeros = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.count = 0;
  }

  add(value: number): void {
    this.count++;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (value < MIN_VALUE) {
      this.zeros++;
      return;
    }
    const bin = Math.floor(Math.log(value / MIN_VALUE) / LOG_RATIO);
    const at = bin < BINS ? bin : BINS - 1;
    this.counts[at] = (this.counts[at] as number) + 1;
  }

  /** The q-quantile (0 < q <= 1) by rank ceil(q n); 0 when empty. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = this.zeros;
    if (seen >= rank) return Math.max(0, this.min);
    for (let bin = 0; bin < BINS; bin++) {
      seen += this.counts[bin] as number;
      if (seen >= rank) {
        const middle = MIN_VALUE * Math.pow(RATIO, bin + 0.5);
        return Math.min(this.max, Math.max(this.min, middle));
      }
    }
    return this.max;
  }
}
