/**
 * The benchmark's peers: model B50-P10 written for SimPy 3 and for simjs 2.0.3, kept read-only
 * beside the repository in `../shared/bench/peers/` (override with FLOWCASE_BENCH_PEERS).
 * Each peer prints one JSON line: engine, cases, wall_s, cases_per_s, mean_cycle_s.
 *
 * A peer that is not installed is skipped with one sentence saying how to install it; it
 * never stops the benchmark.
 * - SimPy 3 comes from Debian (`python3-simpy3`; `python3-simpy` is the old 2.x API) and runs
 *   with /usr/bin/python3.
 * - simjs is this repository's devDependency. The peer script `require`s it relative to its
 *   own folder, which has no node_modules, so we run it with NODE_PATH pointing at ours.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runJson } from './child.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const PYTHON = '/usr/bin/python3';
const PEER_TIMEOUT_MS = 300_000;

export const peersDir = process.env.FLOWCASE_BENCH_PEERS
  ? path.resolve(process.env.FLOWCASE_BENCH_PEERS)
  : path.resolve(repoRoot, '..', 'shared', 'bench', 'peers');

/** A peer's result in the benchmark's own names. */
function fromPeer(value) {
  return {
    engine: String(value.engine),
    cases: Number(value.cases),
    wallS: Number(value.wall_s),
    meanCycleS: Number(value.mean_cycle_s),
  };
}

/**
 * SimPy 3 on model B50-P10.
 * @returns {Promise<{ ok: true, engine: string, cases: number, wallS: number, meanCycleS: number } | { ok: false, reason: string }>}
 */
export async function runSimpy(cases, seed) {
  const script = path.join(peersDir, 'b50_simpy.py');
  if (!existsSync(script)) return { ok: false, reason: `SimPy peer skipped: ${script} not found` };
  const probe = await runJson(
    PYTHON,
    [
      '-c',
      'import json, simpy; print(json.dumps({"v": simpy.__version__, "v3": hasattr(simpy, "Environment")}))',
    ],
    { timeoutMs: 30_000 },
  );
  if (!probe.ok)
    return { ok: false, reason: 'SimPy peer skipped: apt-get install -y python3-simpy3' };
  if (!probe.value.v3)
    return {
      ok: false,
      reason: `SimPy peer skipped: found SimPy ${probe.value.v} (2.x API); apt-get install -y python3-simpy3`,
    };
  const run = await runJson(PYTHON, [script, String(cases), String(seed)], {
    timeoutMs: PEER_TIMEOUT_MS,
  });
  if (!run.ok) return { ok: false, reason: `SimPy peer failed: ${run.reason}` };
  return { ok: true, ...fromPeer(run.value) };
}

/**
 * simjs 2.0.3 on model B50-P10.
 * @returns {Promise<{ ok: true, engine: string, cases: number, wallS: number, meanCycleS: number } | { ok: false, reason: string }>}
 */
export async function runSimjs(cases, seed) {
  const script = path.join(peersDir, 'b50_simjs.mjs');
  if (!existsSync(script)) return { ok: false, reason: `simjs peer skipped: ${script} not found` };
  let nodeModules;
  try {
    nodeModules = path.dirname(path.dirname(require.resolve('simjs/package.json')));
  } catch {
    return {
      ok: false,
      reason: 'simjs peer skipped: run npm install (simjs 2.0.3 is a devDependency)',
    };
  }
  const env = { ...process.env, NODE_PATH: nodeModules };
  const run = await runJson(process.execPath, [script, String(cases), String(seed)], {
    env,
    timeoutMs: PEER_TIMEOUT_MS,
  });
  if (!run.ok) return { ok: false, reason: `simjs peer failed: ${run.reason}` };
  return { ok: true, ...fromPeer(run.value) };
}
