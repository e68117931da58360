/**
 * One short sentence for a payload that failed its schema: which field and what kind of
 * problem, never zod's issue dump. The renderer is ours, so this only shows when a bug or a
 * hostile page sends something odd; the sentence still has to be readable.
 */
import type { z } from 'zod';

const KIND: Readonly<Record<string, string>> = {
  invalid_type: 'has the wrong type',
  too_big: 'is too long or too large',
  too_small: 'is empty or too small',
  unrecognized_keys: 'has fields Flowcase does not know',
  invalid_value: 'has a value Flowcase does not know',
  invalid_format: 'is not in the expected format',
};

export function describePayloadProblem(channel: string, error: z.ZodError): string {
  const [issue] = error.issues;
  const field = issue && issue.path.length > 0 ? `“${issue.path.map(String).join('.')}”` : 'it';
  const kind = (issue && KIND[issue.code]) ?? 'is not in the expected form';
  return `Flowcase refused a request (${channel}) from the window: ${field} ${kind}.`;
}
