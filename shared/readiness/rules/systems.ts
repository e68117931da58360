/**
 * Rules about the systems the AI steps read: how they can be reached (a UI-only system needs
 * screen automation, paper needs OCR) and how good their data is. Only systems an AI step uses
 * count; a legacy system people keep using by hand is not an integration risk.
 */
import { quotedNames, systemSubject } from '../format';
import { aboutSystem, finding } from '../finding';
import type { AiSystemUse, ReadinessRule } from '../types';

/** `AI step "A"` or `AI steps "A" and "B"`. */
function readers(use: AiSystemUse): string {
  return `${use.steps.length === 1 ? 'AI step' : 'AI steps'} ${quotedNames(use.steps)}`;
}

export const systemUiOnly: ReadinessRule = {
  id: 'system-ui-only',
  severity: 'risk',
  title: 'AI depends on a system reachable only through its UI',
  why:
    'Integration with legacy systems is where most pilots stall; screen automation works in a ' +
    'demo but breaks with every release, layout change or slow day, and its maintenance is a ' +
    'running tax on the business case.',
  check: (ctx) =>
    ctx.aiSystems
      .filter((use) => use.system.access === 'ui-only')
      .map((use) =>
        finding(
          'system-ui-only',
          'risk',
          aboutSystem(use.system),
          `${systemSubject(use.system)} can only be reached through its user interface, so ` +
            `${readers(use)} need${use.steps.length === 1 ? 's' : ''} screen automation, ` +
            'which breaks whenever a screen changes.',
          'Ask the vendor or IT for an API, a database view or a scheduled export; if screen ' +
            'automation stays, budget its integration and yearly maintenance honestly.',
        ),
      ),
};

export const systemPaper: ReadinessRule = {
  id: 'system-paper',
  severity: 'risk',
  title: 'AI depends on paper',
  why:
    'Paper must be scanned, read by OCR and checked by people before a model can use it; the ' +
    'errors and the handling it adds are easy to leave out of a pilot and hard to remove later.',
  check: (ctx) =>
    ctx.aiSystems
      .filter((use) => use.system.access === 'paper')
      .map((use) =>
        finding(
          'system-paper',
          'risk',
          aboutSystem(use.system),
          `${systemSubject(use.system)} is on paper, so ${readers(use)} depend` +
            `${use.steps.length === 1 ? 's' : ''} on scanning and OCR, with people checking ` +
            'what the OCR misreads.',
          'Digitise at the source (e-invoicing, web forms, a supplier portal) or budget ' +
            'scanning, OCR and its checking in the integration cost.',
        ),
      ),
};

export const poorDataQuality: ReadinessRule = {
  id: 'poor-data-quality',
  severity: 'risk',
  title: 'AI reads poor-quality data',
  why:
    'Data readiness is the most common reason pilots stall: a model is no better in ' +
    'production than the data it reads, and pilots are usually measured on cleaned samples.',
  check: (ctx) =>
    ctx.aiSystems
      .filter((use) => use.system.dataQuality === 'poor')
      .map((use) =>
        finding(
          'poor-data-quality',
          'risk',
          aboutSystem(use.system),
          `${systemSubject(use.system)} has poor data quality and ${readers(use)} read` +
            `${use.steps.length === 1 ? 's' : ''} it, so the automation and error rates ` +
            'measured in the pilot are unlikely to hold in production.',
          'Budget a clean-up (duplicates, missing fields, stale records) in data preparation ' +
            'and re-measure the automation rate on the cleaned data.',
        ),
      ),
};

export const fairDataQuality: ReadinessRule = {
  id: 'fair-data-quality',
  severity: 'note',
  title: 'AI reads fair-quality data',
  why:
    'Data that is usable but patchy lowers the automation rate in production in ways a pilot ' +
    'on hand-picked cases does not show.',
  check: (ctx) =>
    ctx.aiSystems
      .filter((use) => use.system.dataQuality === 'fair')
      .map((use) =>
        finding(
          'fair-data-quality',
          'note',
          aboutSystem(use.system),
          `${systemSubject(use.system)} has fair data quality and ${readers(use)} read` +
            `${use.steps.length === 1 ? 's' : ''} it; gaps in the fields the model needs will ` +
            'show up as a lower automation rate.',
          'Check the fields the model reads for gaps and inconsistencies, and include their ' +
            'clean-up in data preparation.',
        ),
      ),
};

export const SYSTEM_RULES: readonly ReadinessRule[] = [
  systemUiOnly,
  systemPaper,
  poorDataQuality,
  fairDataQuality,
];
