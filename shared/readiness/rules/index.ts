/**
 * Every readiness rule, in the order findings of equal severity and subject are listed.
 * RULES.md documents each one; a test keeps that file and this list in step.
 */
import type { ReadinessRule } from '../types';
import { AI_STEP_RULES } from './ai-steps';
import { BUDGET_RULES } from './budget';
import { capacity } from './capacity';
import { kpisOnlyTechnical } from './kpis';
import { PLAN_RULES } from './plan';
import { SYSTEM_RULES } from './systems';

export const READINESS_RULES: readonly ReadinessRule[] = [
  capacity,
  ...AI_STEP_RULES,
  ...SYSTEM_RULES,
  ...PLAN_RULES,
  ...BUDGET_RULES,
  kpisOnlyTechnical,
];
