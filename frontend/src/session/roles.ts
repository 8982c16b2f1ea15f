// Role checks on screen, as on the server: an action is offered only to the roles its operation allows in the
// contract (x-roles of docs/api/*.json, generated into src/api/generated/contract.ts). Nothing here is typed
// by hand but who reads personal data, which the contract says in words (docs/api.md, "Access").
import { operationRoles, type OperationId } from '@/api/generated/contract';
import { session } from './session';
import type { Role } from './token';

/** The French name of each role (the header, the accounts). */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  ADMIN: 'administration',
  STAFF: 'équipe salariée',
  VOLUNTEER: 'bénévole',
  READER: 'lecture seule',
};

/** Roles in words, in the contract's order: « administration, bénévole ». */
export function roleNames(roles: readonly string[]): string {
  return (Object.keys(ROLE_NAMES) as Role[]).filter((role) => roles.includes(role)).map((role) => ROLE_NAMES[role]).join(', ');
}

/** Who sees personal data (holders, registrants, notes): docs/api.md, "Access". */
export const PERSONAL_DATA_ROLES: readonly Role[] = ['ADMIN', 'STAFF'];

/** Whether these roles may call the operation. */
export function allows(roles: readonly string[], operation: OperationId): boolean {
  const allowed: readonly string[] = operationRoles[operation];
  return allowed.length === 0 || roles.some((role) => allowed.includes(role));
}

/** Whether the person logged in may call the operation (offer the action only then). */
export function can(operation: OperationId): boolean {
  return allows(session.claims?.roles ?? [], operation);
}

/** Whether the person logged in sees personal data. */
export function seesPersonalData(): boolean {
  return (session.claims?.roles ?? []).some((role) => PERSONAL_DATA_ROLES.includes(role));
}

/** Whether the person logged in has one of these roles (for pages, e.g. Administration: ADMIN). */
export function hasAnyRole(roles: readonly Role[]): boolean {
  return (session.claims?.roles ?? []).some((role) => roles.includes(role));
}
