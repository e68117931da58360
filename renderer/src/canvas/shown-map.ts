// Which map a canvas's steps read their numbers, figures and marks from. The editor's canvas
// draws the active map (null: follow it); the compare view draws the current map and a target
// side by side, whose steps share ids, so each of its panes names its own map.
import { createContext, useContext } from 'react';
import type { MapKey } from '../store';

export const ShownMapContext = createContext<MapKey | null>(null);

/** The map this canvas draws, or null for the active map. */
export const useShownMap = (): MapKey | null => useContext(ShownMapContext);
