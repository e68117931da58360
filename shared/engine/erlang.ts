/**
 * Queueing formulas for a pool of identical servers with Poisson arrivals (M/M/c), used by
 * the flow model's cycle-time estimate and by the tests that check the simulator.
 */

/** Erlang C: probability that an arriving case waits, for c servers and offered load a = λ/μ. */
export function erlangC(servers: number, offeredLoad: number): number {
  if (offeredLoad <= 0) return 0;
  if (offeredLoad >= servers) return 1;
  // Erlang B by its stable recursion, then C from B.
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  const rho = offeredLoad / servers;
  return b / (1 - rho * (1 - b));
}

export interface PoolQueue {
  /** Mean wait in queue before service, in the unit of `meanService`. */
  readonly meanWait: number;
  /** Mean number waiting. */
  readonly meanQueueLength: number;
  readonly utilisation: number;
}

/**
 * M/M/c means for arrival rate λ (per unit time) and mean service time (same unit).
 * Infinite wait when the pool is at or over capacity.
 */
export function mmc(servers: number, arrivalRate: number, meanService: number): PoolQueue {
  const a = arrivalRate * meanService;
  const utilisation = servers > 0 ? a / servers : a > 0 ? Infinity : 0;
  if (a <= 0) return { meanWait: 0, meanQueueLength: 0, utilisation: 0 };
  if (servers <= 0 || utilisation >= 1)
    return { meanWait: Infinity, meanQueueLength: Infinity, utilisation };
  const meanWait = (erlangC(servers, a) * meanService) / (servers - a);
  return { meanWait, meanQueueLength: arrivalRate * meanWait, utilisation };
}
