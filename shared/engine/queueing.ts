/**
 * The flow model's estimate of the wait in one role's queue: a pool of c identical servers
 * with general arrivals and general service (GI/G/c), from the M/M/c wait (Erlang C) scaled
 * by the variability of arrivals and service (Allen–Cunneen), with the Krämer–Langenbach-Belz
 * correction. For one server with Poisson arrivals this is the Pollaczek–Khinchine formula,
 * exact for every service distribution; for regular arrivals and constant work it gives 0,
 * as it should. Elsewhere it is an approximation, within about 10 % of the simulated cycle
 * time up to a utilisation of 0.85 (`queueing.correctness.test.ts` keeps the table).
 */
import { mmc } from './erlang';

/** The variability of a stream or of a piece of work: squared coefficient of variation. */
export type Scv = number;

/**
 * Mean wait in queue per visit, in the unit of `meanService`; Infinity at or over capacity.
 *
 * @param servers whole servers, >= 1
 * @param arrivalRate visits per unit time
 * @param meanService mean service time per visit
 * @param arrivalScv squared coefficient of variation of the times between arrivals (1 Poisson, 0 regular)
 * @param serviceScv squared coefficient of variation of the service time (1 exponential, 0 fixed)
 */
export function gigcWait(
  servers: number,
  arrivalRate: number,
  meanService: number,
  arrivalScv: Scv,
  serviceScv: Scv,
): number {
  const base = mmc(servers, arrivalRate, meanService);
  if (!Number.isFinite(base.meanWait)) return Infinity;
  if (base.meanWait === 0) return 0;
  const ca = Math.max(0, arrivalScv);
  const cs = Math.max(0, serviceScv);
  const spread = ca + cs;
  if (spread === 0) return 0;
  const rho = base.utilisation;
  // Krämer and Langenbach-Belz (1976): exact at ca = 1, corrects the heavy overestimate of
  // Allen–Cunneen for smooth arrivals and the underestimate for bursty ones.
  const correction =
    ca < 1
      ? Math.exp((-2 * (1 - rho) * (1 - ca) * (1 - ca)) / (3 * rho * spread))
      : Math.exp((-(1 - rho) * (ca - 1)) / (ca + 4 * cs));
  return base.meanWait * (spread / 2) * correction;
}

/**
 * Variability of the departures of a pool (Whitt's QNA linking equation): busy pools pass on
 * the variability of their service, idle ones that of their arrivals.
 */
export function departureScv(
  servers: number,
  utilisation: number,
  arrivalScv: Scv,
  serviceScv: Scv,
): Scv {
  const rho = Math.min(1, Math.max(0, utilisation));
  return Math.max(
    0,
    1 +
      (1 - rho * rho) * (arrivalScv - 1) +
      ((rho * rho) / Math.sqrt(Math.max(1, servers))) * (serviceScv - 1),
  );
}
