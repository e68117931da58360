import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../../shared/readiness';
import { computeRoi } from '../../../shared/roi';
import { SAMPLES } from '../../../shared/samples';
import { monteCarlo, tornado } from '../../../shared/uncertainty';
import { businessCaseOf, computeBusinessCase } from './compute';

const OPTIONS = { samples: 500, seed: 7, sampling: 'triangular' } as const;

describe('the business case of a target', () => {
  for (const sample of SAMPLES)
    for (const target of sample.project.maps.targets)
      it(`of ${sample.slug} / ${target.id} is the engines' own result (as flowcase roi gives it)`, () => {
        const project = sample.project;
        const value = businessCaseOf(project, target, OPTIONS);
        expect(value.roi).toEqual(computeRoi(project, target));
        expect(value.monteCarlo).toEqual(monteCarlo(project, target, OPTIONS));
        expect(value.tornado).toEqual(tornado(project, target));
        expect(value.readiness).toEqual(checkReadiness(project, target));
        expect(value.rangeCount).toBe(project.ranges.length);
      });

  it('skips Monte Carlo for a project without ranges, and says how many there are', () => {
    const sample = SAMPLES[0]?.project;
    if (sample === undefined) throw new Error('no sample');
    const project = { ...sample, ranges: [] };
    const target = project.maps.targets[0];
    if (target === undefined) throw new Error('no target');
    const value = businessCaseOf(project, target, OPTIONS);
    expect(value.monteCarlo).toBeNull();
    expect(value.rangeCount).toBe(0);
    expect(value.tornado?.bars).toEqual([]);
  });

  it('answers a target that no longer exists in words, never by rejecting', async () => {
    const project = SAMPLES[0]?.project;
    if (project === undefined) throw new Error('no sample');
    const outcome = await computeBusinessCase(project, 'no-such-target', OPTIONS);
    expect(outcome).toEqual({
      ok: false,
      message: 'This target no longer exists; pick another map tab.',
    });
  });
});
