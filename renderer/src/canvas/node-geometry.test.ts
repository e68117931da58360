import { describe, expect, it } from 'vitest';
import { stepHandles } from './node-geometry';

/** Handle boxes as React Flow measured them in the browser: id, x, y (map units). */
const box = (handles: ReturnType<typeof stepHandles>, id: string) => {
  const handle = handles.find((h) => h.id === id);
  return handle && [handle.x, handle.y, handle.width, handle.height];
};

describe('stepHandles places connection points where React Flow measures them', () => {
  it('given a task card of 176 x 160, then each side point sits on its border, centred', () => {
    const handles = stepHandles('task', { width: 176, height: 160 });
    // Measured in Chromium on the invoice sample: in-top (83, -4), in-right (170, 75.2), ...
    expect(box(handles, 'in-top')).toEqual([83, -4, 10, 10]);
    expect(box(handles, 'out-right')).toEqual([170, 75, 10, 10]);
    expect(box(handles, 'in-bottom')).toEqual([83, 154, 10, 10]);
    expect(box(handles, 'out-left')).toEqual([-4, 75, 10, 10]);
  });

  it('given a start event of 34 x 34, then the points sit on its edge (no border)', () => {
    const handles = stepHandles('start', { width: 34, height: 34 });
    expect(box(handles, 'in-top')).toEqual([12, -5, 10, 10]);
    expect(box(handles, 'out-right')).toEqual([29, 12, 10, 10]);
    expect(box(handles, 'in-left')).toEqual([-5, 12, 10, 10]);
  });

  it('given any step, then it has a source and a target on each side', () => {
    const ids = stepHandles('decision', { width: 46, height: 46 }).map((h) => h.id);
    expect(ids.sort()).toEqual(
      [
        'in-top',
        'in-right',
        'in-bottom',
        'in-left',
        'out-top',
        'out-right',
        'out-bottom',
        'out-left',
      ].sort(),
    );
  });
});
