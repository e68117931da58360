/**
 * Rules about the one-off budget of a target's plan, measured against the build effort:
 * data preparation + integration of the systems the AI steps use (suggested cost by access
 * mode where none is set) + change management + training + other one-off costs. Contingency
 * is left out: it scales every line alike and changes no share.
 */
import { money, percent } from '../format';
import type { ReadinessRule } from '../types';
import { aboutPlan, finding } from '../finding';

/** Data preparation below this share of the build effort is flagged. */
export const MIN_DATA_PREPARATION_SHARE = 0.4;
/** Change management + training below these shares of the technical build are flagged. */
export const CHANGE_RISK_SHARE = 0.25;
export const CHANGE_NOTE_SHARE = 0.5;

export const dataPrepUnderbudgeted: ReadinessRule = {
  id: 'data-prep-underbudgeted',
  severity: 'risk',
  title: 'Data preparation under-budgeted',
  why:
    "Practitioners report that 60-80 % of an AI project's time goes into finding, cleaning, " +
    'labelling and validating data; a budget that gives it under about 40 % of the build ' +
    'effort will overrun or cut corners on data.',
  check: (ctx) => {
    const { budget, project } = ctx;
    if (ctx.aiSteps.length === 0 || budget.total === 0) return [];
    const share = budget.dataPreparation / budget.total;
    if (share >= MIN_DATA_PREPARATION_SHARE) return [];
    return [
      finding(
        'data-prep-underbudgeted',
        'risk',
        aboutPlan(ctx.target),
        `Data preparation is budgeted at ${money(project.currency, budget.dataPreparation)}, ` +
          `${percent(share, 1)} of the build effort of ${money(project.currency, budget.total)}, ` +
          'while data work typically takes 60-80 % of an AI project, so this line is likely to ' +
          'overrun.',
        `Re-estimate data preparation (extraction, clean-up, labelling, validation sets) to at ` +
          `least ${percent(MIN_DATA_PREPARATION_SHARE)} of the build effort, or record why the ` +
          'data is already prepared.',
      ),
    ];
  },
};

export const changeUnderbudgeted: ReadinessRule = {
  id: 'change-underbudgeted',
  severity: 'risk',
  title: 'Change management and training under-budgeted',
  why:
    'Adoption, not the model, decides whether the savings arrive; successful deployments ' +
    'budget comparable effort for change management and training as for the technical build.',
  check: (ctx) => {
    const { budget, project } = ctx;
    if (budget.technical === 0) return [];
    const people = budget.changeManagement + budget.training;
    const share = people / budget.technical;
    if (share >= CHANGE_NOTE_SHARE) return [];
    return [
      finding(
        'change-underbudgeted',
        share < CHANGE_RISK_SHARE ? 'risk' : 'note',
        aboutPlan(ctx.target),
        `Change management and training are budgeted at ${money(project.currency, people)}, ` +
          `${percent(share, 0)} of the technical build (data preparation and integration, ` +
          `${money(project.currency, budget.technical)}), so adoption may lag the plan.`,
        'Budget change management and training closer to the technical build: process ' +
          'redesign, communication, training of reviewers and a support period after go-live.',
      ),
    ];
  },
};

export const BUDGET_RULES: readonly ReadinessRule[] = [dataPrepUnderbudgeted, changeUnderbudgeted];
