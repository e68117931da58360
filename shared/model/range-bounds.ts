/**
 * The allowed values of the plan, adoption, calendar and finance numbers, read off their
 * schemas (one source of truth), so that an uncertainty range on one of them cannot draw a
 * value the model itself would refuse: a retraining every 0 months, a horizon of 0 months, a
 * discount rate of 150 %. Whole-number fields are rounded when drawn (`INTEGER_FIELDS` in
 * shared/uncertainty is derived from these), so their bounds apply to the rounded values.
 */
import { z } from 'zod';
import { AdoptionSchema, CalendarSchema, FinanceSchema, ScenarioPlanSchema } from './schema';

export interface FieldBounds {
  readonly min: number;
  readonly max: number;
  readonly wholeNumber: boolean;
}

/** The number schema inside optional, nullable and defaulted wrappers; undefined for others. */
function numberSchema(schema: z.ZodType): z.ZodNumber | undefined {
  if (schema instanceof z.ZodNumber) return schema;
  if (
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault
  )
    return numberSchema(schema.unwrap() as z.ZodType);
  return undefined;
}

function boundsOf(shapes: readonly Record<string, z.ZodType>[]): Map<string, FieldBounds> {
  const bounds = new Map<string, FieldBounds>();
  for (const shape of shapes)
    for (const [key, schema] of Object.entries(shape)) {
      const number = numberSchema(schema);
      if (number === undefined) continue;
      bounds.set(key, {
        min: number.minValue ?? Number.NEGATIVE_INFINITY,
        max: number.maxValue ?? Number.POSITIVE_INFINITY,
        wholeNumber: number.isInt,
      });
    }
  return bounds;
}

/** Bounds by field name (the names are unique across these four objects). */
export const FIELD_BOUNDS: ReadonlyMap<string, FieldBounds> = boundsOf([
  ScenarioPlanSchema.shape,
  AdoptionSchema.shape,
  CalendarSchema.shape,
  FinanceSchema.shape,
]);
