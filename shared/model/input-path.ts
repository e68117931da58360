/**
 * Paths to numeric inputs, as uncertainty ranges name them: dot-separated segments, where a
 * list item is named by its `id`, never by its position, so a path survives reordering.
 * Examples: `roles.ap-clerk.costPerHour`, `maps.targets.ai-match.steps.match.automationRate`,
 * `maps.current.steps.enter.handlingMinutes.mode`, `finance.discountRateAnnual`.
 */

/** The part of `node` a path segment names: a list item by its id, else an own field. */
export function inputChild(node: unknown, segment: string): unknown {
  if (Array.isArray(node)) {
    return node.find(
      (item: unknown) =>
        item !== null && typeof item === 'object' && (item as { id?: unknown }).id === segment,
    );
  }
  if (
    node !== null &&
    typeof node === 'object' &&
    Object.prototype.hasOwnProperty.call(node, segment)
  )
    return (node as Record<string, unknown>)[segment];
  return undefined;
}

/** The number an input path points at, or undefined when it points at nothing numeric. */
export function readInput(root: unknown, path: string): number | undefined {
  let node: unknown = root;
  for (const segment of path.split('.')) {
    node = inputChild(node, segment);
    if (node === undefined) return undefined;
  }
  return typeof node === 'number' && Number.isFinite(node) ? node : undefined;
}

/**
 * A copy of `root` with the input at `path` set to `value`; only the objects along the path
 * are copied. Returns undefined when the path does not point at a number.
 */
export function writeInput<T>(root: T, path: string, value: number): T | undefined {
  const segments = path.split('.');
  const write = (node: unknown, index: number): unknown => {
    const segment = segments[index];
    if (segment === undefined) return typeof node === 'number' ? value : undefined;
    const next = inputChild(node, segment);
    if (next === undefined) return undefined;
    const replaced = write(next, index + 1);
    if (replaced === undefined) return undefined;
    if (Array.isArray(node)) return node.map((item: unknown) => (item === next ? replaced : item));
    return { ...(node as Record<string, unknown>), [segment]: replaced };
  };
  return write(root, 0) as T | undefined;
}
