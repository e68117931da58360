// The project's roles (resource pools): each one's name, headcount and cost per hour, edited in
// place; "Add role"; deleting a role that steps use asks first and names those steps, which
// keep the reference and show it as a problem until another role is chosen. Undoable.
import { Plus, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { roleUses, type StepUse } from '../../../../shared/editor';
import { MAX_MONEY, RoleSchema, type Role } from '../../../../shared/model/schema';
import { NumberField } from '../../fields/NumberField';
import { TextField } from '../../fields/TextField';
import { useAppStore } from '../../store';
import { selectCurrency } from '../../store/selectors';
import { numberBounds } from './bounds';
import { ConfirmDialog } from './ConfirmDialog';
import { PanelSection } from './PanelSection';
import { stepCount } from './step-uses';
import { StepUses } from './StepUses';
import { listSummary } from './summaries';

const NO_ROLES: readonly Role[] = [];
const HEADCOUNT = numberBounds(RoleSchema.shape.headcount);

export function RolesSection() {
  const roles = useAppStore((s) => s.project?.roles ?? NO_ROLES);
  return (
    <PanelSection
      id="roles"
      title="Roles"
      count={roles.length}
      summary={listSummary(roles.map((r) => r.name))}
    >
      <RoleList roles={roles} />
    </PanelSection>
  );
}

interface PendingDelete {
  readonly role: Role;
  readonly uses: readonly StepUse[];
  readonly ranges: number;
}

function RoleList({ roles }: { roles: readonly Role[] }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const askToDelete = (role: Role): void => {
    const project = useAppStore.getState().project;
    if (project === null) return;
    const uses = roleUses(project, role.id);
    if (uses.length === 0) {
      dispatch({ type: 'deleteRole', roleId: role.id });
      return;
    }
    const prefix = `roles.${role.id}.`;
    const ranges = project.ranges.filter((r) => r.path.startsWith(prefix)).length;
    setPending({ role, uses, ranges });
  };
  return (
    <>
      {roles.length === 0 && (
        <p className="fc-muted">No roles yet: add the people who do the work.</p>
      )}
      {roles.length > 0 && (
        <div className="fc-role fc-role--head" aria-hidden="true">
          <span>Role</span>
          <span>FTE</span>
          <span>Cost per hour</span>
        </div>
      )}
      <ul className="fc-roles">
        {roles.map((role) => (
          <li key={role.id}>
            <RoleItem role={role} onDelete={() => askToDelete(role)} />
          </li>
        ))}
      </ul>
      <p className="fc-field__hint fc-roles__hint">
        Headcount in full-time equivalents (fractions allowed); cost per hour fully loaded.
      </p>
      <button
        ref={addButton}
        type="button"
        className="fc-button fc-button--add"
        onClick={() => dispatch({ type: 'addRole' })}
      >
        <Plus size={14} aria-hidden="true" />
        Add role
      </button>
      {pending !== null && (
        <ConfirmDialog
          title={`Delete the role "${pending.role.name}"?`}
          confirmLabel="Delete role"
          onConfirm={() => dispatch({ type: 'deleteRole', roleId: pending.role.id })}
          onClose={() => setPending(null)}
          fallbackFocus={addButton}
        >
          <p>
            {stepCount(pending.uses.length)} {pending.uses.length === 1 ? 'uses' : 'use'} this role:
          </p>
          <StepUses uses={pending.uses} />
          <p>
            They keep the reference to &ldquo;{pending.role.name}&rdquo; and show it as a problem
            until you choose another role for them.
            {pending.ranges > 0 &&
              ` Its ${pending.ranges === 1 ? 'uncertainty range is' : `${pending.ranges} uncertainty ranges are`} deleted with it.`}{' '}
            Undo brings everything back.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

function RoleItem({ role, onDelete }: { role: Role; onDelete: () => void }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const currency = useAppStore(selectCurrency);
  const edit = (patch: Partial<Omit<Role, 'id'>>): void => {
    dispatch({ type: 'updateRole', roleId: role.id, patch });
  };
  return (
    <fieldset className="fc-role" aria-label={`Role ${role.name}`}>
      <TextField label="Role name" value={role.name} required onCommit={(name) => edit({ name })} />
      <NumberField
        label="Headcount"
        value={role.headcount}
        unit="number"
        {...HEADCOUNT}
        onCommit={(headcount) => edit({ headcount })}
      />
      <NumberField
        label="Cost per hour"
        value={role.costPerHour}
        unit="money"
        currency={currency}
        min={0}
        max={MAX_MONEY}
        onCommit={(costPerHour) => edit({ costPerHour })}
      />
      <button
        type="button"
        className="fc-icon-button"
        aria-label={`Delete role ${role.name}`}
        title="Delete role"
        onClick={onDelete}
      >
        <Trash2 size={15} aria-hidden="true" />
      </button>
    </fieldset>
  );
}
