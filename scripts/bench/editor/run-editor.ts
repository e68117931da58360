/**
 * The editor benchmark (issue 10, "Speed"), bundled by `vite.bench.config.ts` into
 * `out/bench/editor.mjs`. `scripts/bench.mjs` runs each figure in a fresh `node` process with
 * its own Chromium and servers; each prints exactly one JSON line on stdout, errors go to
 * stderr with a non-zero exit. Needs `out/web` and `out/bench-baseline` built.
 *
 *   node out/bench/editor.mjs load [--runs N]       paste to ready, and undo of the paste
 *   node out/bench/editor.mjs frames [--runs N]     drag one step and pan, app and baseline
 *   node out/bench/editor.mjs inspector [--runs N]  committed inspector value to key figures
 *   node out/bench/editor.mjs memory [--edits N]    heap after load and after N edits
 *   node out/bench/editor.mjs workspace [--runs N]  autosave and opening of a 1 000-step
 *                                                   project, and a library of 500 (issue 11)
 *   node out/bench/editor.mjs screens [--runs N]    business case edit to charts, and the
 *                                                   results view of a 1 000-step map (issue 12)
 *   node out/bench/editor.mjs presenter [--runs N]  presenter what-if to figures, and token
 *                                                   replay frames per second (issue 13)
 */
import { fileURLToPath } from 'node:url';
import { validateSemantics } from '../../../shared/model/semantics';
import { map1000ClipboardText, map1000Project } from '../map-1000';
import { openBench, type Bench } from './browser';
import { benchFrames } from './frames';
import { benchInspector, EDITED_STEP } from './inspector';
import { benchLoad } from './load';
import { historySize } from './history-size';
import { benchMemory } from './memory';
import { benchAutosaveAndOpen, benchLibrary } from './workspace';
import { benchBusinessCase, benchResultsView } from './screens';
import { benchPresenterReplay, benchPresenterWhatIf } from './presenter';

/** The repository: this file runs as out/bench/editor.mjs, two folders down. */
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number`);
  return value;
}

/** The map's clipboard text, after checking the map is a valid process. */
function mapText(): string {
  const project = map1000Project();
  const issues = validateSemantics(project);
  if (issues.length > 0)
    throw new Error(`the 1 000-step map is invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  return map1000ClipboardText(project);
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...args] = argv;
  const text = mapText();
  const figures: Record<string, (bench: Bench) => Promise<Record<string, unknown>>> = {
    load: (bench) => benchLoad(bench, text, option(args, 'runs', 3)),
    frames: (bench) => benchFrames(bench, text, option(args, 'runs', 3)),
    inspector: (bench) => benchInspector(bench, text, option(args, 'runs', 9)),
    memory: async (bench) => {
      const edits = option(args, 'edits', 500);
      const page = await benchMemory(bench, text, edits);
      return { ...page, history: historySize(map1000Project(), EDITED_STEP, edits) };
    },
    workspace: async (bench) => {
      const runs = option(args, 'runs', 5);
      return {
        ...(await benchAutosaveAndOpen(bench, text, runs)),
        library: await benchLibrary(bench, runs),
      };
    },
    screens: async (bench) => {
      const runs = option(args, 'runs', 5);
      return {
        businessCase: await benchBusinessCase(bench, runs),
        resultsView: await benchResultsView(bench, text, runs),
      };
    },
    presenter: async (bench) => ({
      whatIf: await benchPresenterWhatIf(bench, option(args, 'runs', 9)),
      replay: await benchPresenterReplay(bench),
    }),
  };
  const figure = command === undefined ? undefined : figures[command];
  if (figure === undefined)
    throw new Error(`unknown figure "${command}"; use ${Object.keys(figures).join(', ')}`);
  const bench = await openBench(REPO_ROOT, text);
  try {
    const out = await figure(bench);
    process.stdout.write(`${JSON.stringify({ figure: command, ...out })}\n`);
  } finally {
    await bench.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
