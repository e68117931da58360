// The project's systems: a row per system (name, kind, how it is reached, data quality, how many
// steps use it) that opens to edit it; "Add system"; deleting a system that steps use asks
// first and names those steps, which keep the reference and show it as a problem. Undoable.
import { Plus } from 'lucide-react';
import { useRef, useState } from 'react';
import { systemUses, type StepUse } from '../../../../shared/editor';
import type { System } from '../../../../shared/model/schema';
import { useAppStore } from '../../store';
import { ConfirmDialog } from './ConfirmDialog';
import { PanelSection } from './PanelSection';
import { stepCount } from './step-uses';
import { StepUses } from './StepUses';
import { listSummary } from './summaries';
import { SystemItem } from './SystemItem';

const NO_SYSTEMS: readonly System[] = [];

export function SystemsSection() {
  const systems = useAppStore((s) => s.project?.systems ?? NO_SYSTEMS);
  return (
    <PanelSection
      id="systems"
      title="Systems"
      count={systems.length}
      summary={listSummary(systems.map((s) => s.name))}
    >
      <SystemList systems={systems} />
    </PanelSection>
  );
}

interface PendingDelete {
  readonly system: System;
  readonly uses: readonly StepUse[];
  readonly ranges: number;
}

function SystemList({ systems }: { systems: readonly System[] }) {
  const project = useAppStore((s) => s.project);
  const dispatch = useAppStore((s) => s.dispatch);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const usesOf = (system: System): StepUse[] =>
    project === null ? [] : systemUses(project, system.id);
  const askToDelete = (system: System): void => {
    if (project === null) return;
    const uses = usesOf(system);
    if (uses.length === 0) {
      dispatch({ type: 'deleteSystem', systemId: system.id });
      return;
    }
    const prefix = `systems.${system.id}.`;
    const ranges = project.ranges.filter((r) => r.path.startsWith(prefix)).length;
    setPending({ system, uses, ranges });
  };
  const add = (): void => {
    const result = dispatch({ type: 'addSystem' });
    const added = result.ok ? result.project.systems.at(-1) : undefined;
    if (added !== undefined) setOpenId(added.id);
  };
  return (
    <>
      {systems.length === 0 && (
        <p className="fc-muted">
          No systems yet: add the ERP, mailboxes, spreadsheets and paper the work touches.
        </p>
      )}
      <ul className="fc-items">
        {systems.map((system) => (
          <li key={system.id}>
            <SystemItem
              system={system}
              uses={usesOf(system)}
              open={openId === system.id}
              onToggle={() => setOpenId(openId === system.id ? null : system.id)}
              onDelete={() => askToDelete(system)}
            />
          </li>
        ))}
      </ul>
      <button ref={addButton} type="button" className="fc-button fc-button--add" onClick={add}>
        <Plus size={14} aria-hidden="true" />
        Add system
      </button>
      {pending !== null && (
        <ConfirmDialog
          title={`Delete the system "${pending.system.name}"?`}
          confirmLabel="Delete system"
          onConfirm={() => dispatch({ type: 'deleteSystem', systemId: pending.system.id })}
          onClose={() => setPending(null)}
          fallbackFocus={addButton}
        >
          <p>
            {stepCount(pending.uses.length)} {pending.uses.length === 1 ? 'uses' : 'use'} this
            system:
          </p>
          <StepUses uses={pending.uses} />
          <p>
            They keep the reference to &ldquo;{pending.system.name}&rdquo; and show it as a problem
            until you take it off them.
            {pending.ranges > 0 &&
              ` Its ${pending.ranges === 1 ? 'uncertainty range is' : `${pending.ranges} uncertainty ranges are`} deleted with it.`}{' '}
            Undo brings everything back.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
