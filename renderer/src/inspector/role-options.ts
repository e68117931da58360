// The project's roles and systems as choices for the inspector's selects.
import type { Role } from '../../../shared/model/schema';
import type { SelectOption } from '../fields/SelectField';

/** Sentinel for "nobody" in a select of an optional role. */
export const NO_ROLE = '';

export const roleOptions = (roles: readonly Role[]): SelectOption[] =>
  roles.map((r) => ({ value: r.id, label: r.name }));

export const missingRole = (id: string): string => `Missing role "${id}"`;
