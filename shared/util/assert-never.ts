/** Exhaustiveness check for `switch` over a union: the compiler rejects a missing case. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
