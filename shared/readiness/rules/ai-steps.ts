/**
 * Rules about each AI step on its own: is there a human path for the cases the model should
 * not decide, for the hours it is down, and for the errors it lets through; is somebody on
 * the operational side responsible for it; does the plan keep it from drifting.
 */
import { aiShares } from '../../engine';
import type { AiStep } from '../../model/schema';
import { aiStepSubject, money, percent, points } from '../format';
import { aboutAiStep, finding } from '../finding';
import type { ReadinessContext, ReadinessRule } from '../types';

export const aiNoReview: ReadinessRule = {
  id: 'ai-no-review',
  severity: 'blocker',
  title: 'AI step without a review path',
  why:
    'A model that is sometimes unsure or wrong needs people to check those cases; without a ' +
    'human-review path every answer goes straight into the process, and the first costly ' +
    'mistake usually ends the deployment.',
  check: (ctx) =>
    ctx.aiSteps
      .filter((s) => s.reviewRoleId === null && (s.automationRate < 1 || s.escapedErrorRate > 0))
      .map((s) => {
        const problem =
          s.automationRate < 1
            ? `${percent(1 - s.automationRate)} of its cases fall below the confidence threshold`
            : `${percent(s.escapedErrorRate)} of its answers are wrong`;
        return finding(
          'ai-no-review',
          'blocker',
          aboutAiStep(s),
          `${aiStepSubject(s)} has no review role, yet ${problem}: nobody checks them, so the ` +
            `model's answer is accepted for every case.`,
          'Assign a review role and review time for the cases below the threshold, or raise ' +
            'the threshold only as far as the validation set supports.',
        );
      }),
};

export const aiNoFallback: ReadinessRule = {
  id: 'ai-no-fallback',
  severity: 'blocker',
  title: 'AI step without a fallback',
  why:
    'Every AI service has outages, rate limits and bad releases; without a manual fallback ' +
    'the process stops with it, and one bad week costs more trust than the pilot earned.',
  check: (ctx) =>
    ctx.aiSteps
      .filter((s) => s.availability < 1 && s.fallbackRoleId === null)
      .map((s) =>
        finding(
          'ai-no-fallback',
          s.availability < 0.99 ? 'blocker' : 'risk',
          aboutAiStep(s),
          `${aiStepSubject(s)} has availability ${percent(s.availability)} and no fallback: ` +
            `when the service is down (${percent(1 - s.availability)} of cases) the cases wait ` +
            `with nobody doing the work by hand.`,
          'Name a fallback role and its manual handling time, so cases keep moving when the ' +
            'AI service is down.',
        ),
      ),
};

export const aiNoOwner: ReadinessRule = {
  id: 'ai-no-owner',
  severity: 'blocker',
  title: 'AI step without an operational owner',
  why:
    'The ownership gap: once the project team moves on, the team that lives with the system ' +
    'must watch its accuracy, handle incidents and decide on retraining, or the model quietly ' +
    'decays.',
  check: (ctx) =>
    ctx.aiSteps
      .filter((s) => s.ownerRoleId === null)
      .map((s) =>
        finding(
          'ai-no-owner',
          'blocker',
          aboutAiStep(s),
          `${aiStepSubject(s)} has no owner role: nobody on the operational side is ` +
            `responsible for its accuracy, incidents and retraining once the project team leaves.`,
          'Set an owner role from the team that runs the process day to day (not the project ' +
            'or data-science team).',
        ),
      ),
};

export const driftNoRetraining: ReadinessRule = {
  id: 'drift-no-retraining',
  severity: 'risk',
  title: 'Model drift with no retraining plan',
  why:
    'Inputs change (new suppliers, new products, new languages) and a model trained once ' +
    'loses accuracy month by month; the savings assume an automation rate that only ' +
    'retraining keeps.',
  check: (ctx) => {
    const plan = ctx.target.plan;
    const never = plan.retrainEveryMonths === null;
    if (!never && plan.retrainingCost > 0) return [];
    return ctx.aiSteps
      .filter((s) => s.driftPerMonth > 0)
      .map((s) => {
        const yearLoss = Math.min(s.driftPerMonth * 12, s.automationRate);
        const gap = never
          ? 'the plan never retrains the model'
          : `the plan retrains every ${plan.retrainEveryMonths ?? 0} months but budgets ` +
            'nothing for it';
        return finding(
          'drift-no-retraining',
          'risk',
          aboutAiStep(s),
          `The automation rate of ${aiStepSubject(s)} falls ${points(s.driftPerMonth)} a month ` +
            `and ${gap}, so after a year it would be ${points(yearLoss)} lower.`,
          'Set a retraining interval in the plan (for example every 6 months) with a ' +
            'realistic cost per retraining.',
        );
      });
  },
};

export const noQaSampling: ReadinessRule = {
  id: 'no-qa-sampling',
  severity: 'risk',
  title: 'No QA sampling of auto-accepted cases',
  why:
    'Errors the model lets through are only found downstream, by customers or auditors; a ' +
    'small sample of auto-accepted cases reviewed each day is how a team notices drift and ' +
    'wrong answers before they become expensive.',
  check: (ctx) =>
    ctx.aiSteps
      .filter((s) => s.escapedErrorRate > 0 && s.costPerEscapedError > 0 && s.qaSampleRate === 0)
      .map((s) =>
        finding(
          'no-qa-sampling',
          'risk',
          aboutAiStep(s),
          `${aiStepSubject(s)} lets ${percent(s.escapedErrorRate)} of accepted cases through ` +
            `wrong, costing about ${money(ctx.project.currency, escapedCostPerMonth(ctx, s))} ` +
            'a month, and no accepted case is sampled for review, so nobody sees them coming.',
          'Set a QA sample rate (for example 2-5 % of accepted cases) reviewed by the review ' +
            'role, and track the error rate it finds.',
        ),
      ),
};

/** Expected cost of escaped errors of one AI step per month, in the project currency. */
function escapedCostPerMonth(ctx: ReadinessContext, step: AiStep): number {
  const visits = ctx.flow.steps.find((s) => s.id === step.id)?.visitsPerCase ?? 0;
  return ctx.casesPerMonth * visits * aiShares(step).escapedErrors * step.costPerEscapedError;
}

export const AI_STEP_RULES: readonly ReadinessRule[] = [
  aiNoReview,
  aiNoFallback,
  aiNoOwner,
  driftNoRetraining,
  noQaSampling,
];
