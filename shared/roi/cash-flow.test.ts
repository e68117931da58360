import { describe, expect, it } from 'vitest';
import { cashFlow, monthColumns } from './cash-flow';
import { figures, simpleInputs } from './testing/simple-inputs';

describe('cashFlow', () => {
  it('builds, then earns: hand-computed months', () => {
    // Months 1-2: 12 000 / 2 build cost each. From month 3: benefit 1000 x (10 - 4) = 6000;
    // cost 800 + 200 running + 1000 x 0.5 inference = 1500; net 4500.
    const flow = cashFlow(simpleInputs());
    expect([...flow.benefit]).toEqual([0, 0, 6000, 6000, 6000, 6000]);
    expect([...flow.cost]).toEqual([6000, 6000, 1500, 1500, 1500, 1500]);
    expect([...flow.cumulative]).toEqual([-6000, -12000, -7500, -3000, 1500, 6000]);
  });

  it('values freed capacity at its share and grows the volume yearly', () => {
    // Freed capacity at 50 %: labour saving 6 counts as 3. Volume grows 12.68 %/year = 1 %/month.
    const flow = cashFlow(
      simpleInputs({
        labourSavings: 'freed-capacity',
        freedCapacityValueShare: 0.5,
        volumeGrowthAnnual: Math.pow(1.01, 12) - 1,
      }),
    );
    expect(flow.benefit[2]).toBeCloseTo(1000 * 1.01 ** 2 * 3, 9);
    expect(flow.cost[2]).toBeCloseTo(1000 + 1000 * 1.01 ** 2 * 0.5, 9);
  });

  it('lowers the automation rate by drift and restores it at each retraining', () => {
    // One AI step at 80 %, losing 1 point a month; each point lost adds 0.1 labour per case
    // (slope -10 per unit of rate). Retraining every 3 months, costing 5000 in months k = 3, 6.
    const inputs = simpleInputs({
      monthsToGoLive: 0,
      oneOff: { ...simpleInputs().oneOff, total: 0, dataPreparation: 0 },
      aiSteps: [
        { id: 'ai', name: 'AI', automationRate: 0.8, driftPerMonth: 0.01, slope: figures(-10) },
      ],
      retrainEveryMonths: 3,
      retrainingCost: 5000,
      platformCostPerMonth: 0,
      monitoringCostPerMonth: 0,
      target: figures(4),
    });
    const flow = cashFlow(inputs);
    // months since retraining: 0, 1, 2, 0, 1, 2 -> labour 4, 4.1, 4.2, 4, 4.1, 4.2
    const saving = [6, 5.9, 5.8, 6, 5.9, 5.8].map((s) => s * 1000);
    flow.benefit.forEach((b, i) => expect(b).toBeCloseTo(saving[i] as number, 9));
    expect([...flow.cost]).toEqual([0, 0, 5000, 0, 0, 5000]);
  });

  it('follows drift month by month over a long horizon, for any go-live, retraining and override', () => {
    // Two AI steps: 90 % losing 5 points a month (reaches 0 after 18 months without
    // retraining) and 60 % losing 1 point; each point of rate moves labour and errors.
    const steps = [
      { automationRate: 0.9, driftPerMonth: 0.05, slope: figures(-10, { errors: 2, hours: -0.1 }) },
      { automationRate: 0.6, driftPerMonth: 0.01, slope: figures(-4, { errors: 1 }) },
    ];
    // One set of month columns for every case, as Monte Carlo reuses them: nothing may leak.
    const months = monthColumns(40);
    let cases = 0;
    for (const goLive of [0, 5, 39, 40, 45])
      for (const every of [1, 7, 50, null])
        for (const override of [undefined, 0.7]) {
          const inputs = simpleInputs({
            horizonMonths: 40,
            monthsToGoLive: goLive,
            target: figures(4, { errors: 1, ai: 0.5 }),
            current: figures(10, { errors: 2 }),
            aiSteps: steps.map((step, i) => ({ id: `ai${i}`, name: `AI ${i}`, ...step })),
            retrainEveryMonths: every,
            retrainingCost: 700,
          });
          const flow = cashFlow(inputs, { columns: months, automationRateOverride: override });
          // By hand, month by month: k months after go-live, s months since the last retraining.
          const build = Math.max(1, goLive);
          for (let m = 1; m <= 40; m++) {
            const k = m - goLive;
            const oneOff = m <= build ? 12_000 / build : 0;
            const at = `go-live ${goLive}, every ${every}, override ${override}, month ${m}`;
            if (k < 1) {
              expect(flow.benefit[m - 1], at).toBe(0);
              expect(flow.cost[m - 1], at).toBe(oneOff);
              continue;
            }
            const s = every === null ? k - 1 : (k - 1) % every;
            const rates = steps.map((step) =>
              Math.max(0, (override ?? step.automationRate) - step.driftPerMonth * s),
            );
            const change = rates.map((rate, i) => rate - (steps[i]?.automationRate ?? 0));
            const labour = 4 - 10 * (change[0] ?? 0) - 4 * (change[1] ?? 0);
            const errors = 1 + 2 * (change[0] ?? 0) + 1 * (change[1] ?? 0);
            const benefit = 1000 * (10 - labour + (2 - errors));
            const retrains = every !== null && k % every === 0;
            const cost = oneOff + 1000 + 1000 * 0.5 + (retrains ? 700 : 0);
            expect(flow.benefit[m - 1], at).toBeCloseTo(benefit, 9);
            expect(flow.cost[m - 1], at).toBeCloseTo(cost, 9);
            expect(months.automationRate[m - 1], at).toBeCloseTo(
              ((rates[0] ?? 0) + (rates[1] ?? 0)) / 2,
              12,
            );
            expect(months.targetLabour[m - 1], at).toBeCloseTo(labour, 12);
          }
          cases++;
        }
    expect(cases).toBe(40);
  });

  it('applies the adoption ramp: cases not yet adopted run through the current process', () => {
    const flow = cashFlow(
      simpleInputs({
        adoption: { startShare: 0.25, steadyShare: 0.75, monthsToSteady: 2, curve: 'linear' },
      }),
    );
    // live months k = 1..4 -> shares 0.25, 0.5, 0.75, 0.75
    expect([...flow.benefit]).toEqual([0, 0, 1500, 3000, 4500, 4500]);
    expect([...flow.cost].slice(2)).toEqual([1125, 1250, 1375, 1375]);
  });
});
