// Production readiness: every rule the target was checked against, with its result (passed,
// or each finding with its severity) and the fix, so the sponsor sees what was checked too.
import { READINESS_RULES, type ReadinessFinding } from '../../../shared/readiness';
import type { ReportData } from './compute';

const SEVERITY_WORDS = { blocker: 'Blocker', risk: 'Risk', note: 'Note' } as const;

export function ReadinessSection({ data }: { data: ReportData }) {
  const findings = data.business.readiness;
  const byRule = new Map<string, ReadinessFinding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const count = (s: ReadinessFinding['severity']) =>
    findings.filter((f) => f.severity === s).length;
  return (
    <section className="fc-report__part" aria-labelledby="fc-report-readiness">
      <h2 id="fc-report-readiness">Production readiness</h2>
      <p>
        {READINESS_RULES.length} rules checked against &ldquo;{data.target.name}&rdquo;:{' '}
        {count('blocker')} blockers, {count('risk')} risks, {count('note')} notes;{' '}
        {READINESS_RULES.filter((r) => !byRule.has(r.id)).length} rules passed.
      </p>
      <table className="fc-report-table fc-report-table--readiness">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Result</th>
            <th scope="col">Fix</th>
          </tr>
        </thead>
        <tbody>
          {READINESS_RULES.flatMap((rule) => {
            const found = byRule.get(rule.id) ?? [];
            if (found.length === 0)
              return [
                <tr key={rule.id} className="fc-report__passed">
                  <th scope="row">
                    {rule.title}
                    <span className="fc-report__why">{rule.why}</span>
                  </th>
                  <td>
                    <span className="fc-report__severity fc-report__severity--passed">Passed</span>
                  </td>
                  <td>Nothing to do.</td>
                </tr>,
              ];
            return found.map((f, i) => (
              <tr key={`${rule.id}-${i}`}>
                <th scope="row">
                  {rule.title}
                  {i === 0 && <span className="fc-report__why">{rule.why}</span>}
                </th>
                <td>
                  <span className={`fc-report__severity fc-report__severity--${f.severity}`}>
                    {SEVERITY_WORDS[f.severity]}
                  </span>{' '}
                  <strong>{f.subject}</strong>: {f.message}
                </td>
                <td>{f.fix}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </section>
  );
}
