// A warning marker on a step with a process problem; its title says the problem in words.
import { AlertTriangle } from 'lucide-react';
import { memo } from 'react';
import { useStepProblem } from '../../figures/use-step-problem';
import { useShownMap } from '../shown-map';

/** The marker for `problem`, nothing when there is none (cards read it with their state). */
export const ProblemMarkerView = memo(function ProblemMarkerView({
  problem,
}: {
  problem: string | null;
}) {
  if (problem === null) return null;
  return (
    <span
      className="fc-problem-marker"
      role="img"
      aria-label={`Problem: ${problem}`}
      title={problem}
    >
      <AlertTriangle size={12} aria-hidden="true" />
    </span>
  );
});

/** The marker of step `stepId` on the map its canvas draws, read from the store. */
export const ProblemMarker = memo(function ProblemMarker({ stepId }: { stepId: string }) {
  return <ProblemMarkerView problem={useStepProblem(stepId, useShownMap())} />;
});
