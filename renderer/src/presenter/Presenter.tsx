// Presenter mode: the current and target process for a room, full screen. Headline deltas on
// top, both maps fitted with the changes marked, one change at a time in a sentence (arrow
// keys), cases replayed through both maps, and a live what-if that works on a presenter-local
// copy of the project (the saved project changes only through "Keep these changes", as one
// undo step). Escape leaves, and the editor underneath is exactly as it was.
import { Moon, Pause, Play, Rewind, FastForward, Sun, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { targetOf } from '../../../shared/editor';
import type { ProcessMap, Project } from '../../../shared/model/schema';
import { computeRoi } from '../../../shared/roi';
import { mapFigures } from '../figures/live-figures';
import { useAppStore } from '../store';
import { changeMarks, presenterChanges } from './change-list';
import { leavePresenter } from './enter';
import { headlineNote, headlineTiles } from './headline';
import { HeadlineStrip } from './HeadlineStrip';
import { PresenterMap } from './PresenterMap';
import { createClock, runLoop, scaleSpeed, type ReplayClock } from './replay/clock';
import { recordReplay } from './replay/record';
import type { Trace } from './replay/trace';
import type { TokenPalette } from './TokenLayer';
import { useUncertainty } from './use-uncertainty';
import { applyWhatIf, keepCommand, whatIfOf, type WhatIf } from './what-if';
import { WhatIfPanel } from './WhatIfPanel';
import './presenter.css';

type Theme = 'dark' | 'light';
/** Both maps, or one of them full size. */
type Layout = 'both' | 'current' | 'target';
const NEXT_LAYOUT: Readonly<Record<Layout, Layout>> = {
  both: 'current',
  current: 'target',
  target: 'both',
};
const LAYOUT_BUTTON: Readonly<Record<Layout, string>> = {
  both: 'Show today only',
  current: 'Show target only',
  target: 'Show both maps',
};

/** Whether `steps` spread much wider than tall: then the two maps sit one above the other. */
function isWide(steps: readonly { position: { x: number; y: number } }[]): boolean {
  const xs = steps.map((s) => s.position.x);
  const ys = steps.map((s) => s.position.y);
  const w = Math.max(...xs) - Math.min(...xs) + 200;
  const h = Math.max(...ys) - Math.min(...ys) + 100;
  return w / h > 1.6;
}

const PALETTES: Readonly<Record<Theme, TokenPalette>> = {
  dark: {
    moving: '#38bdf8',
    queued: '#fbbf24',
    working: '#f8fafc',
    delayed: '#64748b',
    text: '#e2e8f0',
  },
  light: {
    moving: '#0369a1',
    queued: '#b45309',
    working: '#1e293b',
    delayed: '#94a3b8',
    text: '#0f172a',
  },
};

const NONE: ReadonlySet<string> = new Set();

function isField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
  );
}

/** Quiet time after a what-if before its cases are simulated again, ms: not on every slider step. */
const REPLAY_DELAY_MS = 400;

/** The replay of `map`, simulated again a moment after the what-if changes what it reads. */
function useReplay(project: Project, mapId: string): Replay | null {
  const [replay, setReplay] = useState<Replay | null>(null);
  const map = mapId === 'current' ? project.maps.current : targetOf(project, mapId);
  useEffect(() => {
    if (map === null) return;
    const run = () => setReplay({ trace: recordReplay(project, map), map });
    const handle = setTimeout(run, replay === null ? 0 : REPLAY_DELAY_MS);
    return () => clearTimeout(handle);
    // Only what the simulation reads: the map, the roles and the calendar.
  }, [map, project.roles, project.calendar]); // eslint-disable-line react-hooks/exhaustive-deps
  return replay;
}

interface Replay {
  readonly trace: Trace;
  readonly map: ProcessMap;
}

