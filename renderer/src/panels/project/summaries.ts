// The one-line summaries a closed section of the project panel shows.

/** "AP clerk, Buyer, Budget owner and 2 more"; '' for none. */
export function listSummary(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
