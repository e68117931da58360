import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../../shared/samples';
import { breakableSubject, breakLongRuns } from './breakable';
import type { ReportSubject } from './input';

const ZWSP = '\u200b';

const subjectOf = (project: ReportSubject['project']): ReportSubject => {
  const target = project.maps.targets[0];
  if (target === undefined) throw new Error('no target');
  return { project, target, seed: 1, date: '2026-12-01', paper: 'a4', print: false };
};

describe('words the report can wrap', () => {
  it('leaves ordinary words whole and breaks an over-long run every 20 characters', () => {
    expect(breakLongRuns('Approve invoice (budget owner)')).toBe('Approve invoice (budget owner)');
    const address = 'https://intranet.example.com/finance/ap/invoice-processing-2026';
    const broken = breakLongRuns(`See ${address} first`);
    // the same characters, with a break opportunity every 20 of them
    expect(broken.replaceAll(ZWSP, '')).toBe(`See ${address} first`);
    const pieces = broken.split(' ')[1]?.split(ZWSP) ?? [];
    expect(pieces.slice(0, -1).every((piece) => [...piece].length === 20)).toBe(true);
    expect(pieces.join('')).toBe(address);
    // a run of exactly 30 characters stays whole
    expect(breakLongRuns('x'.repeat(30))).toBe('x'.repeat(30));
    // characters outside the basic plane are never split in two
    expect(breakLongRuns('🧾'.repeat(35)).split(ZWSP)).toEqual(['🧾'.repeat(20), '🧾'.repeat(15)]);
  });

  it('changes nothing in the samples, whose words are ordinary', () => {
    for (const { project } of SAMPLES) {
      const subject = subjectOf(project);
      expect(breakableSubject(subject)).toEqual(subject);
    }
  });

  it('breaks names, labels and free text of a project, never its ids or formulas', () => {
    // Given a sample whose names and step ids are long runs, and a formula with one
    const { project } = SAMPLES[0]!;
    const long = 'N'.repeat(45);
    const [first, ...rest] = project.maps.current.steps;
    const formula = {
      ...project.formulas[0]!,
      expression: `casesPerMonth * 2 + ${'1'.repeat(40)}`,
    };
    const changed = {
      ...project,
      name: long,
      description: `About ${long}`,
      formulas: [formula, ...project.formulas.slice(1)],
      maps: {
        ...project.maps,
        current: { ...project.maps.current, steps: [{ ...first!, name: long }, ...rest] },
      },
    };
    // When it is made breakable
    const out = breakableSubject(subjectOf(changed));
    // Then the names and text have break opportunities, ids and the formula do not
    expect(out.project.name).toContain(ZWSP);
    expect(out.project.description).toContain(ZWSP);
    expect(out.project.maps.current.steps[0]?.name).toContain(ZWSP);
    expect(out.project.maps.current.steps[0]?.id).toBe(first!.id);
    expect(out.project.formulas[0]?.expression).toBe(formula.expression);
    // and the target is the one in the new project
    expect(out.target).toBe(out.project.maps.targets[0]);
  });
});