export function Presenter() {
  const [targetId, setTargetId] = useState(() => {
    const s = useAppStore.getState();
    const project = s.project as Project;
    return s.activeMapKey !== 'current'
      ? s.activeMapKey.targetId
      : (project.maps.targets[0]?.id ?? '');
  });
  // The document as it stands; the what-if is applied over it, never into it.
  const saved = useAppStore((s) => s.project) as Project;
  const [whatIf, setWhatIf] = useState<WhatIf | null>(() => whatIfOf(saved, targetId));
  const [theme, setTheme] = useState<Theme>('dark');
  const [layout, setLayout] = useState<Layout>('both');
  const [index, setIndex] = useState(-1);
  const [playing, setPlaying] = useState(true);

  const applied = useMemo(
    () => (whatIf === null ? null : applyWhatIf(saved, targetId, whatIf)),
    [saved, targetId, whatIf],
  );
  const project = applied?.ok ? applied.project : saved;
  const changed = applied?.ok === true && applied.changed > 0;
  const target = targetOf(project, targetId);
  const current = project.maps.current;

  const changes = useMemo(
    () => (target === null ? [] : presenterChanges(project, target)),
    [project, target],
  );
  const marks = useMemo(() => changeMarks(changes), [changes]);
  const focused = index >= 0 ? changes[index] : undefined;
  const focusBefore = useMemo(() => new Set(focused?.frameBefore ?? NONE), [focused]);
  const focusAfter = useMemo(() => new Set(focused?.frameAfter ?? NONE), [focused]);

  const roi = useMemo(
    () => (target === null ? null : computeRoi(project, target)),
    [project, target],
  );
  const uncertainty = useUncertainty(project, targetId);
  // The tiles, and why some show "—": both from the same figures of both maps.
  const { tiles, note } = useMemo(() => {
    if (target === null) return { tiles: [], note: null };
    const figures = { current: mapFigures(project, current), target: mapFigures(project, target) };
    return {
      tiles: headlineTiles({
        project,
        ...figures,
        roi: roi !== null && roi.blockers.length === 0 ? roi : null,
        monteCarlo: uncertainty.monteCarlo,
        uncertainty: uncertainty.state,
      }),
      note: headlineNote({
        targetName: target.name,
        ...figures,
        roiBlocker: roi?.blockers[0] ?? null,
      }),
    };
  }, [project, current, target, roi, uncertainty]);
  useEffect(() => {
    performance.mark('fc-presenter-figures');
  }, [tiles]);

  // The replay: one clock and one frame loop for both maps.
  const currentReplay = useReplay(project, 'current');
  const targetReplay = useReplay(project, targetId);
  const currentTrace = currentReplay?.trace ?? null;
  const targetTrace = targetReplay?.trace ?? null;
  const clock = useRef<ReplayClock | null>(null);
  const draws = useMemo(() => new Set<(t: number) => void>(), []);
  useEffect(() => {
    if (currentTrace === null || targetTrace === null) return;
    const from = Math.min(currentTrace.firstHours, targetTrace.firstHours);
    const to = Math.max(currentTrace.lastHours, targetTrace.lastHours);
    const next = createClock(from, to);
    const old = clock.current;
    if (old !== null) {
      next.t = Math.min(Math.max(old.t, from), to);
      next.speed = old.speed;
      next.playing = old.playing;
    }
    clock.current = next;
    return runLoop(next, draws);
  }, [currentTrace, targetTrace, draws]);
  const speed = useCallback(() => clock.current?.speed ?? 1, []);
  const togglePlay = useCallback(() => {
    if (clock.current === null) return;
    clock.current.playing = !clock.current.playing;
    setPlaying(clock.current.playing);
  }, []);
  const faster = useCallback((factor: number) => {
    if (clock.current !== null) scaleSpeed(clock.current, factor);
  }, []);

  const keep = useCallback(() => {
    if (whatIf === null) return;
    const state = useAppStore.getState();
    if (state.project === null) return;
    const command = keepCommand(state.project, targetId, whatIf);
    if (command !== null) state.dispatch(command);
  }, [whatIf, targetId]);
  const reset = useCallback(() => setWhatIf(whatIfOf(saved, targetId)), [saved, targetId]);
  // Another scenario starts from its own saved figures; a what-if not kept is left behind.
  const pickScenario = useCallback(
    (id: string) => {
      setTargetId(id);
      setWhatIf(whatIfOf(saved, id));
      setIndex(-1);
    },
    [saved],
  );

  const count = changes.length;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        leavePresenter();
        return;
      }
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isField(event.target)) return;
      const key = event.key;
      if (key === 'ArrowRight' || key === 'PageDown') setIndex((i) => Math.min(i + 1, count - 1));
      else if (key === 'ArrowLeft' || key === 'PageUp') setIndex((i) => Math.max(i - 1, -1));
      else if (key === 'Home') setIndex(-1);
      else if (key === ' ') togglePlay();
      else if (key === '+' || key === '=') faster(2);
      else if (key === '-') faster(0.5);
      else if (key === 't') setTheme((t) => (t === 'dark' ? 'light' : 'dark'));
      else if (key === 'b') setLayout((l) => NEXT_LAYOUT[l]);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, togglePlay, faster]);

  // Move focus into the presenter, so keys and screen readers start here.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.focus(), []);

  if (target === null || whatIf === null) {
    return (
      <div className="fc-presenter" data-theme={theme} role="dialog" aria-label="Presenter mode">
        <p className="fc-p-caption__text">This target no longer exists. Press Escape to go back.</p>
      </div>
    );
  }
  const palette = PALETTES[theme];
  const wide = isWide([...current.steps, ...target.steps]);
  return (
    <div
      ref={root}
      className="fc-presenter"
      data-theme={theme}
      role="dialog"
      aria-modal="true"
      aria-label="Presenter mode"
      tabIndex={-1}
    >
      <header className="fc-p-top">
        <div className="fc-p-top__title">
          <span className="fc-p-top__project">{project.name}</span>
          <span className="fc-p-top__scenario">
            {current.name} <span aria-hidden="true">→</span>{' '}
            {saved.maps.targets.length > 1 ? (
              <select
                className="fc-p-scenario"
                aria-label="Scenario"
                title="The target scenario to present (a what-if not kept is left behind)"
                value={targetId}
                onChange={(event) => pickScenario(event.currentTarget.value)}
              >
                {saved.maps.targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            ) : (
              target.name
            )}
          </span>
        </div>
        <div className="fc-p-top__tools">
          <button
            type="button"
            className="fc-p-icon"
            aria-label={playing ? 'Pause' : 'Play'}
            onClick={togglePlay}
          >
            {playing ? <Pause size={20} /> : <Play size={20} />}
          </button>
          <button
            type="button"
            className="fc-p-icon"
            aria-label="Slower"
            onClick={() => faster(0.5)}
          >
            <Rewind size={20} />
          </button>
          <button type="button" className="fc-p-icon" aria-label="Faster" onClick={() => faster(2)}>
            <FastForward size={20} />
          </button>
          <button
            type="button"
            className="fc-p-button"
            onClick={() => setLayout((l) => NEXT_LAYOUT[l])}
          >
            {LAYOUT_BUTTON[layout]}
          </button>
          <button
            type="button"
            className="fc-p-icon"
            aria-label={theme === 'dark' ? 'Light theme' : 'Dark theme'}
            onClick={() => setTheme((t) => (t === 'dark' ? 'light' : 'dark'))}
          >
            {theme === 'dark' ? <Sun size={20} /> : <Moon size={20} />}
          </button>
          <button
            type="button"
            className="fc-p-icon"
            aria-label="Leave presenter mode"
            onClick={leavePresenter}
          >
            <X size={22} />
          </button>
        </div>
      </header>
      <HeadlineStrip tiles={tiles} />
      {note !== null && (
        <p className="fc-p-note" role="status">
          {note}
        </p>
      )}
      <div
        className={`fc-p-maps fc-p-maps--${layout === 'both' ? (wide ? 'rows' : 'columns') : 'one'}`}
      >
        {layout !== 'target' && (
          <PresenterMap
            label="Today"
            project={project}
            map={current}
            marks={marks.before}
            focus={focusBefore}
            replay={currentReplay}
            draws={draws}
            speed={speed}
            palette={palette}
          />
        )}
        {layout !== 'current' && (
          <PresenterMap
            label="Target"
            project={project}
            map={target}
            marks={marks.after}
            focus={focusAfter}
            replay={targetReplay}
            draws={draws}
            speed={speed}
            palette={palette}
          />
        )}
      </div>
      <section className="fc-p-caption" aria-label="Change" aria-live="polite">
        <span className="fc-p-caption__count">
          {index < 0
            ? `${count} ${count === 1 ? 'change' : 'changes'}`
            : `Change ${index + 1} of ${count}`}
        </span>
        <p className="fc-p-caption__text" data-testid="presenter-sentence">
          {focused === undefined
            ? count === 0
              ? 'No step differs from today.'
              : 'Press → to walk through the changes.'
            : `${focused.sentence}.`}
        </p>
        <span className="fc-p-caption__keys" aria-hidden="true">
          ← → · Space · T · Esc
        </span>
      </section>
      <WhatIfPanel
        project={saved}
        target={target}
        whatIf={whatIf}
        changed={changed}
        onChange={setWhatIf}
        onKeep={keep}
        onReset={reset}
      />
      {applied?.ok === false && (
        <p className="fc-p-refusal" role="alert">
          {applied.reason}
        </p>
      )}
    </div>
  );
}
