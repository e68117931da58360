import { describe, expect, it } from 'vitest';
import { AI_LANE, assignLanes, NO_ROLE_LANE } from './lanes';
import { layoutMap } from './testing/layout-maps';

describe('assignLanes', () => {
  it('puts tasks in their role’s lane and AI steps in the AI lane, ordered by first reach', () => {
    // Given start -> intake (clerk) -> AI -> review (buyer) -> file (clerk) -> end
    const map = layoutMap(
      [
        ['s', 'start'],
        ['review', 'task', 'buyer'],
        ['intake', 'task', 'clerk'],
        ['ai', 'ai'],
        ['file', 'task', 'clerk'],
        ['e', 'end'],
      ],
      [
        ['s', 'intake'],
        ['intake', 'ai'],
        ['ai', 'review'],
        ['review', 'file'],
        ['file', 'e'],
      ],
    );
    const lanes = assignLanes(map);
    // then lanes follow the process, not the order of the steps in the file
    expect(lanes.order).toEqual(['role:clerk', AI_LANE, 'role:buyer']);
    expect(Object.fromEntries(lanes.laneOf)).toEqual({
      s: 'role:clerk',
      intake: 'role:clerk',
      ai: AI_LANE,
      review: 'role:buyer',
      file: 'role:clerk',
      e: 'role:clerk',
    });
  });

  it('keeps a decision with the step before it, not with a rework step that loops back', () => {
    // Given check (clerk) -> ok? -> done, and ok? -> fix (buyer) -> ok? (a loop into the decision)
    const map = layoutMap(
      [
        ['s', 'start'],
        ['fix', 'task', 'buyer'],
        ['check', 'task', 'clerk'],
        ['ok', 'decision'],
        ['e', 'end'],
      ],
      [
        ['s', 'check'],
        ['check', 'ok'],
        ['ok', 'e', 0.8],
        ['ok', 'fix', 0.2],
        ['fix', 'ok'],
      ],
    );
    const { laneOf } = assignLanes(map);
    expect(laneOf.get('ok')).toBe('role:clerk');
    expect(laneOf.get('e')).toBe('role:clerk');
    expect(laneOf.get('fix')).toBe('role:buyer');
  });

  it('gives a start and gateways before the first task that task’s lane', () => {
    const map = layoutMap(
      [
        ['s', 'start'],
        ['split', 'parallel-split'],
        ['a', 'task', 'buyer'],
        ['b', 'task', 'clerk'],
        ['join', 'parallel-join'],
        ['e', 'end'],
      ],
      [
        ['s', 'split'],
        ['split', 'a'],
        ['split', 'b'],
        ['a', 'join'],
        ['b', 'join'],
        ['join', 'e'],
      ],
    );
    const { laneOf, order } = assignLanes(map);
    expect(order).toEqual(['role:buyer', 'role:clerk']);
    expect([laneOf.get('s'), laneOf.get('split'), laneOf.get('join'), laneOf.get('e')]).toEqual([
      'role:buyer',
      'role:buyer',
      'role:buyer',
      'role:buyer',
    ]);
  });

  it('puts steps connected to no performer in the first lane, or in one lane when there is none', () => {
    const loose = layoutMap(
      [
        ['s', 'start'],
        ['t', 'task', 'clerk'],
        ['lost', 'decision'],
      ],
      [['s', 't']],
    );
    expect(assignLanes(loose).laneOf.get('lost')).toBe('role:clerk');

    const bare = layoutMap(
      [
        ['s', 'start'],
        ['e', 'end'],
      ],
      [['s', 'e']],
    );
    expect(assignLanes(bare)).toEqual({
      order: [NO_ROLE_LANE],
      laneOf: new Map([
        ['s', NO_ROLE_LANE],
        ['e', NO_ROLE_LANE],
      ]),
    });
  });
});
