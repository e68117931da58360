/**
 * Hard limits on what a project file may hold. They are checked before schema validation so
 * that a hostile or broken file is refused quickly and without deep recursion or huge
 * allocations. The numbers are far above any real process model.
 */
export const LIMITS = {
  /** Largest project file we read, in bytes (UTF-8). */
  maxFileBytes: 5 * 1024 * 1024,
  /** Deepest nesting of objects and arrays. A valid project nests about 8 levels. */
  maxDepth: 32,
  /** Longest text anywhere in the file (descriptions, notes), in characters. */
  maxStringLength: 10_000,
  /** Longest name of a project, map, step, role, system or formula. */
  maxNameLength: 200,
  /** Most items in any one list (steps, flows, roles, ...). */
  maxListLength: 5_000,
  /** Most steps in one process map. */
  maxStepsPerMap: 2_000,
  /** Most target maps (scenarios) in one project. */
  maxTargetMaps: 50,
  /** Longest formula expression, in characters. */
  maxFormulaLength: 2_000,
  /**
   * Most custom formulas in one project. A project holds a few dozen; each formula is parsed
   * and checked on load (under a millisecond for the longest), so this bounds how long a
   * hostile file can keep validation busy.
   */
  maxFormulas: 500,
} as const;

/** Keys that could reach an object's prototype if the data were ever merged into another object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);
