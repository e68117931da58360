// A warning marker on a step with a process problem; its title says the problem in words.
import { AlertTriangle } from 'lucide-react';
import { memo } from 'react';
import { useStepProblem } from '../../figures/use-step-problem';

export const ProblemMarker = memo(function ProblemMarker({ stepId }: { stepId: string }) {
  const problem = useStepProblem(stepId);
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
