// "Export XLSX" and "Export CSV" on the Business case screen: the workbook `flowcase export`
// writes for this target, as a download. While one is being made (Monte Carlo runs in the
// engine worker) both wait, the one at work says so with aria-busy and a turning icon.
import { FileSpreadsheet, FileText, LoaderCircle } from 'lucide-react';
import { useState } from 'react';
import { exportBusinessCase, type WorkbookFormat } from './business-export';
import './export.css';

const BUTTONS: readonly { format: WorkbookFormat; label: string; title: string }[] = [
  {
    format: 'xlsx',
    label: 'Export XLSX',
    title: 'Download the business case and every assumption as an Excel workbook, a sheet a topic',
  },
  {
    format: 'csv',
    label: 'Export CSV',
    title: 'Download the business case and every assumption as one CSV file, a block a topic',
  },
];

export function ExportButtons({ targetId }: { targetId: string }) {
  const [busy, setBusy] = useState<WorkbookFormat | null>(null);
  const run = async (format: WorkbookFormat): Promise<void> => {
    setBusy(format);
    try {
      await exportBusinessCase(targetId, format);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="fc-export" role="group" aria-label="Export the business case">
      {BUTTONS.map(({ format, label, title }) => {
        const Icon =
          busy === format ? LoaderCircle : format === 'xlsx' ? FileSpreadsheet : FileText;
        return (
          <button
            key={format}
            type="button"
            className="fc-button fc-export__button"
            aria-busy={busy === format}
            disabled={busy !== null}
            title={title}
            onClick={() => void run(format)}
          >
            <Icon
              size={14}
              aria-hidden="true"
              className={busy === format ? 'fc-export__spin' : ''}
            />
            {label}
          </button>
        );
      })}
    </div>
  );
}
