import { describe, expect, it } from 'vitest';
import { computeRoi } from '../../../shared/roi';
import { SAMPLES } from '../../../shared/samples';
import { costBreakdown } from './costs';
import { formulaValues } from './formulas';
import { filledColumns } from './costs';

describe('cost categories', () => {
  for (const sample of SAMPLES)
    for (const target of sample.project.maps.targets)
      it(`of ${sample.slug} / ${target.id} add up to the ROI model's total cost`, () => {
        // Given the business case as the ROI model computes it
        const roi = computeRoi(sample.project, target);
        if (roi.inputs === null || roi.totalCost === null) throw new Error('blocked sample');
        // When its costs are split by category
        const costs = costBreakdown(sample.project, target, roi.inputs);
        const one = costs.oneOff;
        const build =
          one.dataPreparation +
          one.integration.reduce((s, l) => s + l.cost, 0) +
          one.changeManagement +
          one.training +
          one.other;
        // Then one-off items and contingency make the one-off total, and with the running
        // costs they make the total cost over the horizon
        expect(build + one.contingency).toBeCloseTo(one.total, 6);
        expect(one.total * one.chargedShare + costs.runningTotal).toBeCloseTo(roi.totalCost, 4);
      });

  it('mark an integration cost as suggested when the system has none of its own', () => {
    const sample = SAMPLES[0]?.project;
    const target = sample?.maps.targets[0];
    if (sample === undefined || target === undefined) throw new Error('no sample');
    const roi = computeRoi(sample, target);
    if (roi.inputs === null) throw new Error('blocked sample');
    const lines = costBreakdown(sample, target, roi.inputs).oneOff.integration;
    for (const line of lines) {
      const system = sample.systems.find((s) => s.id === line.systemId);
      expect(line.suggested).toBe(system?.integrationCost === null);
    }
  });
});

describe('formula lines', () => {
  it("add up to the benefit the cash flow gets from them, and KPIs equal the model's", () => {
    const sample = SAMPLES[0]?.project;
    const target = sample?.maps.targets[0];
    if (sample === undefined || target === undefined) throw new Error('no sample');
    // Given the sample with and without its custom lines
    const withLines = computeRoi(sample, target);
    const without = computeRoi({ ...sample, formulas: [] }, target);
    if (withLines.inputs === null || withLines.totalBenefit === null) throw new Error('blocked');
    const values = formulaValues(
      sample,
      withLines,
      withLines.inputs,
      filledColumns(withLines.inputs),
    );
    // Then the benefit lines' horizon totals are the difference in total benefit
    const added = values
      .filter((v) => v.kind === 'benefit')
      .reduce((s, v) => s + (v.horizonTotal ?? 0), 0);
    expect(added).toBeCloseTo(withLines.totalBenefit - (without.totalBenefit ?? 0), 4);
    // And each KPI shows the model's value
    for (const kpi of withLines.kpis)
      expect(values.find((v) => v.id === kpi.id)?.value).toBe(kpi.value);
  });
});
