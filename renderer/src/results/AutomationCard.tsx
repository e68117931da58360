// The automation share of the AI steps: how many of their results were accepted without a
// person, with the reviewed and fallback shares beside it as a bar and in words. A map
// without an AI step says so instead of showing 0 %.
import { formatNumber, formatShare } from '../format/numbers';
import { FigureCard } from './FigureCard';
import { difference, type SimulationFigures } from './result-figures';

type Automation = NonNullable<SimulationFigures['automation']>;

const points = (v: number): string => `${formatNumber(v * 100)} pt`;

export function AutomationCard({
  mine,
  base,
}: {
  mine: SimulationFigures;
  /** The current process's figures when `mine` is a target's; null otherwise. */
  base: SimulationFigures | null;
}) {
  const shares = mine.automation;
  const currentHasNone = base !== null && base.automation === null;
  return (
    <FigureCard
      label="Automation share"
      value={shares?.autoAccepted ?? null}
      change={
        base !== null
          ? difference(shares?.autoAccepted ?? null, base.automation?.autoAccepted ?? null)
          : undefined
      }
      better="higher"
      format={formatShare}
      formatChange={points}
      empty="No AI step on this map"
      detail={
        shares ? (
          <>
            <ShareBar shares={shares} />
            auto-accepted · reviewed {formatShare(shares.reviewed.mean)} · fallback{' '}
            {formatShare(shares.fallback.mean)}
            {shares.qaSampled.mean > 0 && ` · QA-checked ${formatShare(shares.qaSampled.mean)}`}
            {currentHasNone && (
              <span className="fc-automation__current">Current process: no AI step</span>
            )}
          </>
        ) : undefined
      }
    />
  );
}

/** The three outcomes as one bar of their shares (the words beside it carry the figures). */
function ShareBar({ shares }: { shares: Automation }) {
  const parts = [
    ['accepted', shares.autoAccepted.mean],
    ['reviewed', shares.reviewed.mean],
    ['fallback', shares.fallback.mean],
  ] as const;
  return (
    <span className="fc-automation__bar" aria-hidden="true">
      {parts.map(([kind, share]) => (
        <span
          key={kind}
          className={`fc-automation__part fc-automation__part--${kind}`}
          style={{ width: `${share * 100}%` }}
        />
      ))}
    </span>
  );
}
