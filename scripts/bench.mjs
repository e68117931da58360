#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --json]`: Flowcase's speed figures (issue 3, "Speed") with
 * the peers measured in the same run, as one table (or one JSON object with --json).
 *
 * 1. Flow model: recompute time of a 200-step map (median after warm-up), target < 2 ms.
 * 2. DES on model B50-P10 (../shared/bench/peers/README.md), 100 000 cases, 1 replication:
 *    wall time (target <= 1.5 s), events per second, mean cycle time against the exact
 *    287200/77 s; SimPy 3 and simjs on the same model and the same number of cases, and the
 *    ratios (targets >= 25x and >= 7x).
 * 3. DES with 1 000 000 cases: wall time and peak RSS (target < 300 MB).
 * 4. Events per second for 10, 100 and 1 000 steps in series at utilisation 0.8 (flat).
 * 5. Monte Carlo (issue 4, "Speed"): 10 000 samples of the first sample's first scenario with
 *    32 ranges (scripts/bench/ranges.ts), triangular and PERT, median of runs after warm-up,
 *    target <= 50 ms each. 6. Tornado of 50 ranges, median, target <= 5 ms.
 * 7. Hostile input (issue 8): parseProject on the largest file Flowcase still reads, built to
 *    make every stage work (scripts/bench/hostile.ts), target <= 2 s; the slowest committed
 *    file of test/fixtures/bad beside it. 8. `flowcase validate` of that file in a fresh
 *    process, Node start-up included, target <= 5 s.
 * 9-14. The editor (issue 10, "Speed"), in the production web build (`out/web`) in headless
 *    Debian Chromium, on a generated 1 000-step map (scripts/bench/map-1000.ts) pasted into a
 *    blank project, with a plain React Flow page showing the same map (scripts/bench/baseline)
 *    measured in the same run: ready to interact after the paste (<= 1.0 s); dragging one step,
 *    p95 frame (<= 17 ms and <= 1.2x the baseline's); panning with the whole map in view
 *    (>= 30 frames per second); one committed inspector value to updated key figures (<= 16 ms
 *    of main-thread work); undo of the paste (<= 50 ms); heap after 500 edits (< 2x after
 *    load). Times run from the input event's timeStamp to after the frame that shows the
 *    result (scripts/bench/editor/probes.ts).
 * 18. DES on worker threads (issue 12): 8 replications of B50-P10 on the machine's cores
 *    against one thread, same result required, target >= 1.7x faster on 2 cores.
 * 15-17. The workspace (issue 11, "Speed"), in the same build: the main-thread work of one
 *    autosave of the 1 000-step project (<= 30 ms), opening it from the library (<= 300 ms),
 *    and the render of a library list of 500 projects (<= 200 ms)
 *    (scripts/bench/editor/workspace.ts says exactly what each times).
 * 19. `simulate --event-log` of 100 000 cases, CSV and XES (issue 12): <= 3 s each.
 * 20-21. The screens (issue 12), in the web build: a business-case edit to updated charts
 *    (<= 150 ms) and the results view of the 1 000-step map (<= 500 ms)
 *    (scripts/bench/editor/screens.ts says exactly what each times).
 * 22-23. Presenter mode (issue 13), in the web build at 1280 x 720: a what-if slider step to
 *    updated figures (<= 50 ms) and the token replay (>= 55 fps with >= 300 tokens)
 *    (scripts/bench/editor/presenter.ts).
 * 25. The desktop app's cold start, launch to interactive window (issue 14): <= 1.5 s
 *    (scripts/bench/electron-start.mjs); "skipped: no Electron binary" where Electron cannot run.
 * 24. `flowcase report` of a sample, command to PDF file, Chromium start included (issue 13):
 *    <= 3 s (scripts/bench/report-figure.mjs).
 *
 * The TypeScript side is bundled first (vite.bench.config.ts -> out/bench/run.mjs and
 * editor.mjs, the CLI -> out/cli for figure 8, the web UI -> out/web and the baseline page ->
 * out/bench-baseline for 9-14); every
 * figure then runs in a fresh `node` process, one after another, so they do not compete for
 * the CPU. This is not a test: the exit code is non-zero only when the benchmark itself
 * crashes (build failure, or a Flowcase figure that errors); missed targets are reported.
 * --quick runs 20 000 cases for Flowcase and the peers alike (the ratios stay fair) and
 * smaller memory and scaling runs; targets stated for 100 000 or 1 000 000 cases are then
 * shown but not judged (short runs are dominated by JIT warm-up).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import {
  cliValidate,
  des,
  editorFrames,
  editorInspector,
  editorLoad,
  editorMemory,
  desWorkers,
  eventLog,
  flowModel,
  screenFigures,
  presenterFigures,
  monteCarlo,
  noise as noiseRuns,
  parseHostile,
  tornado,
  workspaceFigures,
} from './bench/figures.mjs';
import { runSimjs, runSimpy } from './bench/peers.mjs';
import { deviation, int, millions, renderTable, seconds, verdict } from './bench/report.mjs';
import { judgeWorkspace, WORKSPACE_TARGETS, workspaceRows } from './bench/workspace-rows.mjs';
import { judgeScreens, SCREEN_TARGETS, screenRows } from './bench/screen-rows.mjs';
import { judgePresenter, PRESENTER_TARGETS, presenterRows } from './bench/presenter-rows.mjs';
import { judgeReport, measureReport, REPORT_TARGETS, reportRows } from './bench/report-figure.mjs';
import {
  ELECTRON_START_TARGETS,
  electronStartRows,
  judgeElectronStart,
  measureElectronStart,
} from './bench/electron-start.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXACT_CYCLE_S = 287200 / 77;
/**
 * Issue 3's targets. "Roughly flat" events per second is read as fastest / slowest <= 2: the
 * event list is a binary heap (as DESIGN.md asks), whose depth grows with the busy servers
 * (about 8 at 10 steps, 800 at 1 000: 3 levels to 10), so a bounded log factor is expected;
 * the figure is there to catch costs that grow with the number of steps or cases, which would
 * show as a drop of 10x and more over this range.
 */
const TARGETS = {
  flowMs: 2,
  b50S: 1.5,
  simpyRatio: 25,
  simjsRatio: 7,
  rssMb: 300,
  flatness: 2,
  monteCarloMs: 50,
  tornadoMs: 5,
  parseHostileS: 2,
  cliValidateS: 5,
  readyMs: 1000,
  dragP95Ms: 17,
  dragRatio: 1.2,
  panFps: 30,
  inspectorMs: 16,
  undoPasteMs: 50,
  memoryRatio: 2,
  workersSpeedUp: 1.7,
  ...WORKSPACE_TARGETS,
  ...SCREEN_TARGETS,
  ...PRESENTER_TARGETS,
  ...REPORT_TARGETS,
  ...ELECTRON_START_TARGETS,
};
/** Issue 10's number of edits for the memory figure. */
const MEMORY_EDITS = 500;
/** Issue 4's sizes: 10 000 samples over 30+ ranges; a tornado of 50 ranges. */
const MC = { samples: 10_000, ranges: 32, tornadoRanges: 50 };
/** Separate Flowcase runs (seeds 1000, 1001, ...) that measure how much one run's mean varies. */
const NOISE_RUNS = 10;

const USAGE = 'usage: npm run bench [-- --quick] [-- --json]';
const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = [...args].filter((arg) => arg !== '--quick' && arg !== '--json');
if (unknown.length > 0) {
  console.error(`bench: unknown option ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const quick = args.has('--quick');
const json = args.has('--json');
const plan = quick
  ? {
      cases: 20_000,
      million: 200_000,
      visitBudget: 2_000_000,
      flowRuns: 1000,
      flowWarmup: 200,
      mcRuns: 5,
      mcWarmup: 2,
      tornadoRuns: 21,
      tornadoWarmup: 5,
      inputRuns: 1,
      loadRuns: 2,
      frameRuns: 1,
      inspectorRuns: 5,
      workspaceRuns: 3,
    }
  : {
      cases: 100_000,
      million: 1_000_000,
      visitBudget: 5_000_000,
      flowRuns: 2000,
      flowWarmup: 300,
      mcRuns: 9,
      mcWarmup: 3,
      tornadoRuns: 51,
      tornadoWarmup: 10,
      inputRuns: 3,
      loadRuns: 5,
      frameRuns: 3,
      inspectorRuns: 9,
      workspaceRuns: 5,
    };
const SCALING_STEPS = [10, 100, 1000];

const progress = (message) => process.stderr.write(`bench: ${message}\n`);

function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    platform: `${os.platform()} ${os.release()}`,
    memoryGb: Number((os.totalmem() / 1e9).toFixed(1)),
  };
}

async function measure() {
  progress(
    'building out/bench (vite.bench.config.ts), out/cli, out/report, out/web and out/bench-baseline (the production web UI and the baseline page)',
  );
  await build({ root: repoRoot, configFile: path.join(repoRoot, 'vite.bench.config.ts') });
  for (const config of ['vite.web.config.ts', 'vite.bench-baseline.config.ts'])
    await build({ configFile: path.join(repoRoot, config), logLevel: 'warn' });
  // Quiet, like the bench build: with --json, standard output carries the JSON alone.
  await build({
    root: repoRoot,
    configFile: path.join(repoRoot, 'vite.cli.config.ts'),
    logLevel: 'warn',
  });
  // The report page `flowcase report` prints (figure 24). No `root` here: the config sets the
  // renderer folder as its root, and overriding it put report.html one folder too deep.
  await build({ configFile: path.join(repoRoot, 'vite.report.config.ts'), logLevel: 'warn' });

  progress(`1/14 flow model, 200-step map`);
  const flow = await flowModel({ runs: plan.flowRuns, warmup: plan.flowWarmup });
  progress(`2/14 Flowcase DES, B50-P10, ${int(plan.cases)} cases`);
  const b50 = await des({ cases: plan.cases });
  progress(`3/14 simjs peer, ${int(plan.cases)} cases`);
  const simjs = await runSimjs(plan.cases, 1);
  progress(`4/14 SimPy peer, ${int(plan.cases)} cases (the slow one)`);
  const simpy = await runSimpy(plan.cases, 1);
  progress(`5/14 Flowcase DES, ${NOISE_RUNS} runs of ${int(plan.cases)} cases (noise yardstick)`);
  const noise = b50.ok ? await noiseRuns({ cases: plan.cases, runs: NOISE_RUNS }) : b50;
  progress(`6/14 Flowcase DES, ${int(plan.million)} cases, then 10/100/1000 steps`);
  const million = b50.ok ? await des({ cases: plan.million }) : b50;
  const workers = Math.max(2, os.availableParallelism());
  progress(`   Flowcase DES, B50-P10, 8 replications on ${workers} worker threads vs 1 thread`);
  const threads = b50.ok ? await desWorkers({ cases: plan.cases, workers }) : b50;
  const scaling = [];
  for (const steps of SCALING_STEPS) {
    // Enough cases that most of the run is in steady state: work in progress is about
    // 1.24 cases per step, so 10 cases per step keeps filling and draining short.
    const cases = Math.max(10 * steps, Math.round(plan.visitBudget / steps));
    scaling.push(b50.ok ? await des({ steps, cases }) : b50);
  }
  progress(`7/14 Monte Carlo (${int(MC.samples)} samples, triangular and PERT) and tornado`);
  const mc = {};
  for (const sampling of ['triangular', 'pert'])
    mc[sampling] = await monteCarlo({
      sampling,
      ranges: MC.ranges,
      samples: MC.samples,
      runs: plan.mcRuns,
      warmup: plan.mcWarmup,
    });
  const bars = await tornado({
    ranges: MC.tornadoRanges,
    runs: plan.tornadoRuns,
    warmup: plan.tornadoWarmup,
  });
  progress('8/14 parse of the largest allowed hostile file and of the bad-input corpus');
  const parse = await parseHostile({ runs: plan.inputRuns });
  progress('9/14 flowcase validate of the largest allowed hostile file, in a fresh process');
  const cli = await cliValidate({ runs: plan.inputRuns });
  progress(
    `10/14 editor: paste of the 1 000-step map to ready, and its undo (${plan.loadRuns} runs)`,
  );
  const load = await editorLoad({ runs: plan.loadRuns });
  progress(
    `11/14 editor: drag one step and pan the whole map, app and baseline (${plan.frameRuns} runs)`,
  );
  const frames = await editorFrames({ runs: plan.frameRuns });
  progress(`12/14 editor: inspector value to key figures (${plan.inspectorRuns} runs)`);
  const inspector = await editorInspector({ runs: plan.inspectorRuns });
  progress(`13/14 editor: memory after ${MEMORY_EDITS} edits`);
  const memory = await editorMemory({ edits: MEMORY_EDITS });
  const editor = { load, frames, inspector, memory };
  progress(
    `14/14 workspace: autosave and opening of the 1 000-step project, library of 500 (${plan.workspaceRuns} runs)`,
  );
  const workspace = await workspaceFigures({ runs: plan.workspaceRuns });
  return {
    flow,
    b50,
    simjs,
    simpy,
    noise,
    million,
    scaling,
    mc,
    bars,
    parse,
    cli,
    editor,
    threads,
    workspace,
    log: await measureEventLog(),
    screens: await measureScreens(),
    presenter: await measurePresenter(),
    report: measureReportFigure(),
    electronStart: await measureElectronStartFigure(),
  };
}

/** Judge everything and collect it in one object (the --json output). */
function judge(m) {
  const out = { machine: machine(), quick, exactCycleS: EXACT_CYCLE_S, targets: TARGETS };
  out.flowModel = m.flow.ok
    ? { ...m.flow, meets: m.flow.medianMs < TARGETS.flowMs }
    : { error: m.flow.reason };

  const ours = m.b50;
  const sdRunS = m.noise.ok ? m.noise.sdOneRunS : null;
  /** A mean's distance from the exact value in standard deviations of one run. */
  const zScore = (meanS) => (sdRunS === null ? null : (meanS - EXACT_CYCLE_S) / sdRunS);
  const agrees = (meanS) => (sdRunS === null ? null : Math.abs(zScore(meanS)) <= 2);
  /** A peer against Flowcase: two independent runs, so their difference has sd sqrt(2) sd. */
  const versusFlowcase = (meanS) => {
    if (!ours.ok || sdRunS === null) return { differenceFromFlowcaseS: null };
    const differenceFromFlowcaseS = meanS - ours.meanCycleS;
    const sdDifferenceS = Math.SQRT2 * sdRunS;
    const sdFromFlowcase = differenceFromFlowcaseS / sdDifferenceS;
    return {
      differenceFromFlowcaseS,
      sdDifferenceS,
      sdFromFlowcase,
      agreesWithFlowcase: Math.abs(sdFromFlowcase) <= 2,
    };
  };
  out.b50 = !ours.ok
    ? { error: ours.reason }
    : {
        ...ours,
        meets: ours.wallS <= TARGETS.b50S,
        sdOneRunS: sdRunS,
        sdFromExact: zScore(ours.meanCycleS),
        agreesWithExact: agrees(ours.meanCycleS),
      };

  out.peers = {};
  for (const [name, peer, target] of [
    ['simjs', m.simjs, TARGETS.simjsRatio],
    ['simpy', m.simpy, TARGETS.simpyRatio],
  ]) {
    if (!peer.ok) {
      out.peers[name] = { skipped: peer.reason };
      continue;
    }
    const { ok: _ok, ...figures } = peer;
    const ratio = ours.ok ? peer.wallS / ours.wallS : null;
    out.peers[name] = {
      ...figures,
      targetRatio: target,
      fasterBy: ratio,
      meets: ratio === null ? null : ratio >= target,
      sdFromExact: zScore(peer.meanCycleS),
      agreesWithExact: agrees(peer.meanCycleS),
      ...versusFlowcase(peer.meanCycleS),
    };
  }

  const mil = m.million;
  out.million = !mil.ok
    ? { error: mil.reason }
    : { ...mil, meets: mil.cases >= 1_000_000 ? mil.peakRssMb < TARGETS.rssMb : null };

  const rows = m.scaling;
  const failed = rows.find((r) => !r.ok);
  if (failed) out.scaling = { error: failed.reason };
  else {
    const rates = rows.map((r) => r.eventsPerS);
    const spread = Math.max(...rates) / Math.min(...rates);
    out.scaling = { runs: rows, maxOverMin: spread, meets: spread <= TARGETS.flatness };
  }
  out.monteCarlo = {};
  for (const [sampling, figure] of Object.entries(m.mc))
    out.monteCarlo[sampling] = figure.ok
      ? { ...figure, meets: figure.medianMs <= TARGETS.monteCarloMs }
      : { error: figure.reason };
  out.tornado = m.bars.ok
    ? { ...m.bars, meets: m.bars.medianMs <= TARGETS.tornadoMs }
    : { error: m.bars.reason };
  out.parseHostile = m.parse.ok
    ? { ...m.parse, meets: m.parse.medianMs / 1000 <= TARGETS.parseHostileS }
    : { error: m.parse.reason };
  out.workers = m.threads.ok
    ? { ...m.threads, meets: m.threads.speedUp >= TARGETS.workersSpeedUp }
    : { error: m.threads.reason };
  out.cliValidate = m.cli.ok
    ? { ...m.cli, meets: m.cli.medianS <= TARGETS.cliValidateS }
    : { error: m.cli.reason };
  out.editor = judgeEditor(m.editor);
  out.workspace = judgeWorkspace(m.workspace);
  out.eventLog = judgeEventLog(m.log);
  out.screens = judgeScreens(m.screens);
  out.presenter = judgePresenter(m.presenter);
  out.report = judgeReport(m.report);
  out.electronStart = judgeElectronStart(m.electronStart);
  return out;
}

/**
 * Figure 19 (issue 12, "Speed"): `simulate --event-log` of 100 000 cases of the invoice
 * sample's first target, CSV and XES, into a real file, simulation included, <= 3 s each
 * (scripts/bench/event-log.ts). --quick runs 20 000 cases and does not judge.
 */
const EVENT_LOG = { cases: quick ? 20_000 : 100_000, targetS: 3 };

async function measureEventLog() {
  progress(`19 event log of ${int(EVENT_LOG.cases)} cases, CSV then XES`);
  return {
    csv: await eventLog({ format: 'csv', cases: EVENT_LOG.cases }),
    xes: await eventLog({ format: 'xes', cases: EVENT_LOG.cases }),
  };
}

/** Figures 20-21 (issue 12): a business-case edit to charts, the results view of 1 000 steps. */
async function measureScreens() {
  progress(
    `20-21 screens: business case edit to charts, results view (${plan.workspaceRuns} runs)`,
  );
  return screenFigures({ runs: plan.workspaceRuns });
}

/** Figures 22-23 (issue 13): a presenter what-if to figures, and the token replay's frame rate. */
async function measurePresenter() {
  progress(`22-23 presenter: what-if to figures (${plan.inspectorRuns} runs), token replay`);
  return presenterFigures({ runs: plan.inspectorRuns });
}

/** Figure 25 (issue 14): the desktop app's cold start, where an Electron binary exists. */
function measureElectronStartFigure() {
  progress(`25 desktop cold start (${plan.inputRuns} runs, where an Electron binary exists)`);
  return measureElectronStart(repoRoot, plan.inputRuns);
}

/** Figure 24 (issue 13): a sample's business case PDF from the command line. */
function measureReportFigure() {
  progress(`24 flowcase report of a sample, command to file (${plan.inputRuns} runs)`);
  return measureReport(repoRoot, plan.inputRuns);
}

function judgeEventLog(log) {
  const judged = (figure) =>
    figure.ok
      ? { ...figure, meets: quick ? null : figure.wallS <= EVENT_LOG.targetS }
      : { error: figure.reason };
  return { csv: judged(log.csv), xes: judged(log.xes) };
}

function eventLogRows(log) {
  return ['csv', 'xes'].map((format) => {
    const f = log[format];
    const label = `19 Event log, ${int(EVENT_LOG.cases)} cases, ${format.toUpperCase()}`;
    if (f.error) return { label, measured: `failed: ${f.error}` };
    return {
      label,
      measured: `${seconds(f.wallS)} wall`,
      target: quick ? `(<= ${EVENT_LOG.targetS} s at 100 000)` : `<= ${EVENT_LOG.targetS} s`,
      verdict: quick ? 'not judged (--quick)' : verdict(f.meets),
      notes: [
        `${(f.bytes / 1e6).toFixed(0)} MB, ${int(f.events)} ${format === 'csv' ? 'rows' : 'events'}; CPU ${seconds(f.cpuS)}. The same run without a log`,
        `${seconds(f.simulationOnlyS)} (CPU ${seconds(f.simulationOnlyCpuS)}), with the log formatted and dropped ${seconds(f.withoutFileS)} (CPU ${seconds(f.withoutFileCpuS)})`,
      ],
    };
  });
}

/** Issue 10's targets on the editor's figures; a figure that failed carries its reason. */
function judgeEditor({ load, frames, inspector, memory }) {
  const failed = (figure) => ({ error: figure.reason });
  const strip = ({ ok: _ok, figure: _figure, ...figures }) => figures;
  return {
    load: load.ok
      ? {
          ...strip(load),
          meetsReady: load.readyMs <= TARGETS.readyMs,
          meetsUndo: load.undoMs <= TARGETS.undoPasteMs,
        }
      : failed(load),
    frames: frames.ok
      ? {
          ...strip(frames),
          meetsDragP95: frames.app.drag.p95Ms <= TARGETS.dragP95Ms,
          meetsDragRatio: frames.dragRatio <= TARGETS.dragRatio,
          meetsPan: frames.app.pan.fps >= TARGETS.panFps,
        }
      : failed(frames),
    inspector: inspector.ok
      ? { ...strip(inspector), meets: inspector.taskMs <= TARGETS.inspectorMs }
      : failed(inspector),
    memory: memory.ok
      ? { ...strip(memory), meets: memory.jsRatio < TARGETS.memoryRatio }
      : failed(memory),
  };
}

const ms = (x) => `${x.toFixed(x >= 100 ? 0 : 1)} ms`;
const mb = (x) => `${x.toFixed(1)} MB`;

function editorRows(e) {
  const rows = [];
  const { load, frames, inspector, memory } = e;
  if (load.error)
    rows.push({ label: '9 Editor: paste 1 000 steps, ready', measured: `failed: ${load.error}` });
  else
    rows.push({
      label: '9 Editor: paste 1 000 steps, ready',
      measured: `${ms(load.readyMs)} median`,
      target: `<= ${seconds(TARGETS.readyMs / 1000)}`,
      verdict: verdict(load.meetsReady),
      notes: [
        `Ctrl+V to the steps in view drawn ${ms(load.pasteToDrawnMs)}; then a click on the pane ${ms(load.deselectMs)} and`,
        `on a step ${ms(load.selectMs)}, each to its painted frame; runs ${load.readyRunsMs.map(ms).join(', ')}`,
      ],
    });
  if (frames.error)
    rows.push({ label: '10 Editor: drag one step', measured: `failed: ${frames.error}` });
  else {
    const { app, baseline } = frames;
    rows.push(
      {
        label: '10 Editor: drag one step, p95 frame',
        measured: `${ms(app.drag.p95Ms)}`,
        target: `<= ${TARGETS.dragP95Ms} ms`,
        verdict: verdict(frames.meetsDragP95),
        notes: [
          `median ${ms(app.drag.medianMs)}, max ${ms(app.drag.maxMs)}; ${app.drag.frames} frames at zoom ${frames.dragZoom.toFixed(2)}`,
        ],
      },
      {
        label: '    vs plain React Flow',
        measured: `${frames.dragRatio.toFixed(2)}x its p95`,
        target: `<= ${TARGETS.dragRatio}x`,
        verdict: verdict(frames.meetsDragRatio),
        notes: [
          `baseline p95 ${ms(baseline.drag.p95Ms)}, median ${ms(baseline.drag.medianMs)}, max ${ms(baseline.drag.maxMs)}`,
        ],
      },
      {
        label: '11 Editor: pan, whole map in view',
        measured: `${app.pan.fps.toFixed(1)} fps`,
        target: `>= ${TARGETS.panFps} fps`,
        verdict: verdict(frames.meetsPan),
        notes: [
          `p95 frame ${ms(app.pan.p95Ms)} at zoom ${frames.fitZoom.toFixed(3)}; plain React Flow beside it:`,
          `${baseline.pan.fps.toFixed(1)} fps, p95 frame ${ms(baseline.pan.p95Ms)}; steps not wholly in view: app ${frames.stepsOutsideView.app}, baseline ${frames.stepsOutsideView.baseline}`,
        ],
      },
    );
  }
  if (inspector.error)
    rows.push({
      label: '12 Editor: inspector to key figures',
      measured: `failed: ${inspector.error}`,
    });
  else
    rows.push({
      label: '12 Editor: inspector to key figures',
      measured: `${ms(inspector.taskMs)} main thread`,
      target: `<= ${TARGETS.inspectorMs} ms`,
      verdict: verdict(inspector.meets),
      notes: [
        `Enter to after the 2nd frame: ${ms(inspector.toSecondFrameMs)}; script ${ms(inspector.scriptMs)}, layout ${ms(inspector.layoutMs)};`,
        `an Enter that commits nothing costs ${ms(inspector.floorTaskMs)} (included above); ${inspector.runs} runs`,
      ],
    });
  if (load.error)
    rows.push({ label: '13 Editor: undo the paste', measured: `failed: ${load.error}` });
  else
    rows.push({
      label: '13 Editor: undo the 1 000-step paste',
      measured: `${ms(load.undoMs)} median`,
      target: `<= ${TARGETS.undoPasteMs} ms`,
      verdict: verdict(load.meetsUndo),
      notes: [
        `Ctrl+Z to the first frame with no step drawn; runs ${load.undoRunsMs.map(ms).join(', ')}`,
      ],
    });
  if (memory.error)
    rows.push({ label: '14 Editor: memory after edits', measured: `failed: ${memory.error}` });
  else {
    const h = memory.history;
    rows.push({
      label: `14 Editor: JS heap after ${int(memory.edits)} edits`,
      measured: `${memory.jsRatio.toFixed(2)}x after load`,
      target: `< ${TARGETS.memoryRatio}x`,
      verdict: verdict(memory.meets),
      notes: [
        `JS heap after GC: ${mb(memory.afterLoad.jsMb)} after load, ${mb(memory.afterEdits.jsMb)} after the edits; with Blink's DOM heap`,
        `${mb(memory.afterLoad.totalMb)} and ${mb(memory.afterEdits.totalMb)} (${memory.ratio.toFixed(2)}x). The undo history's own size:`,
        `${mb(h.historyMb)} for its ${h.undoSteps} steps (the same edits replayed in Node through shared/editor)`,
      ],
    });
  }
  return rows;
}

