// While the waiting-time overlay is on: how long cases wait for a person before this step,
// from the map's last simulation, as a badge on the card (the card itself is tinted by the
// same heat, canvas.css `[data-heat]`).
import { Hourglass } from 'lucide-react';
import { memo, type CSSProperties } from 'react';
import { formatHours } from '../../format/numbers';
import type { StepHeat } from '../../results/wait-heat';

export const WaitBadge = memo(function WaitBadge({ heat }: { heat: StepHeat | null }) {
  if (heat === null) return null;
  return (
    <span className="fc-wait" title="Mean wait per visit for a person, from the last simulation">
      <Hourglass size={11} aria-hidden="true" />
      Waits {formatHours(heat.hours)}
    </span>
  );
});

/** The card's heat, for its `data-heat` and `--fc-heat` (0..1). */
export function heatStyle(heat: StepHeat | null) {
  return heat === null
    ? {}
    : {
        'data-heat': '',
        style: { '--fc-heat': heat.share.toFixed(3) } as CSSProperties,
      };
}
