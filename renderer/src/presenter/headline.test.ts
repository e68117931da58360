import { describe, expect, it } from 'vitest';
import type { FlowModelResult } from '../../../shared/engine';
import { headlineNote } from './headline';

const figures = { ok: true as const, flow: {} as FlowModelResult };
const broken = (problems: number) => ({
  ok: false as const,
  reason: `Figures appear once the map's ${problems} problems are fixed.`,
});

describe('headlineNote', () => {
  it('given a target with process problems, when the tiles show "—", then the room is told why and where to look', () => {
    expect(
      headlineNote({
        targetName: 'AI match',
        current: figures,
        target: broken(3),
        roiBlocker: 'x',
      }),
    ).toBe(
      'No figures for "AI match": figures appear once the map\'s 3 problems are fixed. Esc returns to the editor, where Problems lists them.',
    );
  });

  it("given today's map with problems and a sound target, when shown, then today's map is named", () => {
    expect(
      headlineNote({
        targetName: 'AI match',
        current: broken(2),
        target: figures,
        roiBlocker: null,
      }),
    ).toMatch(/^No figures for today's process: figures appear once the map's 2 problems/);
  });

  it('given sound maps and a business case that cannot be computed, when shown, then its reason is given', () => {
    expect(
      headlineNote({
        targetName: 'AI match',
        current: figures,
        target: figures,
        roiBlocker: 'The plan has no months to go-live.',
      }),
    ).toBe('No business case: The plan has no months to go-live.');
  });

  it('given every figure there, when shown, then there is no note', () => {
    expect(
      headlineNote({ targetName: 'AI match', current: figures, target: figures, roiBlocker: null }),
    ).toBeNull();
  });
});
