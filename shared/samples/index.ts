/**
 * The sample projects embedded in the app. The first one is what Flowcase opens on first
 * start, so it is the most complete.
 */
import type { Project } from '../model/schema';
import { invoiceProcessing } from './invoice-processing';
import { partsProcurement } from './parts-procurement';
import { ticketTriage } from './ticket-triage';

export interface SampleInfo {
  /** Stable lowercase-with-hyphens key, e.g. for menus, URLs and the CLI. */
  slug: string;
  title: string;
  /** One sentence for the sample picker. */
  description: string;
  project: Project;
}

export const SAMPLES: readonly SampleInfo[] = [
  {
    slug: 'invoice-processing',
    title: 'Accounts-payable invoice processing',
    description:
      'AI extraction and 2-way matching of 4,000 supplier invoices a month, with human review, ' +
      'a fallback and two target scenarios.',
    project: invoiceProcessing,
  },
  {
    slug: 'ticket-triage',
    title: 'Customer-service ticket triage',
    description:
      'AI classification and routing of 4,000 multilingual tickets a week, with language drift ' +
      'and a CRM that can only be reached through its UI.',
    project: ticketTriage,
  },
  {
    slug: 'parts-procurement',
    title: 'Procurement of standard parts',
    description:
      'AI demand forecasts and drafted purchase orders for 1,800 PO lines a month, reviewed by ' +
      'buyers, with paper bin cards and a UI-only supplier portal.',
    project: partsProcurement,
  },
];

/** The sample with this slug, or undefined. */
export function findSample(slug: string): SampleInfo | undefined {
  return SAMPLES.find((sample) => sample.slug === slug);
}
