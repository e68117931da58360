/**
 * Rules about what the project measures: a business case judged only by technical figures
 * (accuracy, latency, tokens) cannot tell the sponsor whether production pays off.
 */
import type { Formula, Project } from '../../model/schema';
import { listOf } from '../format';
import { aboutProject, finding } from '../finding';
import type { ReadinessRule } from '../types';

/** Words that mark a KPI as a business outcome rather than a technical figure. */
const BUSINESS_WORDS =
  /cost|saving|spend|hour|fte|error|mistake|rework|cycle.?time|lead.?time|turnaround|days?\b|adoption|usage|fee|penalt|revenue|margin|cash|backlog|sla/i;

/** Whether a formula measures a business outcome: any benefit line, or a KPI named like one. */
export function isBusinessOutcome(formula: Formula, project: Project): boolean {
  if (formula.kind === 'benefit') return true;
  const text = `${formula.name} ${formula.unit}`;
  return BUSINESS_WORDS.test(text) || text.includes(project.currency);
}

export const kpisOnlyTechnical: ReadinessRule = {
  id: 'kpis-only-technical',
  severity: 'note',
  title: 'KPIs only technical',
  why:
    'Pilots judged by accuracy and latency stall at the sponsor, who pays for cost, hours, ' +
    'errors, cycle time and adoption; without a business-outcome line nobody can say whether ' +
    'production is working.',
  check: ({ project }) => {
    const fix =
      'Add KPI lines for the outcomes the sponsor pays for (hours freed, errors, cycle time, ' +
      'adoption) and benefit lines for savings that cost per case misses, such as fees avoided.';
    if (project.formulas.length === 0)
      return [
        finding(
          'kpis-only-technical',
          'note',
          aboutProject(project),
          'The project has no KPI or benefit formulas, so the business case rests on cost per ' +
            'case only and production success has no agreed measure.',
          fix,
        ),
      ];
    if (project.formulas.some((f) => isBusinessOutcome(f, project))) return [];
    const names = listOf(project.formulas.map((f) => `"${f.name}"`));
    return [
      finding(
        'kpis-only-technical',
        'note',
        aboutProject(project),
        `The project's formulas (${names}) measure only technical figures, none of them a ` +
          'business outcome such as cost, hours, errors, cycle time or adoption.',
        fix,
      ),
    ];
  },
};
