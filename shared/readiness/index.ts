/**
 * Readiness: rules over a target map that name the production risks the model itself shows
 * (no review path, no fallback, UI-only or paper systems, poor data, no owner, drift without
 * retraining, optimistic adoption and go-live, a go-live after the horizon, thin data and
 * change budgets, only technical KPIs, overloaded roles). See RULES.md for each rule and why
 * it matters.
 */
export { checkReadiness } from './check';
export { readinessContext } from './context';
export {
  integrationCost,
  integrationTotals,
  suggestedIntegrationCost,
  type IntegrationTotals,
} from './integration-cost';
export { READINESS_RULES } from './rules';
export type {
  AiSystemUse,
  BuildBudget,
  ReadinessContext,
  ReadinessFinding,
  ReadinessRule,
  Severity,
  SubjectKind,
} from './types';
export { SEVERITIES } from './types';
