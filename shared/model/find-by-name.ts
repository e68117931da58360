/** Looking up a list item the way people name it on the command line: by id or by name. */

/** The item whose id or name (trimmed, any case) is `name`; undefined when none is. */
export function findByNameOrId<T extends { id: string; name: string }>(
  items: readonly T[],
  name: string,
): T | undefined {
  const wanted = name.trim().toLowerCase();
  return items.find(
    (item) => item.id.toLowerCase() === wanted || item.name.trim().toLowerCase() === wanted,
  );
}
