// Panel slice: which sections of the project panel are open. View state, so it survives the
// panel being swapped for the inspector and back, and is never part of undo history.
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';

export const PANEL_SECTIONS = [
  'project',
  'roles',
  'systems',
  'demand',
  'calendar',
  'plan',
  'formulas',
  'ranges',
] as const;

export type PanelSectionId = (typeof PANEL_SECTIONS)[number];

export interface PanelSlice {
  openSections: readonly PanelSectionId[];
  /** Open or close section `id`; without `open`, toggle it. */
  toggleSection: (id: PanelSectionId, open?: boolean) => void;
}

export const createPanelSlice: StateCreator<AppState, [], [], PanelSlice> = (set) => ({
  openSections: ['project'],
  toggleSection: (id, open) =>
    set((s) => {
      const isOpen = s.openSections.includes(id);
      const wanted = open ?? !isOpen;
      if (wanted === isOpen) return {};
      return {
        openSections: wanted
          ? [...s.openSections, id]
          : s.openSections.filter((section) => section !== id),
      };
    }),
});
