// The run controls: cases, replications and seed, "Run simulation", and while it runs a
// progress bar and "Cancel". Values are checked at the field like every number in the app.
import { Play, Square } from 'lucide-react';
import { useState } from 'react';
import { useAppStore } from '../store';
import type { RunSettings } from '../store/results-slice';
import { cancelSimulation, runSimulation } from './run';

const LIMITS = {
  cases: { min: 100, max: 10_000_000, label: 'Cases' },
  replications: { min: 1, max: 100, label: 'Replications' },
  seed: { min: 0, max: 2 ** 31 - 1, label: 'Seed' },
} as const;

type Key = keyof typeof LIMITS;

export function RunBar() {
  const settings = useAppStore((s) => s.runSettings);
  const run = useAppStore((s) => s.simulationRun);
  const [draft, setDraft] = useState<Record<Key, string>>(() => ({
    cases: String(settings.cases),
    replications: String(settings.replications),
    seed: String(settings.seed),
  }));
  const problems = (Object.keys(LIMITS) as Key[]).flatMap((key) => {
    const { min, max, label } = LIMITS[key];
    const value = Number(draft[key]);
    return Number.isInteger(value) && value >= min && value <= max
      ? []
      : [
          `${label} must be a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}.`,
        ];
  });
  const start = () => {
    if (problems.length > 0) return;
    const next: RunSettings = {
      cases: Number(draft.cases),
      replications: Number(draft.replications),
      seed: Number(draft.seed),
    };
    void runSimulation(next);
  };
  return (
    <form
      className="fc-runbar"
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      {(Object.keys(LIMITS) as Key[]).map((key) => (
        <label key={key} className="fc-runbar__field">
          <span>{LIMITS[key].label}</span>
          <input
            className="fc-input"
            inputMode="numeric"
            value={draft[key]}
            aria-invalid={problems.some((p) => p.startsWith(LIMITS[key].label))}
            disabled={run !== null}
            onChange={(event) => setDraft({ ...draft, [key]: event.target.value.trim() })}
          />
        </label>
      ))}
      {run === null ? (
        <button
          type="submit"
          className="fc-button fc-button--primary"
          disabled={problems.length > 0}
        >
          <Play size={14} aria-hidden="true" />
          Run simulation
        </button>
      ) : (
        <>
          <progress
            className="fc-runbar__progress"
            aria-label={`Simulating ${run.label}`}
            max={1}
            value={run.progress}
          />
          <span className="fc-runbar__share" aria-hidden="true">
            {Math.floor(run.progress * 100)} %
          </span>
          <button type="button" className="fc-button" onClick={cancelSimulation}>
            <Square size={12} aria-hidden="true" />
            Cancel
          </button>
        </>
      )}
      {problems.length > 0 && (
        <p className="fc-field__error" role="alert">
          {problems.join(' ')}
        </p>
      )}
    </form>
  );
}
