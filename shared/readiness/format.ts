/**
 * Wording helpers for findings: numbers as a sponsor reads them ("availability 98 %",
 * "€12,000") and subjects named the same way everywhere. One fixed locale (en-GB, as the
 * app's screens), never the machine's, so the same project gives the same sentences on every
 * machine.
 */
import type { AiStep, Project, Role, System, TargetMap } from '../model/schema';
import { currencyFormat } from '../util/currency-format';

/**
 * A share (0..1, or more for utilisation) as a percentage with at most `decimals` decimals:
 * 0.995 -> "99.5 %". A share that is not 0 or 1 never reads as "0 %" or "100 %", and one too
 * large to write (Infinity, 1e300) reads "far more than 100 %", never "Infinity %".
 */
export function percent(share: number, decimals = 2): string {
  const value = share * 100;
  // A role of almost no one can be asked for infinitely more than its hours: say so in words.
  if (Number.isNaN(value)) return 'an unknown share';
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15)
    return value > 0 ? 'far more than 100 %' : 'far below 0 %';
  const text = trimDecimals(value.toFixed(decimals));
  const smallest = trimDecimals((10 ** -decimals).toFixed(decimals));
  if (text === '0' && value > 0) return `under ${smallest} %`;
  if (text === '100' && value < 100) return `just under 100 %`;
  return `${text} %`;
}

/** Percentage points from a share: 0.012 -> "1.2 points". */
export function points(share: number): string {
  const text = trimDecimals((share * 100).toFixed(2));
  return `${text} ${text === '1' ? 'point' : 'points'}`;
}

/**
 * Money rounded to whole units, written as the app's screens write it (en-GB, the project's
 * currency): ("EUR", 12000.4) -> "€12,000", ("EUR", -172327) -> "-€172,327", ("CHF", 950) ->
 * "CHF 950". One fixed locale, so the same project gives the same sentence everywhere.
 */
export function money(currency: string, amount: number): string {
  // "CHF 950" has a no-break space; sentences wrap as text, so a plain one.
  return currencyFormat('en-GB', currency, 0)
    .format(Math.round(amount) || 0)
    .replace(/\u00a0/g, ' ');
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export const aiStepSubject = (step: AiStep): string => `AI step "${step.name}"`;
export const systemSubject = (system: System): string => `System "${system.name}"`;
export const roleSubject = (role: Pick<Role, 'name'>): string => `Role "${role.name}"`;
export const planSubject = (target: TargetMap): string => `Plan of "${target.name}"`;
export const projectSubject = (project: Project): string => `Project "${project.name}"`;

/** The names of AI steps, quoted: `"AI match" and "AI extract"`. */
export function quotedNames(steps: readonly AiStep[]): string {
  return listOf(steps.map((step) => `"${step.name}"`));
}

function trimDecimals(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
