// One project in the library list: its name opens it; the open project also offers Rename,
// Duplicate and Delete. The item's text is the name alone; when it changed and its size are
// shown beside it and given to assistive technology as the button's description.
import { Copy, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { RenameDialog } from '../app/RenameDialog';
import type { ProjectRow } from '../workspace/db';
import { deleteStored, duplicateStored, renameStored } from '../workspace/actions';
import { openStored } from '../workspace/workspace';
import { describeSize, describeWhen } from './when';

type Asking = 'rename' | 'delete' | null;

export function ProjectItem({ row, open }: { row: ProjectRow; open: boolean }) {
  const [asking, setAsking] = useState<Asking>(null);
  const meta = `${describeWhen(row.updatedAt)} · ${describeSize(row.size)}`;
  return (
    <li className={`fc-library__item${open ? ' fc-library__item--open' : ''}`}>
      <button
        type="button"
        className="fc-library__open"
        aria-current={open ? 'true' : undefined}
        aria-description={`Changed ${meta}`}
        title={open ? `${row.name} (open)` : `Open ${row.name}`}
        onClick={() => {
          if (!open) void openStored(row.id);
        }}
      >
        <span className="fc-library__name">{row.name}</span>
        <span className="fc-library__meta" data-meta={meta} aria-hidden="true" />
      </button>
      {open && (
        <span className="fc-library__actions">
          <button
            type="button"
            className="fc-icon-button"
            aria-label="Rename"
            title="Rename this project"
            onClick={() => setAsking('rename')}
          >
            <Pencil size={13} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="fc-icon-button"
            aria-label="Duplicate"
            title="Duplicate this project"
            onClick={() => void duplicateStored(row.id)}
          >
            <Copy size={13} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="fc-icon-button"
            aria-label="Delete"
            title="Delete this project"
            onClick={() => setAsking('delete')}
          >
            <Trash2 size={13} aria-hidden="true" />
          </button>
        </span>
      )}
      {asking === 'rename' && (
        <RenameDialog
          title="Rename project"
          label="Project name"
          value={row.name}
          onClose={() => setAsking(null)}
          onRename={(name) => void renameStored(row.id, name)}
        />
      )}
      {asking === 'delete' && (
        <ConfirmDialog
          title={`Delete “${row.name}”?`}
          confirm="Delete"
          onClose={() => setAsking(null)}
          onConfirm={() => void deleteStored(row.id)}
        >
          The project, its maps and its snapshots are removed from this workspace. Export it first
          to keep a copy as a file.
        </ConfirmDialog>
      )}
    </li>
  );
}
