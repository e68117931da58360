/**
 * What the report route needs to draw a business case, and where it gets it. The contract
 * with its three callers:
 * - `flowcase report` (cli/src/commands/report.ts) sets `window.__FLOWCASE_REPORT__` before
 *   the page's scripts run (Playwright's `addInitScript`: no inline script, the CSP stays);
 * - the app's "Export PDF" (renderer/src/app/ExportPdfButton.tsx) opens `report.html` in a
 *   window of the same origin and answers the report's `REPORT_HELLO` message with the input;
 * - the desktop app's Export PDF loads `report.html` in a hidden window whose preload exposes
 *   `window.flowcase`: the report asks main for its input (`reportInput()`, the project as
 *   `.flowcase` text) and tells main when it is drawn or why not (`reportReady`, main.tsx).
 * Either way the project arrives as plain JSON and is validated here again before use
 * (a border like any other).
 */
import {
  validateProjectDocument,
  describeIssues,
  readProjectDocument,
} from '../../../shared/model';
import { placedProblem } from '../figures/problem-place';
import { desktopApi, settle } from '../desktop/window-bridge';
import type { Project, TargetMap } from '../../../shared/model/schema';
import type { REPORT_PROGRESS, REPORT_SETTLED } from '../../../shared/ipc/report-page';
import { isRecord } from '../../../shared/util/is-record';

export type Paper = 'a4' | 'letter';

/** The report's input as it crosses the border: JSON only. */
export interface ReportInput {
  /** The project document, as in a `.flowcase` file. */
  readonly project: unknown;
  /** The target map (scenario) the business case is for. */
  readonly targetId: string;
  /** Seed of Monte Carlo and of the simulation runs. */
  readonly seed: number;
  /** The day the report is dated, `YYYY-MM-DD`. */
  readonly date: string;
  readonly paper: Paper;
  /** Open the browser's print dialog once the report is ready. */
  readonly print?: boolean;
}

/** The input, checked: a valid project and the target it names. */
export interface ReportSubject {
  readonly project: Project;
  readonly target: TargetMap;
  readonly seed: number;
  readonly date: string;
  readonly paper: Paper;
  readonly print: boolean;
}

/** The message the report window sends its opener to ask for the input. */
export const REPORT_HELLO = 'flowcase-report:hello';
/** The opener's answer: `{ type: REPORT_INPUT, input: ReportInput }`. */
export const REPORT_INPUT = 'flowcase-report:input';

declare global {
  interface Window {
    __FLOWCASE_REPORT__?: ReportInput;
    /** Given by `flowcase report` (shared/ipc/report-page.ts). */
    [REPORT_SETTLED]?: (problems: readonly string[]) => unknown;
    /** Given by `flowcase report` (shared/ipc/report-page.ts). */
    [REPORT_PROGRESS]?: (share: number) => unknown;
  }
}

/** The input checked, or the sentences that say what is wrong with it. */
export function checkReportInput(
  value: unknown,
): { ok: true; subject: ReportSubject } | { ok: false; problems: string[] } {
  if (!isRecord(value)) return { ok: false, problems: ['The report was given no input.'] };
  const parsed = validateProjectDocument(value['project']);
  if (!parsed.ok) return { ok: false, problems: describeIssues(parsed.issues) };
  const project = parsed.project;
  // Process problems are named as the app's Problems list names them: map and step.
  if (parsed.problems.length > 0)
    return {
      ok: false,
      problems: parsed.problems.map((issue) => placedProblem(project, issue)),
    };
  const target = project.maps.targets.find((t) => t.id === value['targetId']);
  if (target === undefined)
    return {
      ok: false,
      problems: [
        project.maps.targets.length === 0
          ? 'The project has no target map, so there is no business case to report.'
          : `There is no target map with the id "${String(value['targetId'])}".`,
      ],
    };
  const seed = value['seed'];
  const date = value['date'];
  return {
    ok: true,
    subject: {
      project,
      target,
      seed: typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0 ? seed : 1,
      date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today(),
      paper: value['paper'] === 'letter' ? 'letter' : 'a4',
      print: value['print'] === true,
    },
  };
}

/** Today as `YYYY-MM-DD` in local time. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The input from wherever this page got it: the CLI's injected value, else the opener's
 * answer to `REPORT_HELLO` (the app's window), else none after `waitMs`.
 */
export function receiveReportInput(waitMs = 10_000): Promise<unknown> {
  if (window.__FLOWCASE_REPORT__ !== undefined) return Promise.resolve(window.__FLOWCASE_REPORT__);
  const opener = window.opener as Window | null;
  if (opener === null) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => finish(null), waitMs);
    function finish(value: unknown): void {
      window.clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(value);
    }
    function onMessage(event: MessageEvent): void {
      if (event.origin !== window.location.origin || event.source !== opener) return;
      const data: unknown = event.data;
      if (isRecord(data) && data['type'] === REPORT_INPUT) finish(data['input']);
    }
    window.addEventListener('message', onMessage);
    opener.postMessage({ type: REPORT_HELLO }, window.location.origin);
  });
}

export type CheckedInput = ReturnType<typeof checkReportInput>;

/** The input, checked, from whichever caller opened this page. */
export async function obtainReportInput(): Promise<CheckedInput> {
  const api = desktopApi();
  // The CLI's injected input wins even where a bridge exists (it never does in the CLI).
  if (api === null || window.__FLOWCASE_REPORT__ !== undefined)
    return checkReportInput(await receiveReportInput());
  const answer = await settle(() => api.reportInput());
  if (!answer.ok) return { ok: false, problems: [answer.error.message] };
  const read = readProjectDocument(answer.value.text);
  if (!read.ok) return { ok: false, problems: describeIssues(read.issues) };
  const { targetId, seed, date, paper } = answer.value;
  // Main prints the page itself (printToPDF): no print dialog here.
  return checkReportInput({ project: read.project, targetId, seed, date, paper, print: false });
}
