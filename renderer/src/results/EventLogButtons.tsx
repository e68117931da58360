// "Event log (CSV)" and "Event log (XES)" under a run's results: the run's event log as a
// download for process-mining tools (event-log-export.ts). While it is written a progress bar
// and "Cancel event log" show; neither button works while a simulation runs.
import { FileDown, LoaderCircle, Square } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { EventLogFormat } from '../../../shared/event-log';
import { useAppStore } from '../store';
import { exportEventLog } from './event-log-export';
import '../export/export.css';

const FORMATS: readonly { format: EventLogFormat; label: string; title: string }[] = [
  {
    format: 'csv',
    label: 'Event log (CSV)',
    title: 'Download every case of replication 1 as CSV rows, one per activity',
  },
  {
    format: 'xes',
    label: 'Event log (XES)',
    title: 'Download every case of replication 1 as XES 2.0, for ProM, PM4Py, Celonis or Disco',
  },
];

export function EventLogButtons() {
  const simulating = useAppStore((s) => s.simulationRun !== null);
  const [busy, setBusy] = useState<{ format: EventLogFormat; progress: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the screen cancels the log: nobody is there to see it arrive.
  useEffect(() => () => controller.current?.abort(), []);

  const run = async (format: EventLogFormat): Promise<void> => {
    const mine = new AbortController();
    controller.current = mine;
    setBusy({ format, progress: 0 });
    try {
      await exportEventLog(format, {
        signal: mine.signal,
        onProgress: (progress) => {
          if (!mine.signal.aborted) setBusy({ format, progress });
        },
      });
    } finally {
      if (controller.current === mine) {
        controller.current = null;
        setBusy(null);
      }
    }
  };

  return (
    <div className="fc-export" role="group" aria-label="Export the event log">
      {FORMATS.map(({ format, label, title }) => {
        const working = busy?.format === format;
        const Icon = working ? LoaderCircle : FileDown;
        return (
          <button
            key={format}
            type="button"
            className="fc-button fc-export__button"
            aria-busy={working}
            disabled={busy !== null || simulating}
            title={title}
            onClick={() => void run(format)}
          >
            <Icon size={14} aria-hidden="true" className={working ? 'fc-export__spin' : ''} />
            {label}
          </button>
        );
      })}
      {busy !== null && (
        <>
          <progress
            className="fc-export__progress"
            aria-label="Writing the event log"
            max={1}
            value={busy.progress}
          />
          <button
            type="button"
            className="fc-button fc-export__button"
            onClick={() => controller.current?.abort()}
          >
            <Square size={12} aria-hidden="true" />
            Cancel event log
          </button>
        </>
      )}
    </div>
  );
}
