/**
 * No business case over a map that cannot do the work: the reasons lead, in words, and no
 * figure that would mean nothing is printed.
 */
import { describe, expect, it } from 'vitest';
import { minimalProject, withApprovalLoop } from '../model/testing/minimal-project';
import type { Project } from '../model/schema';
import { monteCarlo, tornado } from '../uncertainty';
import { computeRoi } from './roi';

const target = (p: Project) => p.maps.targets[0]!;

/** The minimal project with the current map's demand at 4 000 invoices a week (550 % of the clerks). */
function overloadedToday(): Project {
  const project = minimalProject();
  project.maps.current.demand.casesPerPeriod = 4000;
  return project;
}

/** The minimal project whose current map sends every invoice back for approval, for ever. */
const trappedToday = (): Project => withApprovalLoop(minimalProject(), 1);

describe('a business case over a map that cannot do the work', () => {
  it('leads with the overload in words and has no NPV, months or break-even', () => {
    // Given a current process whose clerks get 5.5 times the hours they have
    const project = overloadedToday();
    // when the business case is computed
    const roi = computeRoi(project, target(project));
    // then it says so, and every figure that would mean nothing is null or empty
    expect(roi.blockers).toHaveLength(1);
    expect(roi.blockers[0]).toMatch(
      /^The current process "Today" cannot handle its demand: AP clerk is at \d+ % of capacity — the queue grows without limit\. A saving per case/,
    );
    expect(roi.npv).toBeNull();
    expect(roi.irrAnnual).toBeNull();
    expect(roi.paybackMonth).toBeNull();
    expect(roi.roiPercent).toBeNull();
    expect(roi.breakEvenAutomationRate).toBeNull();
    expect(roi.monthly).toEqual([]);
    expect(roi.inputs).toBeNull();
    // while the plan's own costs are still there
    expect(roi.oneOff.total).toBeGreaterThan(0);
  });

  it('says a current process whose cases never finish has no cost per case', () => {
    const project = trappedToday();
    const roi = computeRoi(project, target(project));
    expect(roi.blockers).toEqual([
      'The current process "Today" has no cost per case. Cases that reach "Approved?" can never ' +
        'finish: the way out, the flow to "Paid", has a probability of 0 %, so every case goes ' +
        'round the loop for ever; give it a probability above 0 %.',
    ]);
    expect(roi.npv).toBeNull();
  });

  it('does not run Monte Carlo or the tornado over it, and says why', () => {
    const project = overloadedToday();
    expect(() =>
      monteCarlo(project, target(project), { samples: 10, seed: 1, sampling: 'pert' }),
    ).toThrow(
      /^There is no business case to vary\. The current process "Today" cannot handle its demand/,
    );
    expect(() => tornado(project, target(project))).toThrow(/no business case/);
  });

  it('has no blockers for a map that can do the work', () => {
    const project = minimalProject();
    const roi = computeRoi(project, target(project));
    expect(roi.blockers).toEqual([]);
    expect(roi.npv).not.toBeNull();
  });
});
