/**
 * The project as the report shows it. A run of more than `LONG_RUN` characters without a
 * space in a name, label or free text (an address, a path, a name typed without spaces) gets
 * a zero-width space every `BREAK_EVERY` characters: it then wraps inside its column instead
 * of widening it and pushing the columns beside it off the page. Ordinary words have no such
 * runs, so an ordinary project is drawn exactly as before. Ids, formulas and every number are
 * left as they are: names are only ever quoted, never looked up.
 */
import { isRecord } from '../../../shared/util/is-record';
import type { ReportSubject } from './input';

/** Longest run of characters without a space left whole. */
export const LONG_RUN = 30;
/** Characters between two break opportunities in a longer run. */
export const BREAK_EVERY = 20;

const ZERO_WIDTH_SPACE = '\u200b';
/** The keys whose text the report shows as words. */
const SHOWN = new Set(['name', 'label', 'description', 'notes']);
const LONG_RUNS = new RegExp(`\\S{${LONG_RUN + 1},}`, 'gu');

/** `text` with a break opportunity every `BREAK_EVERY` characters of each over-long run. */
export function breakLongRuns(text: string): string {
  return text.replace(LONG_RUNS, (run) => {
    const chars = [...run];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += BREAK_EVERY)
      pieces.push(chars.slice(i, i + BREAK_EVERY).join(''));
    return pieces.join(ZERO_WIDTH_SPACE);
  });
}

/** `value` with `breakLongRuns` applied to every string under a shown key; a new value. */
function walk(value: unknown, key: string | null): unknown {
  if (typeof value === 'string')
    return key !== null && SHOWN.has(key) ? breakLongRuns(value) : value;
  if (Array.isArray(value)) return value.map((item: unknown) => walk(item, null));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
  return value;
}

/** The subject with its project's names, labels and free text made breakable (see above). */
export function breakableSubject(subject: ReportSubject): ReportSubject {
  const project = walk(subject.project, null) as ReportSubject['project'];
  const target = project.maps.targets.find((t) => t.id === subject.target.id) ?? subject.target;
  return { ...subject, project, target };
}
