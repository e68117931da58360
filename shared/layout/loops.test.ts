import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../samples';
import { loopBackFlowIds } from './loops';
import { loopBackFlows } from './testing/layout-checks';
import { layoutMap } from './testing/layout-maps';

describe('loopBackFlowIds', () => {
  it('finds the way back of a rework loop and of a loop onto one step, nothing else', () => {
    // Given start -> a -> ok? -> end, ok? -> fix -> a (a loop), and a step looping onto itself
    const map = layoutMap(
      [
        ['s', 'start'],
        ['a', 'task'],
        ['ok', 'decision'],
        ['fix', 'task'],
        ['self', 'task'],
        ['e', 'end'],
      ],
      [
        ['s', 'a'],
        ['a', 'ok'],
        ['ok', 'e', 0.7],
        ['ok', 'fix', 0.2],
        ['fix', 'a'],
        ['ok', 'self', 0.1],
        ['self', 'self'],
        ['self', 'e'],
        ['a', 'nowhere'],
      ],
    );
    expect(loopBackFlowIds(map)).toEqual(new Set(['f5', 'f7']));
  });

  it('agrees with the straightforward recursive walk on every sample map', () => {
    for (const { project } of SAMPLES) {
      for (const map of [project.maps.current, ...project.maps.targets]) {
        expect(loopBackFlowIds(map)).toEqual(loopBackFlows(map));
      }
    }
  });

  it('walks a map at the step limit without overflowing the stack', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `t${i}`);
    const map = layoutMap(
      [['s', 'start'], ...ids.map((id) => [id, 'task'] as const)],
      [['s', 't0'], ...ids.slice(1).map((id, i) => [ids[i]!, id] as const), ['t1999', 't0']],
    );
    expect(loopBackFlowIds(map)).toEqual(new Set([`f${2001}`]));
  });
});
