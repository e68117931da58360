import { describe, expect, it } from 'vitest';
import { computeFlowModel } from '../../../shared/engine';
import { minimalProject } from '../../../shared/model/testing/minimal-project';
import { analyticReport } from './simulate-report';
import { formatReport } from './simulate-table';

describe('the simulate table', () => {
  it('leaves out a confidence interval with an end that is not a number', () => {
    // given a report whose cycle time and throughput intervals hold NaN and Infinity, as a
    // simulation whose draws went wrong would give them
    const project = minimalProject();
    const map = project.maps.current;
    const report = analyticReport(project, map, computeFlowModel(project, map));
    report.throughputCi95 = [Number.NEGATIVE_INFINITY, 3];
    report.cycleTimeHours = { ...report.cycleTimeHours, ci95: [Number.NaN, Number.NaN] };
    // when it is printed
    const text = formatReport(project, report).join('\n');
    // then the figures are there and the broken intervals are not
    expect(text).toMatch(/^Throughput +[\d.]+ cases\/h$/m);
    expect(text).toMatch(/^Cycle time, mean +[\d.]+ h$/m);
    expect(text).not.toMatch(/NaN|Infinity|∞/);
  });
});
