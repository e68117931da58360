import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';
import { validateSemantics } from './semantics';
import { graphMap, type FlowSpec, type StepSpec } from './testing/graph-map';
import { minimalProject } from './testing/minimal-project';

/** The problems validation finds when the current map is the given graph. */
function problemsOf(steps: readonly StepSpec[], flows: readonly FlowSpec[]): string[] {
  const project = minimalProject();
  project.maps.current = { ...project.maps.current, ...graphMap(steps, flows) };
  return validateSemantics(project).map(formatIssue);
}

const START: StepSpec = ['start', 'start'];
const END: StepSpec = ['end', 'end'];

describe('parallel joins that are sound', () => {
  it('accepts a split whose branches all meet at one join', () => {
    // given start -> split -> (a, b) -> join -> end
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['a', 'task'], ['b', 'task']];
    steps.push(['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'a'],
      ['split', 'b'],
    ];
    flows.push(['a', 'join'], ['b', 'join'], ['join', 'end']);
    // when the map is validated, then nothing is wrong
    expect(problemsOf(steps, flows)).toEqual([]);
  });

  it('accepts a block nested in a branch, and a branch that is a direct flow', () => {
    // given split -> (inner split -> (a, b) -> inner join -> c, direct) -> join
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['inner', 'parallel-split']];
    steps.push(['a', 'task'], ['b', 'task'], ['inner-join', 'parallel-join'], ['c', 'task']);
    steps.push(['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'inner'],
      ['split', 'join'],
    ];
    flows.push(['inner', 'a'], ['inner', 'b'], ['a', 'inner-join'], ['b', 'inner-join']);
    flows.push(['inner-join', 'c'], ['c', 'join'], ['join', 'end']);
    expect(problemsOf(steps, flows)).toEqual([]);
  });

  it('accepts a decision that merges back inside a branch, and a rework loop in a branch', () => {
    // given branch 1: a decision choosing x or y, both continuing to m; branch 2: b with a
    // check that sends 20 % back to b and the rest straight into the join
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['choose', 'decision']];
    steps.push(['x', 'task'], ['y', 'task'], ['m', 'task'], ['b', 'task'], ['check', 'decision']);
    steps.push(['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'choose'],
      ['split', 'b'],
    ];
    flows.push(['choose', 'x', 0.3], ['choose', 'y', 0.7], ['x', 'm'], ['y', 'm'], ['m', 'join']);
    flows.push(['b', 'check'], ['check', 'b', 0.2], ['check', 'join', 0.8], ['join', 'end']);
    expect(problemsOf(steps, flows)).toEqual([]);
  });

  it('accepts a rework loop around the whole block', () => {
    // given prepare -> split -> (a, b) -> join -> check, which sends 10 % back to prepare
    const steps: StepSpec[] = [START, ['prepare', 'task'], ['split', 'parallel-split']];
    steps.push(['a', 'task'], ['b', 'task'], ['join', 'parallel-join'], ['check', 'decision'], END);
    const flows: FlowSpec[] = [
      ['start', 'prepare'],
      ['prepare', 'split'],
      ['split', 'a'],
    ];
    flows.push(['split', 'b'], ['a', 'join'], ['b', 'join'], ['join', 'check']);
    flows.push(['check', 'prepare', 0.1], ['check', 'end', 0.9]);
    expect(problemsOf(steps, flows)).toEqual([]);
  });

  it('accepts two blocks one after the other and a ten-branch block', () => {
    const steps: StepSpec[] = [START, ['s1', 'parallel-split'], ['j1', 'parallel-join']];
    steps.push(['s2', 'parallel-split'], ['j2', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 's1'],
      ['j1', 's2'],
      ['j2', 'end'],
    ];
    for (let i = 0; i < 10; i++) {
      steps.push([`p${i}`, 'task'], [`q${i}`, 'task']);
      flows.push(['s1', `p${i}`], [`p${i}`, 'j1'], ['s2', `q${i}`], [`q${i}`, 'j2']);
    }
    expect(problemsOf(steps, flows)).toEqual([]);
  });
});

