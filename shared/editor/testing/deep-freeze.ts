/**
 * Test helper: freezes a value and everything inside it, so a function that tries to change
 * its input throws in strict mode instead of passing unnoticed. Test-only.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
