/**
 * The allowed values of every numeric input, read off the file format's zod schemas (one
 * source of truth), so that an uncertainty range cannot draw a value the model itself would
 * refuse: a headcount of 1e12, a duration of 1e308 minutes, a retraining every 0 months, a
 * discount rate of 150 %. `inputBounds` finds the bounds of any input path by walking the
 * schemas alongside the project. `FIELD_BOUNDS` lists the plan, adoption, calendar and finance
 * fields by name; `INTEGER_FIELDS` in shared/uncertainty is derived from it, and since those
 * are the only whole-number fields of the format (a test checks it), every whole-number input
 * is rounded when drawn, so its bounds apply to the rounded values.
 */
import { z } from 'zod';
import { inputChild } from './input-path';
import {
  AdoptionSchema,
  CalendarSchema,
  FinanceSchema,
  ProjectSchema,
  ScenarioPlanSchema,
} from './schema';

/** What the file format accepts for one number. */
export interface FieldBounds {
  /** Smallest allowed value (inclusive). */
  readonly min: number;
  /** Largest allowed value (inclusive). */
  readonly max: number;
  /** Only whole numbers are allowed; ranged values are rounded before they are used. */
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

function boundsOfNumber(number: z.ZodNumber): FieldBounds {
  return {
    min: number.minValue ?? Number.NEGATIVE_INFINITY,
    max: number.maxValue ?? Number.POSITIVE_INFINITY,
    wholeNumber: number.isInt,
  };
}

function boundsOf(shapes: readonly Record<string, z.ZodType>[]): Map<string, FieldBounds> {
  const bounds = new Map<string, FieldBounds>();
  for (const shape of shapes)
    for (const [key, schema] of Object.entries(shape)) {
      const number = numberSchema(schema);
      if (number !== undefined) bounds.set(key, boundsOfNumber(number));
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

/** The schema inside optional, nullable and defaulted wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  if (
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault
  )
    return unwrap(schema.unwrap() as z.ZodType);
  return schema;
}

/** The member of a discriminated union that `node` belongs to (a step by its `kind`, ...). */
function unionMember(union: z.ZodDiscriminatedUnion, node: unknown): z.ZodType | undefined {
  const key = union.def.discriminator;
  const tag = inputChild(node, key);
  return (union.options as readonly z.ZodType[]).find((option) => {
    if (!(option instanceof z.ZodObject)) return false;
    const literal = inputChild(option.shape, key);
    return literal instanceof z.ZodLiteral && literal.values.has(tag as z.core.util.Literal);
  });
}

/** The schema of `segment` inside `schema`, which describes `node` (before descending). */
function childSchema(schema: z.ZodType, node: unknown, segment: string): z.ZodType | undefined {
  const here = unwrap(schema);
  if (here instanceof z.ZodDiscriminatedUnion) {
    const member = unionMember(here, node);
    return member === undefined ? undefined : childSchema(member, node, segment);
  }
  if (here instanceof z.ZodObject) return inputChild(here.shape, segment) as z.ZodType | undefined;
  if (here instanceof z.ZodArray) return here.element as z.ZodType;
  return undefined;
}

/**
 * The bounds the file format puts on the number an input path points at, e.g.
 * `roles.ap-clerk.headcount` (0 to 100 000) or `maps.current.steps.enter.handlingMinutes.mode`
 * (0 to 525 600 minutes). The schemas are walked alongside `project`: a list item is found by
 * its id, and a step's `kind` or a distribution's `type` picks the member of its union, so
 * the bounds are those of the field that is really there.
 *
 * @param project a project (any shape is safe; a schema-valid one gives meaningful answers)
 * @param path an input path as uncertainty ranges name inputs (see `input-path.ts`)
 * @returns undefined when the path does not point at a number the file format defines
 */
export function inputBounds(project: unknown, path: string): FieldBounds | undefined {
  let schema: z.ZodType = ProjectSchema;
  let node: unknown = project;
  for (const segment of path.split('.')) {
    const child = childSchema(schema, node, segment);
    node = inputChild(node, segment);
    if (child === undefined || node === undefined) return undefined;
    schema = child;
  }
  const number = numberSchema(schema);
  if (number === undefined || typeof node !== 'number' || !Number.isFinite(node)) return undefined;
  return boundsOfNumber(number);
}
