// The screen switch in the top bar: "Map", "Simulation" and "Business case" as an ARIA tablist (arrow keys
// move between them). The map tabs below keep picking the map on every screen.
import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import { SCREENS, useAppStore } from '../store';

export const screenTabId = (id: string): string => `fc-screen-${id}`;

export function ScreenTabs() {
  const screen = useAppStore((s) => s.screen);
  const showScreen = useAppStore((s) => s.showScreen);
  const listRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = SCREENS.findIndex((s) => s.id === screen);
    const next = (index + step + SCREENS.length) % SCREENS.length;
    const target = SCREENS[next];
    if (target === undefined) return;
    showScreen(target.id);
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div
      className="fc-screens"
      role="tablist"
      aria-label="Screens"
      ref={listRef}
      onKeyDown={onKeyDown}
    >
      {SCREENS.map((s) => {
        const selected = s.id === screen;
        return (
          <button
            key={s.id}
            id={screenTabId(s.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className="fc-screens__tab"
            onClick={() => showScreen(s.id)}
          >
            {s.label}
          </button>
        );
      })}
    </div>
  );
}
