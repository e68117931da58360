/**
 * Turns the benchmark's results into one plain-text table for people. Rows have a label, the
 * measured value, the target and a verdict; notes under a row carry the detail (peers' own
 * figures, how a number was obtained) without widening the columns.
 */

/** 100000 -> "100 000". */
export function int(n) {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Seconds with a sensible number of decimals. */
export function seconds(s) {
  if (s >= 100) return `${s.toFixed(0)} s`;
  if (s >= 10) return `${s.toFixed(1)} s`;
  return `${s.toFixed(2)} s`;
}

export function millions(perS) {
  return `${(perS / 1e6).toFixed(2)} M`;
}

/** Signed percentage difference of `value` from `reference`, e.g. "-0.47 %". */
export function deviation(value, reference) {
  const pct = ((value - reference) / reference) * 100;
  return `${pct >= 0 ? '+' : '-'}${Math.abs(pct).toFixed(2)} %`;
}

export function verdict(meets) {
  if (meets === true) return 'meets target';
  if (meets === false) return 'misses target';
  return meets ?? '';
}

/**
 * @param {{ title: string, header: string[], rows: { label: string, measured?: string, target?: string, verdict?: string, notes?: string[] }[], footer?: string[] }} table
 * @returns {string}
 */
export function renderTable({ title, header, rows, footer = [] }) {
  const cells = rows.map((r) => [r.label, r.measured ?? '', r.target ?? '', r.verdict ?? '']);
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c].length)));
  const line = (values) =>
    values
      .map((v, c) => (c === values.length - 1 ? v : v.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const noteIndent = ' '.repeat(widths[0] + 2);
  const out = [title, '', line(header), rule];
  rows.forEach((row, i) => {
    out.push(line(cells[i]));
    for (const note of row.notes ?? []) out.push(`${noteIndent}${note}`);
  });
  out.push(rule);
  out.push(...footer);
  return out.join('\n');
}
