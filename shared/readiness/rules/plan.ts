/**
 * Rules about the plan that takes a target into production: when it goes live (too soon to be
 * credible, or after the business case's horizon has ended) and how fast people adopt it. Both
 * decide when the benefits start, so optimism here moves payback.
 */
import { outsideHorizon } from '../../roi/horizon';
import { oneOffCosts } from '../../roi/inputs';
import { percent } from '../format';
import { aboutPlan, finding } from '../finding';
import type { ReadinessRule } from '../types';

export const adoptionDayOne: ReadinessRule = {
  id: 'adoption-day-one',
  severity: 'risk',
  title: 'Full adoption on day one',
  why:
    'Adoption takes months: people need training, trust in the model grows case by case, and ' +
    'old workarounds linger; a plan with every case on the new process from go-live books ' +
    'benefits that arrive much later, if at all.',
  check: (ctx) => {
    const { adoption } = ctx.target.plan;
    const firstMonthShare =
      adoption.monthsToSteady === 0 ? adoption.steadyShare : adoption.startShare;
    if (adoption.startShare < 1 && firstMonthShare < 1) return [];
    return [
      finding(
        'adoption-day-one',
        'risk',
        aboutPlan(ctx.target),
        `The plan assumes ${percent(1)} of cases use the new process from the first month ` +
          'after go-live, so the early benefits are overstated: adoption usually takes months ' +
          'of training and trust-building.',
        'Start adoption at a realistic share (often 20-40 %) and ramp over several months to a ' +
          'steady share, usually below 100 %.',
      ),
    ];
  },
};

/** Months to go-live below which a plan is a blocker, and below which it is a risk. */
export const GO_LIVE_BLOCKER_MONTHS = 3;
export const GO_LIVE_RISK_MONTHS = 6;

export const goLiveTooSoon: ReadinessRule = {
  id: 'go-live-too-soon',
  severity: 'blocker',
  title: 'Go-live sooner than is credible',
  why:
    'First production deployments typically take 12-24 months including data work and ' +
    'integration; a plan that goes live within a few months starts the benefits, and the ' +
    'payback, far too early.',
  check: (ctx) => {
    const months = ctx.target.plan.monthsToGoLive;
    if (months >= GO_LIVE_RISK_MONTHS) return [];
    const when =
      months === 0
        ? 'Go-live is planned for the start of the project'
        : `Go-live is planned ${months} ${months === 1 ? 'month' : 'months'} after the start`;
    return [
      finding(
        'go-live-too-soon',
        months < GO_LIVE_BLOCKER_MONTHS ? 'blocker' : 'risk',
        aboutPlan(ctx.target),
        `${when}, but first production deployments typically take 12-24 months including ` +
          'data work and integration, so the benefits and payback come too early.',
        `Plan at least ${GO_LIVE_RISK_MONTHS} months to go-live, with the data preparation ` +
          'and integration work laid out month by month.',
      ),
    ];
  },
};

export const goLiveAfterHorizon: ReadinessRule = {
  id: 'go-live-after-horizon',
  severity: 'blocker',
  title: 'Go-live at or after the end of the horizon',
  why:
    'A business case whose horizon ends before the scenario goes live counts part of the ' +
    'build and none of what it earns, so its NPV, payback and ROI say nothing about the ' +
    'scenario, however good or bad it is.',
  check: (ctx) => {
    const { project, target } = ctx;
    const outside = outsideHorizon(
      {
        horizonMonths: project.finance.horizonMonths,
        monthsToGoLive: target.plan.monthsToGoLive,
        oneOff: oneOffCosts(project, target),
      },
      project.currency,
    );
    if (outside === null) return [];
    return [
      finding(
        'go-live-after-horizon',
        'blocker',
        aboutPlan(target),
        outside.message,
        'Extend the horizon past go-live by at least the expected payback period (two to ' +
          'three years of operation is common), or plan an earlier go-live.',
      ),
    ];
  },
};

export const PLAN_RULES: readonly ReadinessRule[] = [
  goLiveTooSoon,
  goLiveAfterHorizon,
  adoptionDayOne,
];
