/**
 * Runs one measurement in its own process and reads the one JSON line it prints last on
 * stdout. Never throws: a missing program, a crash, a timeout or unreadable output come back
 * as `{ ok: false, reason }` so the benchmark can say so in its table and carry on.
 */
import { spawn } from 'node:child_process';

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 * @returns {Promise<{ ok: true, value: any, wallS: number } | { ok: false, reason: string }>}
 */
export function runJson(command, args, options = {}) {
  const { cwd, env, timeoutMs = 600_000 } = options;
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let child;
    try {
      child = spawn(command, args, { cwd, env: env ?? process.env, stdio: 'pipe' });
    } catch (error) {
      resolve({ ok: false, reason: `could not start ${command}: ${error.message}` });
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `could not start ${command}: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      if (timedOut) {
        resolve({ ok: false, reason: `gave up after ${Math.round(timeoutMs / 1000)} s` });
        return;
      }
      if (code !== 0) {
        const last = stderr.trim().split('\n').slice(-3).join(' | ');
        resolve({ ok: false, reason: `exited with ${code ?? signal}: ${last || 'no message'}` });
        return;
      }
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve({ ok: true, value: JSON.parse(line), wallS });
      } catch {
        resolve({ ok: false, reason: `printed no JSON result (got "${line.slice(0, 80)}")` });
      }
    });
  });
}
