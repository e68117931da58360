// The headline deltas across the top of the projector: seven large figures, each with its
// change against today, coloured good or bad (and said in words, not only in colour).
import type { Tile } from './headline';

export function HeadlineStrip({ tiles }: { tiles: readonly Tile[] }) {
  return (
    <dl className="fc-p-headline" aria-label="Headline figures">
      {tiles.map((tile) => (
        <div
          key={tile.id}
          className={`fc-p-tile fc-p-tile--${tile.tone}`}
          data-testid={`headline-${tile.id}`}
        >
          <dt className="fc-p-tile__label">{tile.label}</dt>
          <dd className="fc-p-tile__value">{tile.value}</dd>
          <dd className="fc-p-tile__change">{tile.change || '\u00a0'}</dd>
        </div>
      ))}
    </dl>
  );
}
