/**
 * The findings each sample target gives, frozen after review: they appear in the sample
 * business cases, so a change here is a change to what sponsors read. Each list was checked
 * by hand against the sample (see the comments) before it was frozen.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../samples';
import { checkReadiness } from './check';

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  // Extraction reads the paper mailroom (paper, poor) and the AP mailbox (fair); matching reads
  // the poor vendor master. Change + training 120k is 39 % of the 310k technical build.
  'invoice-processing/ai-match': [
    'risk system-paper Paper mailroom',
    'risk poor-data-quality Paper mailroom',
    'risk poor-data-quality Vendor master data',
    'note fair-data-quality AP mailbox',
    'note change-underbudgeted',
  ],
  // One step reads all four systems; change + training 155k is 40 % of the 390k build.
  'invoice-processing/touchless': [
    'risk poor-data-quality Vendor master data',
    'risk system-paper Paper mailroom',
    'risk poor-data-quality Paper mailroom',
    'note fair-data-quality AP mailbox',
    'note change-underbudgeted',
  ],
  // The poor routing sheet feeds the classifier; data preparation 140k is 38.9 % of the 360k
  // build effort. The UI-only CRM stays manual in the target, so it is no AI risk.
  'ticket-triage/ai-triage': [
    'risk poor-data-quality Queue routing sheet',
    'risk data-prep-underbudgeted',
    'note fair-data-quality Support mailbox',
    'note fair-data-quality Web contact form',
    'note change-underbudgeted',
  ],
  // The forecast reads the poor planning spreadsheet; paper bin cards and the UI-only supplier
  // portal stay with people. Change + training 80k is 33 % of the 240k technical build.
  'parts-procurement/ai-drafted-po': [
    'risk poor-data-quality Planning spreadsheet',
    'note fair-data-quality Contract price catalogue',
    'note change-underbudgeted',
  ],
};

const targets = SAMPLES.flatMap((sample) =>
  sample.project.maps.targets.map((target) => ({
    key: `${sample.slug}/${target.id}`,
    project: sample.project,
    target,
  })),
);

describe('readiness of the sample projects', () => {
  it('given the samples, then every target has a reviewed list', () => {
    expect(targets.map((t) => t.key)).toEqual(Object.keys(EXPECTED));
  });

  it.each(targets)('given sample $key, when checked, then it gives the reviewed findings', (t) => {
    const found = checkReadiness(t.project, t.target).map((f) => {
      const name = f.subjectKind === 'system' ? ` ${/"(.*)"/.exec(f.subject)?.[1] ?? ''}` : '';
      return `${f.severity} ${f.rule}${name}`;
    });
    expect(found).toEqual(EXPECTED[t.key]);
  });

  it.each(targets)('given sample $key, then no finding is a blocker', (t) => {
    expect(checkReadiness(t.project, t.target).filter((f) => f.severity === 'blocker')).toEqual([]);
  });
});