describe('parallel joins that would make cases wait forever', () => {
  it('refuses a join whose branches come from a decision, naming the join and the decision', () => {
    // given a decision choosing a or b, both leading into a parallel join
    const steps: StepSpec[] = [START, ['choose', 'decision'], ['a', 'task'], ['b', 'task']];
    steps.push(['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'choose'],
      ['choose', 'a', 0.5],
      ['choose', 'b', 0.5],
    ];
    flows.push(['a', 'join'], ['b', 'join'], ['join', 'end']);
    // when the map is validated, then the join is refused in words
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[4] (join): This parallel join waits for every incoming branch, but its branches come from the decision "choose", which sends each case down only one of them, so cases would wait here forever; merge decision branches by connecting them to the next step instead, or start the branches with a parallel split',
    ]);
  });

  it('refuses a join fed by a loop instead of a split', () => {
    // given start -> t -> join -> check -> (u -> join | end): no split anywhere
    const steps: StepSpec[] = [
      START,
      ['t', 'task'],
      ['join', 'parallel-join'],
      ['check', 'decision'],
    ];
    steps.push(['u', 'task'], END);
    const flows: FlowSpec[] = [
      ['start', 't'],
      ['t', 'join'],
      ['join', 'check'],
    ];
    flows.push(['check', 'u', 0.1], ['check', 'end', 0.9], ['u', 'join']);
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[2] (join): This parallel join waits for every incoming branch, but its incoming flows do not come from one parallel split (every case reaches it through "t", which sends it down one path only), so cases would wait here forever; start its branches with a parallel split, or connect them to the next step instead',
    ]);
  });

  it('refuses branches that meet before the join', () => {
    // given split -> (a, b, c); a and b both lead to m, which leads to the join, as does c
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['a', 'task'], ['b', 'task']];
    steps.push(['c', 'task'], ['m', 'task'], ['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'a'],
      ['split', 'b'],
      ['split', 'c'],
    ];
    flows.push(['a', 'm'], ['b', 'm'], ['m', 'join'], ['c', 'join'], ['join', 'end']);
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[6] (join): This parallel join waits for one case from each branch of the parallel split "split", but the branches that start at "a" and "b" meet at "m" before reaching it, so "m" would run once for each of them and the join would not get one case per branch; connect each branch to this join on its own path, or close those branches with a parallel split and join of their own',
    ]);
  });

  it('refuses a branch that reaches the join by two flows', () => {
    // given a branch whose decision sends each case to the join either from x or from y
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['choose', 'decision']];
    steps.push(['x', 'task'], ['y', 'task'], ['b', 'task'], ['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'choose'],
      ['split', 'b'],
    ];
    flows.push(['choose', 'x', 0.5], ['choose', 'y', 0.5], ['x', 'join'], ['y', 'join']);
    flows.push(['b', 'join'], ['join', 'end']);
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[6] (join): This parallel join waits for one case from each branch of the parallel split "split", but the branch that starts at "choose" reaches it by 2 flows (from "x" and "y") and each case takes only one of them, so cases would wait here forever; merge those paths in one step before the join',
    ]);
  });

  it('refuses a branch that can leave the process before the join', () => {
    // given a branch whose check ends 10 % of cases
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['a', 'task']];
    steps.push(['check', 'decision'], ['b', 'task'], ['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'a'],
      ['split', 'b'],
      ['a', 'check'],
    ];
    flows.push(['check', 'join', 0.9], ['check', 'end', 0.1], ['b', 'join'], ['join', 'end']);
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[5] (join): This parallel join waits for one case from each branch of the parallel split "split", but the branch that starts at "a" can reach the end "end" without passing it, so cases that leave there would make it wait forever; lead that path into this join instead',
    ]);
  });

  it('refuses a branch that loops back to its split', () => {
    // given a branch whose check sends 10 % back to the split
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['a', 'task']];
    steps.push(['check', 'decision'], ['b', 'task'], ['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'a'],
      ['split', 'b'],
      ['a', 'check'],
    ];
    flows.push(['check', 'join', 0.9], ['check', 'split', 0.1], ['b', 'join'], ['join', 'end']);
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[5] (join): This parallel join waits for one case from each branch of the parallel split "split", but the branch that starts at "a" leads from "check" back to the split before reaching it, so the split would send out new branches while the old ones still wait; close the loop after this join instead',
    ]);
  });

  it('refuses a flow into the join, or into a branch, from after the join', () => {
    // given join -> check, which sends 10 % back into the join and 10 % back to b
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['a', 'task'], ['b', 'task']];
    steps.push(['join', 'parallel-join'], ['check', 'decision'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'a'],
      ['split', 'b'],
      ['a', 'join'],
    ];
    flows.push(['b', 'join'], ['join', 'check'], ['check', 'join', 0.1], ['check', 'b', 0.1]);
    flows.push(['check', 'end', 0.8]);
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[4] (join): This parallel join waits for one case from each branch of the parallel split "split", but the branch that starts at "b" is also entered from "check", outside the split\'s branches, so cases coming that way reach this join alone and wait forever; connect "check" to a step before the split or after this join instead',
      'maps.current.steps[4] (join): This parallel join waits for one case from each branch of the parallel split "split", but it also has a flow coming in from "check", which is not on any of those branches, so cases coming that way would wait here forever; connect "check" to a step before the split or after this join instead',
    ]);
  });

  it('refuses a parallel split inside a branch that is not joined before the outer join', () => {
    // given split -> (inner -> (p, q) -> m -> join, c -> join): p and q meet at a task
    const steps: StepSpec[] = [START, ['split', 'parallel-split'], ['inner', 'parallel-split']];
    steps.push(['p', 'task'], ['q', 'task'], ['m', 'task'], ['c', 'task']);
    steps.push(['join', 'parallel-join'], END);
    const flows: FlowSpec[] = [
      ['start', 'split'],
      ['split', 'inner'],
      ['split', 'c'],
    ];
    flows.push(['inner', 'p'], ['inner', 'q'], ['p', 'm'], ['q', 'm'], ['m', 'join']);
    flows.push(['c', 'join'], ['join', 'end']);
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[7] (join): This parallel join waits for one case from each branch of the parallel split "split", but the parallel split "inner" on the branch that starts at "inner" has no parallel join of its own on that branch, so its branches would arrive here as extra cases; close them with a parallel join before this one',
    ]);
  });

  it('leaves a join with a single incoming flow to the rule that already names it', () => {
    const steps: StepSpec[] = [START, ['a', 'task'], ['join', 'parallel-join'], END];
    const flows: FlowSpec[] = [
      ['start', 'a'],
      ['a', 'join'],
      ['join', 'end'],
    ];
    expect(problemsOf(steps, flows)).toEqual([
      'maps.current.steps[2] (join): A parallel join needs at least two incoming flows (it has 1)',
    ]);
  });
});
