// One system of the project: a row with its name, kind, access and data quality that opens to
// edit them, its integration and maintenance cost (each an own figure or the suggestion), and
// the steps that use it.
import { ChevronRight, Trash2 } from 'lucide-react';
import { useId } from 'react';
import type { StepUse } from '../../../../shared/editor';
import {
  ACCESS_MODES,
  DATA_QUALITIES,
  SYSTEM_KINDS,
  type System,
} from '../../../../shared/model/schema';
import { SelectField } from '../../fields/SelectField';
import { TextField } from '../../fields/TextField';
import { ACCESS_MODE_LABELS, DATA_QUALITY_LABELS, SYSTEM_KIND_LABELS } from '../../format/labels';
import { useAppStore } from '../../store';
import { selectCurrency } from '../../store/selectors';
import { OptionalCost } from './OptionalCost';
import { selectPlanTarget } from './selectors';
import { stepCount } from './step-uses';
import { StepUses } from './StepUses';
import { integrationHint, maintenanceHint } from './system-costs';

const KIND_OPTIONS = SYSTEM_KINDS.map((k) => ({ value: k, label: SYSTEM_KIND_LABELS[k] }));
const ACCESS_OPTIONS = ACCESS_MODES.map((a) => ({ value: a, label: ACCESS_MODE_LABELS[a] }));
const QUALITY_OPTIONS = DATA_QUALITIES.map((q) => ({ value: q, label: DATA_QUALITY_LABELS[q] }));
const BRITTLE_ACCESS: ReadonlySet<string> = new Set(['ui-only', 'paper']);

export interface SystemItemProps {
  system: System;
  /** The steps that use the system, in every map. */
  uses: readonly StepUse[];
  open: boolean;
  onToggle: () => void;
  onDelete: () => void;
}

export function SystemItem({ system, uses, open, onToggle, onDelete }: SystemItemProps) {
  const bodyId = useId();
  return (
    <div className="fc-item" role="group" aria-label={`System ${system.name}`}>
      <div className="fc-item__row">
        <button
          type="button"
          className="fc-item__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <ChevronRight size={14} aria-hidden="true" className="fc-item__chevron" />
          <span className="fc-item__name">{system.name}</span>
          <span className="fc-item__meta">
            {SYSTEM_KIND_LABELS[system.kind]} · {stepCount(uses.length)}
          </span>
        </button>
        <button
          type="button"
          className="fc-icon-button fc-item__delete"
          aria-label={`Delete system ${system.name}`}
          title="Delete system"
          onClick={onDelete}
        >
          <Trash2 size={15} aria-hidden="true" />
        </button>
      </div>
      <div className="fc-item__badges" hidden={open}>
        <span
          className={BRITTLE_ACCESS.has(system.access) ? 'fc-badge fc-badge--warn' : 'fc-badge'}
        >
          {ACCESS_MODE_LABELS[system.access]}
        </span>
        <span className={`fc-badge fc-badge--quality-${system.dataQuality}`}>
          {DATA_QUALITY_LABELS[system.dataQuality]}
        </span>
      </div>
      <div id={bodyId} hidden={!open}>
        {open && <SystemFields system={system} />}
        {open && (
          <div className="fc-field">
            <span className="fc-field__label">Used by</span>
            {uses.length === 0 ? (
              <p className="fc-field__hint">
                No step uses it yet (choose it in a step&rsquo;s inspector).
              </p>
            ) : (
              <StepUses uses={uses} />
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function SystemFields({ system }: { system: System }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const currency = useAppStore(selectCurrency);
  const target = useAppStore(selectPlanTarget);
  const edit = (patch: Partial<Omit<System, 'id'>>): void => {
    dispatch({ type: 'updateSystem', systemId: system.id, patch });
  };
  const integration = integrationHint(system, currency);
  const maintenance = maintenanceHint(system, target, currency);
  return (
    <>
      <TextField
        label="System name"
        value={system.name}
        required
        onCommit={(name) => edit({ name })}
      />
      <div className="fc-grid2">
        <SelectField
          label="Kind"
          value={system.kind}
          options={KIND_OPTIONS}
          onCommit={(kind) => edit({ kind: kind as System['kind'] })}
        />
        <SelectField
          label="Access"
          value={system.access}
          options={ACCESS_OPTIONS}
          onCommit={(access) => edit({ access: access as System['access'] })}
        />
        <SelectField
          label="Data quality"
          value={system.dataQuality}
          options={QUALITY_OPTIONS}
          onCommit={(q) => edit({ dataQuality: q as System['dataQuality'] })}
        />
      </div>
      <OptionalCost
        label="Integration cost"
        value={system.integrationCost}
        currency={currency}
        {...integration}
        onCommit={(integrationCost) => edit({ integrationCost })}
      />
      <OptionalCost
        label="Maintenance per year"
        value={system.maintenanceCostPerYear}
        currency={currency}
        {...maintenance}
        onCommit={(maintenanceCostPerYear) => edit({ maintenanceCostPerYear })}
      />
    </>
  );
}
