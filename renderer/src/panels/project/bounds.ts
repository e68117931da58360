// The bounds a number field enforces, read off the file format's schemas (one source of truth):
// a value outside them is refused at the field, in words, before any command sees it.
import type { z } from 'zod';
import { FIELD_BOUNDS } from '../../../../shared/model/range-bounds';

/** The props of `NumberField` that bound a value, in stored units. */
export interface NumberBounds {
  readonly min?: number;
  readonly max?: number;
  readonly integer: boolean;
}

const finite = (v: number | null | undefined): number | undefined =>
  v === null || v === undefined || !Number.isFinite(v) ? undefined : v;

/** The bounds of a number schema (e.g. `RoleSchema.shape.headcount`). */
export function numberBounds(schema: z.ZodNumber): NumberBounds {
  return {
    min: finite(schema.minValue),
    max: finite(schema.maxValue),
    integer: schema.isInt,
  };
}

/**
 * The bounds of a field of the plan, its adoption ramp, the calendar or finance, by name
 * (`monthsToGoLive`, `steadyShare`, `hoursPerDay`, `discountRateAnnual`, ...).
 */
export function fieldBounds(field: string): NumberBounds {
  const bounds = FIELD_BOUNDS.get(field);
  if (bounds === undefined) throw new Error(`"${field}" is not a plan, calendar or finance field`);
  return { min: finite(bounds.min), max: finite(bounds.max), integer: bounds.wholeNumber };
}
