// The business case as drawn: rendered to static markup (as for print) from the engines' own
// result, its figures read back by label and compared with what the engines computed.
import { ReactFlowProvider } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../../shared/samples';
import type { Project } from '../../../shared/model/schema';
import { formatMoney, formatShare } from '../format/numbers';
import { BusinessCaseView } from './BusinessCaseView';
import { businessCaseOf, type BusinessCase } from './compute';

function render(project: Project, targetIndex = 0): { html: string; value: BusinessCase } {
  const target = project.maps.targets[targetIndex];
  if (target === undefined) throw new Error('no target');
  const value = businessCaseOf(project, target, { samples: 2000, seed: 1, sampling: 'triangular' });
  const html = renderToStaticMarkup(
    <ReactFlowProvider>
      <BusinessCaseView value={value} monthsToGoLive={target.plan.monthsToGoLive} />
    </ReactFlowProvider>,
  );
  return { html, value };
}

/** The text of the headline figure `id` (its value, without the label or note). */
function figure(html: string, id: string): string | null {
  const match = new RegExp(
    `data-figure="${id}"><dt[^>]*>[^<]*</dt><dd class="fc-bc-figure__value">([^<]*)</dd>`,
  ).exec(html);
  return match?.[1] ?? null;
}

const decode = (s: string | null): string | null =>
  s === null
    ? null
    : s
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'");

const sample = (i: number): Project => {
  const project = SAMPLES[i]?.project;
  if (project === undefined) throw new Error('no sample');
  return project;
};

describe('the business case view', () => {
  it('shows the NPV, payback, ROI and totals the ROI model computed', () => {
    const { html, value } = render(sample(0));
    const roi = value.roi;
    const cur = roi.currency;
    expect(figure(html, 'npv')).toBe(formatMoney(roi.npv ?? NaN, cur));
    expect(figure(html, 'payback')).toBe(
      roi.paybackMonth === null ? 'Not within the horizon' : `Month ${roi.paybackMonth}`,
    );
    expect(figure(html, 'benefit')).toBe(formatMoney(roi.totalBenefit ?? NaN, cur));
    expect(figure(html, 'cost')).toBe(formatMoney(roi.totalCost ?? NaN, cur));
    expect(figure(html, 'irr')).toBe(
      roi.irrAnnual === null ? 'None' : `${formatShare(roi.irrAnnual)} a year`,
    );
  });

  it("shows Monte Carlo's percentiles and chance of a positive NPV", () => {
    const { html, value } = render(sample(0));
    const mc = value.monteCarlo;
    if (mc === null) throw new Error('the sample has ranges');
    const cur = value.roi.currency;
    expect(figure(html, 'npv-p10')).toBe(formatMoney(mc.npv.p10, cur));
    expect(figure(html, 'npv-p50')).toBe(formatMoney(mc.npv.p50, cur));
    expect(figure(html, 'npv-p90')).toBe(formatMoney(mc.npv.p90, cur));
    expect(figure(html, 'prob-positive')).toBe(formatShare(mc.probNpvPositive));
  });

  it('lists every readiness finding with its fix, in a list named Readiness', () => {
    const { html, value } = render(sample(0));
    expect(html).toContain('aria-label="Readiness"');
    const items = html.split('class="fc-finding"').length - 1;
    expect(items).toBe(value.readiness.length);
    for (const f of value.readiness) expect(decode(html)).toContain(f.fix);
  });

  it('gives every chart a title, an image role with a summary and a table', () => {
    const { html } = render(sample(0));
    const charts = html.match(/<svg [^>]*role="img"[^>]*>/g) ?? [];
    expect(charts).toHaveLength(3);
    for (const svg of charts) expect(svg).toMatch(/aria-label="[^"]{20,}"/);
    expect(html.match(/<summary>Show as table<\/summary>/g)).toHaveLength(3);
  });

  it('says how to add ranges when there are none, instead of uncertainty charts', () => {
    const { html } = render({ ...sample(0), ranges: [] });
    expect(html).toContain('No ranges yet');
    expect(html).toContain('±');
    expect(html.match(/role="img"/g)).toHaveLength(1);
  });

  it('says why there is no business case instead of figures when it is blocked', () => {
    // Given a target whose AI step's review role has no people at all
    const project = sample(0);
    const blocked: Project = {
      ...project,
      roles: project.roles.map((r) => ({ ...r, headcount: 0.1 })),
    };
    const { html, value } = render(blocked);
    expect(value.roi.blockers.length).toBeGreaterThan(0);
    expect(html).toContain('No business case yet');
    expect(decode(html)).toContain(value.roi.blockers[0]);
    expect(figure(html, 'npv')).toBeNull();
  });
});
