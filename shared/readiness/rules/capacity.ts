/**
 * Capacity: a target map whose demand exceeds what a role can do is not a process that can
 * run, whatever it saves on paper. Read from the flow model, so the rule and the KPI panel
 * agree on every utilisation.
 */
import { percent } from '../format';
import { aboutRole, finding } from '../finding';
import type { ReadinessRule } from '../types';

export const capacity: ReadinessRule = {
  id: 'capacity',
  severity: 'blocker',
  title: "Demand exceeds a role's capacity",
  why:
    'Review and fallback work lands on people; if a role has more work than hours, its queue ' +
    'grows without limit and the target process cannot run as drawn.',
  check: (ctx) =>
    ctx.flow.roles
      .filter((role) => role.utilisation >= 1)
      .map((role) =>
        finding(
          'capacity',
          'blocker',
          aboutRole(role),
          role.headcount === 0
            ? `${role.name} has no headcount but gets work in "${ctx.target.name}", so those ` +
                'cases are never done.'
            : `${role.name} would work at ${percent(role.utilisation, 0)} of capacity in ` +
                `"${ctx.target.name}": the demand needs more hours than its ${role.headcount} ` +
                'FTE have, so the queue grows without limit.',
          `Add headcount to ${role.name}, shorten its review or fallback time, or move its ` +
            'work to another role until utilisation is below about 85 %.',
        ),
      ),
};
