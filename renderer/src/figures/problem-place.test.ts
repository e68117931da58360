import { describe, expect, it } from 'vitest';
import type { ProjectIssue } from '../../../shared/model/issues';
import { SAMPLES } from '../../../shared/samples';
import { problemPlace } from './problem-place';

const project = SAMPLES[0]!.project;
const issue = (path: ProjectIssue['path'], where = 'tool path'): ProjectIssue => ({
  path,
  where,
  message: 'Something is wrong',
});

describe('problemPlace: where a problem is, in the words of the screen', () => {
  it('given a problem on a step of the current map, then it names the map and the step, not the path', () => {
    const index = project.maps.current.steps.findIndex((s) => s.kind === 'decision');
    const step = project.maps.current.steps[index]!;
    const place = problemPlace(project, issue(['maps', 'current', 'steps', index, 'name']));
    expect(place).toBe(`Current process · decision "${step.name}"`);
    expect(place).not.toContain('maps.');
  });

  it("given a problem on a target's AI step or flow, then it names the target and the step or both ends", () => {
    const target = project.maps.targets[0]!;
    const ai = target.steps.findIndex((s) => s.kind === 'ai');
    expect(problemPlace(project, issue(['maps', 'targets', 0, 'steps', ai]))).toBe(
      `Target "${target.name}" · AI step "${target.steps[ai]!.name}"`,
    );
    const flow = target.flows[0]!;
    const name = (id: string) => target.steps.find((s) => s.id === id)!.name;
    expect(problemPlace(project, issue(['maps', 'targets', 0, 'flows', 0, 'probability']))).toBe(
      `Target "${target.name}" · flow from "${name(flow.from)}" to "${name(flow.to)}"`,
    );
  });

  it('given a problem on a role or the map itself, then it names the role or the map', () => {
    expect(problemPlace(project, issue(['roles', 0, 'costPerHour']))).toBe(
      `Role "${project.roles[0]!.name}"`,
    );
    expect(problemPlace(project, issue(['maps', 'current', 'demand']))).toBe('Current process');
  });

  it('given a place the app cannot name, then the validator’s own words are kept', () => {
    expect(problemPlace(project, issue(['maps', 'targets', 99, 'steps', 0]))).toBe('tool path');
    expect(problemPlace(project, issue([], '(file)'))).toBe('(file)');
  });

  it('given a file that fails the file format, then its places are named from its JSON as far as they can be read', () => {
    const document: unknown = {
      roles: [{ id: 'ap', name: 'AP clerk', costPerHour: -5 }],
      maps: {
        current: {
          name: 'Today',
          steps: [
            { id: 'a', kind: 'task', name: 'Key in' },
            { id: 'b', kind: 'robot', name: 'Odd one' },
          ],
          flows: [{ id: 'f', from: 'a', to: 'gone' }],
        },
        targets: [{ steps: [] }],
      },
    };
    expect(problemPlace(document, issue(['roles', 0, 'costPerHour']))).toBe('Role "AP clerk"');
    expect(problemPlace(document, issue(['maps', 'current', 'steps', 0, 'handlingMinutes']))).toBe(
      'Current process · human task "Key in"',
    );
    expect(problemPlace(document, issue(['maps', 'current', 'flows', 0]))).toBe(
      'Current process · flow from "Key in" to a missing step',
    );
    // a step of a kind it does not know, and a target with no name: the validator's words
    expect(problemPlace(document, issue(['maps', 'current', 'steps', 1, 'kind']))).toBe(
      'tool path',
    );
    expect(problemPlace(document, issue(['maps', 'targets', 0, 'steps']))).toBe('tool path');
    expect(problemPlace('not a project', issue(['roles', 0]))).toBe('tool path');
  });
});
