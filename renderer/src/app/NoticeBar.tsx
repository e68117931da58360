// A short message at the bottom of the map: why an edit was refused, or what just happened.
// Announced to screen readers; it fades after a few seconds (a notice of work in progress stays
// until the next one replaces it) and can be dismissed.
import { X } from 'lucide-react';
import { useEffect } from 'react';
import { useAppStore } from '../store';

const SHOWN_MS = 6000;

export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  useEffect(() => {
    if (notice === null || notice.tone === 'progress') return;
    const timer = window.setTimeout(dismiss, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div className="fc-notice-slot" role="status" aria-live="polite">
      {notice && (
        <div className={`fc-notice fc-notice--${notice.tone}`} key={notice.serial}>
          <span>{notice.text}</span>
          <button type="button" className="fc-icon-button" aria-label="Dismiss" onClick={dismiss}>
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      )}
    </div>
  );
}
