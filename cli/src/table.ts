/** Plain-text tables for the CLI's human-readable output. */

/** Columns padded to their widest cell: the first left-aligned, the rest right-aligned unless `left`. */
export function table(rows: readonly (readonly string[])[], left = false): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) =>
        c === 0 || left ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0),
      )
      .join('   ')
      .trimEnd(),
  );
}