function tableRows(r) {
  const rows = [];
  const f = r.flowModel;
  rows.push(
    f.error
      ? { label: '1 Flow model, 200-step map', measured: `failed: ${f.error}` }
      : {
          label: `1 Flow model, ${f.steps}-step map, ${f.roles} roles`,
          measured: `${f.medianMs.toFixed(3)} ms median`,
          target: `< ${TARGETS.flowMs} ms`,
          verdict: verdict(f.meets),
          notes: [
            `p95 ${f.p95Ms.toFixed(3)} ms, min ${f.minMs.toFixed(3)} ms; ${int(f.runs)} recomputes after ${int(f.warmup)} warm-up`,
          ],
        },
  );

  const b = r.b50;
  const label2 = `2 DES B50-P10, ${int(plan.cases)} cases, 1 rep`;
  if (b.error) rows.push({ label: label2, measured: `failed: ${b.error}` });
  else {
    const sd = b.sdOneRunS;
    rows.push(
      {
        label: label2,
        measured: `${seconds(b.wallS)} wall`,
        target: quick ? `(${TARGETS.b50S} s at 100 000)` : `<= ${TARGETS.b50S} s`,
        verdict: quick ? 'not judged (--quick)' : verdict(b.meets),
      },
      { label: '    events per second', measured: `${millions(b.eventsPerS)} (${int(b.events)})` },
      {
        label: '    mean cycle time, Flowcase',
        measured: `${b.meanCycleS.toFixed(1)} s (${offExact(b)})`,
        target: `${EXACT_CYCLE_S.toFixed(2)} s +- 2 sd`,
        verdict: sd === null ? '' : b.agreesWithExact ? 'within noise' : 'outside noise',
        notes: [
          sd === null
            ? 'noise: not estimated'
            : `noise: the mean of one run of ${int(plan.cases)} cases varies by ${sd.toFixed(1)} s (1 sd, from`,
          `${NOISE_RUNS} more Flowcase runs with other seeds). The peers report no confidence interval, so`,
          'a peer agrees with Flowcase if the two means differ by at most 2 sd of a difference of',
          'two runs (sqrt(2) sd); every mean also shows its distance from the exact value in sd.',
        ],
      },
    );
  }
  for (const [name, label, targetLabel] of [
    ['simjs', 'simjs', '7x'],
    ['simpy', 'SimPy 3', '25x'],
  ]) {
    const p = r.peers[name];
    if (p.skipped) {
      rows.push({ label: `  vs ${label}`, measured: p.skipped });
      continue;
    }
    rows.push(
      {
        label: `  vs ${label}`,
        measured: p.fasterBy === null ? 'Flowcase DES failed' : `${p.fasterBy.toFixed(1)}x faster`,
        target: `>= ${targetLabel}`,
        verdict: quick ? 'not judged (--quick)' : verdict(p.meets),
        notes: [`${p.engine}: ${seconds(p.wallS)} wall for ${int(p.cases)} cases`],
      },
      {
        label: `    mean cycle time, ${label}`,
        measured: `${p.meanCycleS.toFixed(1)} s (${offExact(p)})`,
        target: "Flowcase's +- 2 sd",
        verdict:
          p.differenceFromFlowcaseS === null
            ? ''
            : `${p.agreesWithFlowcase ? 'agrees' : 'differs'} (${signed(p.sdFromFlowcase, 1)} sd)`,
        notes:
          p.differenceFromFlowcaseS === null
            ? []
            : [
                `${signed(p.differenceFromFlowcaseS, 1)} s from Flowcase's mean; a difference of two runs varies by ${p.sdDifferenceS.toFixed(1)} s (1 sd)`,
              ],
      },
    );
  }

  const mil = r.million;
  const label3 = `3 DES ${int(plan.million)} cases, memory`;
  if (mil.error) rows.push({ label: label3, measured: `failed: ${mil.error}` });
  else
    rows.push({
      label: label3,
      measured: `${mil.peakRssMb.toFixed(0)} MB peak RSS`,
      target: `< ${TARGETS.rssMb} MB at 1 000 000`,
      verdict: mil.meets === null ? 'not judged (--quick)' : verdict(mil.meets),
      notes: [
        `${seconds(mil.wallS)} wall, ${millions(mil.eventsPerS)} events/s; RSS before the run ${mil.baselineRssMb.toFixed(0)} MB`,
      ],
    });

  const s = r.scaling;
  const label4 = '4 Events/s, 10-100-1000 steps';
  if (s.error) rows.push({ label: label4, measured: `failed: ${s.error}` });
  else
    rows.push({
      label: label4,
      measured: `max/min ${s.maxOverMin.toFixed(3)}`,
      target: `<= ${TARGETS.flatness} (flat)`,
      verdict: verdict(s.meets),
      notes: [
        ...s.runs.map(
          (run) =>
            `${String(run.steps).padStart(4)} steps, ${run.pools} pools of 5, ${int(run.cases)} cases: ${millions(run.eventsPerS)} events/s (${seconds(run.wallS)})`,
        ),
        'the heap of busy servers grows 100x (3 to 10 levels), so a log factor is expected',
      ],
    });

  for (const [sampling, mc] of Object.entries(r.monteCarlo)) {
    const label = `5 Monte Carlo, ${sampling}`;
    rows.push(
      mc.error
        ? { label, measured: `failed: ${mc.error}` }
        : {
            label: `5 Monte Carlo, ${sampling}, ${mc.ranges} ranges`,
            measured: `${mc.medianMs.toFixed(1)} ms median`,
            target: `<= ${TARGETS.monteCarloMs} ms`,
            verdict: verdict(mc.meets),
            notes: [
              `${int(mc.samples)} samples of ${mc.sample}, whole call; first (cold) run ${mc.firstMs.toFixed(1)} ms, min ${mc.minMs.toFixed(1)} ms; ${mc.runs} runs after ${mc.warmup} warm-up`,
            ],
          },
    );
  }
  const t = r.tornado;
  rows.push(
    t.error
      ? { label: '6 Tornado', measured: `failed: ${t.error}` }
      : {
          label: `6 Tornado, ${t.ranges} ranges`,
          measured: `${t.medianMs.toFixed(2)} ms median`,
          target: `<= ${TARGETS.tornadoMs} ms`,
          verdict: verdict(t.meets),
          notes: [
            `${t.sample}, cycle times recomputed per bar end; first (cold) run ${t.firstMs.toFixed(1)} ms, min ${t.minMs.toFixed(2)} ms; ${t.runs} runs after ${t.warmup} warm-up`,
          ],
        },
  );
  const p = r.parseHostile;
  rows.push(
    p.error
      ? { label: '7 Parse, largest hostile file', measured: `failed: ${p.error}` }
      : {
          label: `7 Parse, largest allowed hostile file`,
          measured: `${seconds(p.medianMs / 1000)} median`,
          target: `<= ${TARGETS.parseHostileS} s`,
          verdict: verdict(p.meets),
          notes: [
            `${megabytes(p.bytes)} that passes the size check and makes every stage work (scripts/bench/hostile.ts);`,
            `max ${seconds(p.maxMs / 1000)} over ${p.runs} run(s); slowest of the ${p.corpusFiles} committed bad-input files: ${p.slowestCorpusFile}, ${p.slowestCorpusMs.toFixed(1)} ms`,
          ],
        },
  );
  const c = r.cliValidate;
  rows.push(
    c.error
      ? { label: '8 CLI validate, 5 MB file', measured: `failed: ${c.error}` }
      : {
          label: `8 CLI validate, ${megabytes(c.bytes)} file`,
          measured: `${seconds(c.medianS)} median`,
          target: `<= ${TARGETS.cliValidateS} s`,
          verdict: verdict(c.meets),
          notes: [
            `flowcase validate of the same file in a fresh process, Node start-up included; max ${seconds(c.maxS)} over ${c.runs} run(s)`,
          ],
        },
  );
  rows.push(...editorRows(r.editor));
  const w = r.workers;
  rows.push(
    w.error
      ? { label: '18 DES on worker threads', measured: `failed: ${w.error}` }
      : {
          label: `18 DES B50-P10, ${w.replications} reps, ${w.workers} threads`,
          measured: `${w.speedUp.toFixed(2)}x faster`,
          target: `>= ${TARGETS.workersSpeedUp}x`,
          verdict: verdict(w.meets),
          notes: [
            `${int(w.cases)} cases per replication: ${seconds(w.oneThreadS)} on one thread, ${seconds(w.workersS)} on ${w.workers} worker threads (start-up included); same result byte for byte`,
          ],
        },
  );
  rows.push(...workspaceRows(r.workspace));
  rows.push(...eventLogRows(r.eventLog));
  rows.push(...screenRows(r.screens));
  rows.push(...presenterRows(r.presenter));
  rows.push(...reportRows(r.report));
  rows.push(...electronStartRows(r.electronStart));
  return rows;
}

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const signed = (x, digits) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;

