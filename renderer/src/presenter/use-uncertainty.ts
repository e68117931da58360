// The presenter's Monte Carlo (probability that NPV > 0) for its local project: the same
// engine call as the business case screen (10 000 samples, seed 1, in the engine worker), so
// with nothing changed the figure equals that screen's and `flowcase roi`'s. It takes longer
// than a frame, so it follows the faster figures: the last result stays up, marked updating.
import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../../shared/model/schema';
import type { MonteCarloResult } from '../../../shared/uncertainty';
import { computeBusinessCase, DEFAULT_BUSINESS_OPTIONS } from '../business/compute';
import { createRunner, type Runner } from '../business/runner';

export interface Uncertainty {
  readonly monteCarlo: MonteCarloResult | null;
  readonly state: 'ready' | 'computing' | 'no-ranges' | 'blocked';
}

export function useUncertainty(project: Project, targetId: string): Uncertainty {
  const latest = useRef(project);
  const serial = useRef(0);
  const runner = useRef<Runner | null>(null);
  const [result, setResult] = useState<{ mc: MonteCarloResult | null; blocked: boolean } | null>(
    null,
  );
  const [pending, setPending] = useState(true);
  useEffect(() => {
    const created = createRunner({
      delayMs: 0,
      compute: () => computeBusinessCase(latest.current, targetId, DEFAULT_BUSINESS_OPTIONS),
      onChange: (state) => {
        setPending(state.pending);
        const outcome = state.result;
        if (outcome === null) return;
        setResult(
          outcome.ok
            ? { mc: outcome.value.monteCarlo, blocked: outcome.value.roi.blockers.length > 0 }
            : { mc: null, blocked: true },
        );
      },
    });
    runner.current = created;
    return () => created.dispose();
  }, [targetId]);
  useEffect(() => {
    latest.current = project;
    serial.current += 1;
    runner.current?.request({ revision: serial.current, targetId });
  }, [project, targetId]);
  if (project.ranges.length === 0) return { monteCarlo: null, state: 'no-ranges' };
  if (result?.blocked) return { monteCarlo: null, state: 'blocked' };
  return { monteCarlo: result?.mc ?? null, state: pending ? 'computing' : 'ready' };
}
