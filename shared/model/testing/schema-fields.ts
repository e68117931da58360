/**
 * Every number field of a zod schema, found by walking it (objects, lists, unions and their
 * optional, nullable and defaulted wrappers), for tests that check a rule holds for all fields
 * of the file format, including ones added later. Test-only.
 */
import { z } from 'zod';

export interface NumberField {
  /** The field names from the root down, list items left out: ['roles', 'headcount']. */
  readonly keys: readonly string[];
  readonly schema: z.ZodNumber;
}

export function numberFields(schema: z.ZodType, keys: readonly string[] = []): NumberField[] {
  if (
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault
  )
    return numberFields(schema.unwrap() as z.ZodType, keys);
  if (schema instanceof z.ZodNumber) return [{ keys, schema }];
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      numberFields(child, [...keys, key]),
    );
  if (schema instanceof z.ZodArray) return numberFields(schema.element as z.ZodType, keys);
  if (schema instanceof z.ZodDiscriminatedUnion)
    return (schema.options as readonly z.ZodType[]).flatMap((option) => numberFields(option, keys));
  return [];
}
