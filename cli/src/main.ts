/**
 * The `flowcase` command line: entry point of the CLI bundle. `run(argv)` dispatches to one
 * command and returns the exit code; it never throws and never prints a stack trace — an
 * unexpected failure is reported in one sentence. Nothing it prints holds a control character
 * but the line feeds between lines (`guardOutput`); text quoted from a file or an argument is
 * shown with `printable`.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { EXIT, nodeIo, type CliIo } from './io';
import { guardOutput, printable } from './printable';
import { argumentsError } from './options';
import { SAMPLE_HELP, sampleCommand } from './commands/sample';
import { VALIDATE_HELP, validateCommand } from './commands/validate';
import { SIMULATE_HELP, simulateCommand } from './commands/simulate';
import { ROI_HELP, roiCommand } from './commands/roi';
import { EXPORT_HELP, exportCommand } from './commands/export';
import { REPORT_HELP, reportCommand } from './commands/report';
import { isSimulationThreadData, serveReplications } from './simulate-threads';

// The bundle is also the script of `simulate --workers`'s threads (simulate-threads.ts):
// started with their flag, it serves replications instead of being a command line.
if (!isMainThread && parentPort !== null && isSimulationThreadData(workerData))
  serveReplications(workerData, parentPort);

declare const __FLOWCASE_VERSION__: string | undefined;
const VERSION = typeof __FLOWCASE_VERSION__ === 'string' ? __FLOWCASE_VERSION__ : 'dev';

type Command = {
  summary: string;
  help: string;
  run: (io: CliIo, args: readonly string[]) => Promise<number>;
};

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: {
    summary: 'check a project file and list every problem',
    help: VALIDATE_HELP,
    run: validateCommand,
  },
  simulate: {
    summary: 'simulate a map: throughput, cycle time, waiting, utilisation, cost',
    help: SIMULATE_HELP,
    run: simulateCommand,
  },
  roi: {
    summary: 'the business case of a target: cash flow, NPV, IRR, payback, ranges, readiness',
    help: ROI_HELP,
    run: roiCommand,
  },
  export: {
    summary: 'write the business case and every assumption to a spreadsheet (CSV or XLSX)',
    help: EXPORT_HELP,
    run: exportCommand,
  },
  report: {
    summary: 'the business case as a PDF: maps, simulation, cash flow, uncertainty, readiness',
    help: REPORT_HELP,
    run: reportCommand,
  },
  sample: {
    summary: 'list or write the embedded sample projects',
    help: SAMPLE_HELP,
    run: sampleCommand,
  },
};

export function usage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    'Usage: flowcase COMMAND [options]',
    '',
    'Flowcase maps the current and target process, simulates AI automation and human review,',
    'and builds the business case. Project files are JSON (.flowcase).',
    '',
    'Commands:',
    ...names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]?.summary ?? ''}`),
    '',
    'Options:',
    "  -h, --help     show this help, or a command's help: flowcase COMMAND --help",
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 success, 1 invalid input (the problems are printed), 2 wrong usage.',
  ].join('\n');
}

/** Run `flowcase ...argv` and resolve to its exit code; never throws. */
export async function run(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  return dispatch(argv, guardOutput(io));
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      const topic = name === 'help' ? args[0] : undefined;
      io.out(topic !== undefined && COMMANDS[topic] ? COMMANDS[topic].help : usage());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '-v' || name === '--version') {
      io.out(`flowcase ${VERSION}`);
      return EXIT.ok;
    }
    const command = COMMANDS[name];
    if (command === undefined) {
      io.err(`error: unknown command "${printable(name)}"\n`);
      io.err(usage());
      return EXIT.usage;
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.out(command.help);
      return EXIT.ok;
    }
    return await command.run(io, args);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`error: ${argumentsError((error as Error).message)}`);
      return EXIT.usage;
    }
    io.err(
      `error: flowcase stopped on an internal problem: ${printable(error instanceof Error ? error.message : String(error))}`,
    );
    return EXIT.invalid;
  }
}
