/**
 * Uncertainty ranges and custom formulas: add, change and delete. A range is keyed by the
 * input path it varies (one range per input); a formula by its id.
 */
import { FormulaSchema, RangeSchema, type Project } from '../../model/schema';
import { done, refused, type CommandResult, type EditCommand } from '../command';
import { shaped } from '../shape';
import { uniqueId } from '../unique-id';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

export function addRange(project: Project, c: Of<'addRange'>): CommandResult {
  if (project.ranges.some((r) => r.path === c.range.path))
    return refused('This input already has a range; change that one.');
  const range = shaped(RangeSchema, c.range, 'The range');
  if (!range.ok) return refused(range.reason);
  return done({ ...project, ranges: [...project.ranges, range.value] }, 'Add range');
}

export function updateRange(project: Project, c: Of<'updateRange'>): CommandResult {
  const range = project.ranges.find((r) => r.path === c.path);
  if (range === undefined) return refused('That range no longer exists.');
  const changed = shaped(RangeSchema, { ...range, ...c.patch }, 'The range');
  if (!changed.ok) return refused(changed.reason);
  if (
    changed.value.path !== range.path &&
    project.ranges.some((r) => r.path === changed.value.path)
  )
    return refused('That input already has a range.');
  return done(
    { ...project, ranges: project.ranges.map((r) => (r === range ? changed.value : r)) },
    'Edit range',
  );
}

export function deleteRange(project: Project, c: Of<'deleteRange'>): CommandResult {
  if (!project.ranges.some((r) => r.path === c.path))
    return refused('That range no longer exists.');
  return done(
    { ...project, ranges: project.ranges.filter((r) => r.path !== c.path) },
    'Delete range',
  );
}

export function addFormula(project: Project, c: Of<'addFormula'>): CommandResult {
  if (project.formulas.length >= 500) return refused('A project holds at most 500 formulas.');
  const id = uniqueId(c.formula?.name ?? 'formula', new Set(project.formulas.map((f) => f.id)));
  const formula = shaped(
    FormulaSchema,
    { name: 'New KPI', expression: 'casesPerMonth', kind: 'kpi', unit: '', ...c.formula, id },
    'The formula',
  );
  if (!formula.ok) return refused(formula.reason);
  return done({ ...project, formulas: [...project.formulas, formula.value] }, 'Add formula');
}

export function updateFormula(project: Project, c: Of<'updateFormula'>): CommandResult {
  const formula = project.formulas.find((f) => f.id === c.formulaId);
  if (formula === undefined) return refused('That formula no longer exists.');
  const changed = shaped(
    FormulaSchema,
    { ...formula, ...c.patch, id: formula.id },
    `Formula "${formula.name}"`,
  );
  if (!changed.ok) return refused(changed.reason);
  return done(
    { ...project, formulas: project.formulas.map((f) => (f === formula ? changed.value : f)) },
    'Edit formula',
  );
}

export function deleteFormula(project: Project, c: Of<'deleteFormula'>): CommandResult {
  if (!project.formulas.some((f) => f.id === c.formulaId))
    return refused('That formula no longer exists.');
  return done(
    { ...project, formulas: project.formulas.filter((f) => f.id !== c.formulaId) },
    'Delete formula',
  );
}