/** "-1.17 % vs exact, -1.4 sd": a mean's distance from the exact value. */
function offExact(figures) {
  const z = figures.sdFromExact;
  const off = `${deviation(figures.meanCycleS, EXACT_CYCLE_S)} vs exact`;
  return z === null ? off : `${off}, ${signed(z, 1)} sd`;
}

function render(r) {
  const mc = r.machine;
  return renderTable({
    title:
      `Flowcase benchmark (${quick ? '--quick' : 'full'} run) - node ${mc.node}, ${mc.cpu}, ` +
      `${mc.cores} cores, ${mc.memoryGb} GB, ${mc.platform}`,
    header: ['Figure', 'Measured', 'Target', 'Verdict'],
    rows: tableRows(r),
    footer: [
      'Wall times are the measured work alone (no start-up; figure 8 includes it), each in a fresh',
      'process, one after another; the machines are shared, so read the ratios rather than absolute times.',
      'Figures 9-17: production web build in headless Chromium (software rendering, no GPU), 1920 x 1080.',
    ],
  });
}

async function main() {
  const started = Date.now();
  const results = judge(await measure());
  results.benchWallS = (Date.now() - started) / 1000;
  if (json) console.log(JSON.stringify(results, null, 2));
  else console.log(`\n${render(results)}\n(whole benchmark: ${seconds(results.benchWallS)})`);
  const crashed = [
    results.flowModel,
    results.b50,
    results.million,
    results.scaling,
    results.tornado,
    results.parseHostile,
    results.cliValidate,
    results.workers,
    ...Object.values(results.monteCarlo),
    ...Object.values(results.editor),
    results.workspace,
    ...Object.values(results.eventLog),
  ].some((figure) => figure.error);
  return crashed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench crashed: ${error.stack ?? error.message}`);
    process.exitCode = 1;
  },
);
