// The palette's entries: every step kind, its button name, its single-key shortcut and icon.
import type { LucideIcon } from 'lucide-react';
import { Circle, CircleDot, Diamond, GitFork, GitMerge, Sparkles, Square } from 'lucide-react';
import type { StepKind } from '../../../shared/model/schema';

export interface PaletteEntry {
  readonly kind: StepKind;
  /** The button's accessible name, e.g. "Add task". */
  readonly label: string;
  /** The single key that adds one (no modifier), shown on the button. */
  readonly key: string;
  readonly icon: LucideIcon;
}

export const PALETTE: readonly PaletteEntry[] = [
  { kind: 'start', label: 'Add start', key: 's', icon: Circle },
  { kind: 'task', label: 'Add task', key: 't', icon: Square },
  { kind: 'ai', label: 'Add AI step', key: 'a', icon: Sparkles },
  { kind: 'decision', label: 'Add decision', key: 'd', icon: Diamond },
  { kind: 'parallel-split', label: 'Add parallel split', key: 'p', icon: GitFork },
  { kind: 'parallel-join', label: 'Add parallel join', key: 'j', icon: GitMerge },
  { kind: 'end', label: 'Add end', key: 'e', icon: CircleDot },
];

export const paletteEntryForKey = (key: string): PaletteEntry | undefined =>
  PALETTE.find((entry) => entry.key === key.toLowerCase());
