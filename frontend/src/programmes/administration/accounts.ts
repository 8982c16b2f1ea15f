// The accounts of the staff application (docs/api/gateway.json): listed, opened, disabled or enabled, their roles
// changed, their password reset (ADMIN); and one's own account, whose password its holder changes (everyone).
// The bootstrap account `admin` keeps its role, stays enabled and takes its password from PES21_ADMIN_PASSWORD:
// nothing is offered on it.
import { api, send } from '@/api/client';
import type { components as Gateway } from '@/api/generated/gateway';
import { ApiError } from '@/api/problem';
import { formatDateTime } from '@/ui/format';
import type { Confirmation } from '@/ui/confirm';
import type { Page } from '@/ui/usePagedList';

export type Account = Gateway['schemas']['Account'];
export type NewAccount = Gateway['schemas']['NewAccount'];
export type AccountChange = Gateway['schemas']['AccountChange'];
export type OwnAccount = Gateway['schemas']['OwnAccount'];
export type PasswordChange = Gateway['schemas']['PasswordChange'];

/** The account the gateway makes at its first start; it cannot be disabled nor changed. */
export const BOOTSTRAP_ACCOUNT = 'admin';

/** The contract's rule of a password (NewAccount.password, PasswordChange.newPassword), in French. */
export const PASSWORD_RULE = 'Au moins 12 caractères ; pas un mot de passe courant ; sans le nom d’utilisateur.';

/** Whether the screens offer to change the account (disable, roles, password). */
export function changeable(account: Pick<Account, 'username'>): boolean {
  return account.username !== BOOTSTRAP_ACCOUNT;
}

/** « Actif, dernière connexion le 13/01/2026 à 09:02 », « Désactivé », « Actif, jamais connecté ». */
export function accountState(account: Pick<Account, 'enabled' | 'lastLoginAt'>): string {
  if (!account.enabled) {
    return 'Désactivé';
  }
  return account.lastLoginAt ? `Actif, dernière connexion le ${formatDateTime(account.lastLoginAt)}` : 'Actif, jamais connecté';
}

/**
 * A refusal of a name already taken (409) is shown at the field that names it, like the other refusals of a
 * field; every other error goes on as it is.
 */
export function conflictAtField(error: unknown, field: string): unknown {
  if (error instanceof ApiError && error.status === 409 && !error.problem.errors?.length) {
    const message = error.problem.detail ?? 'Ce nom est déjà pris.';
    return new ApiError({ ...error.problem, errors: [{ field, message }] });
  }
  return error;
}

export function listAccounts(page: number, size: number): Promise<Page<Account>> {
  return send(() => api.gateway.GET('/api/accounts', { params: { query: { page, size } } })) as Promise<Page<Account>>;
}
export async function openAccount(body: NewAccount): Promise<Account> {
  try {
    return await send(() => api.gateway.POST('/api/accounts', { body }));
  } catch (error) {
    throw conflictAtField(error, 'username');
  }
}
export function getAccount(username: string): Promise<Account> {
  return send(() => api.gateway.GET('/api/accounts/{username}', { params: { path: { username } } }));
}
export function changeAccount(username: string, body: AccountChange): Promise<Account> {
  return send(() => api.gateway.PATCH('/api/accounts/{username}', { params: { path: { username } }, body }));
}
export function getOwnAccount(): Promise<OwnAccount> {
  return send(() => api.gateway.GET('/api/accounts/me'));
}
export function changeOwnPassword(body: PasswordChange): Promise<void> {
  return send(() => api.gateway.POST('/api/accounts/me/password', { body })) as Promise<void>;
}

/** The confirmation before disabling (its sessions end at once) or enabling an account. */
export function enablingConfirmation(account: Pick<Account, 'username' | 'enabled'>): Confirmation {
  return account.enabled
    ? {
        title: `Désactiver le compte ${account.username} ?`,
        changes: [
          'Il ne pourra plus se connecter.',
          'Toutes ses sessions se terminent : ses pages ouvertes lui demanderont de se reconnecter, sans succès.',
          'Ce qu’il a saisi reste enregistré ; le compte peut être réactivé.',
        ],
        confirmLabel: 'Désactiver le compte',
      }
    : {
        title: `Réactiver le compte ${account.username} ?`,
        changes: ['Il pourra de nouveau se connecter, avec son mot de passe actuel.'],
        confirmLabel: 'Réactiver le compte',
      };
}

/** The confirmation before a password reset: the account's sessions end. */
export function passwordResetConfirmation(username: string): Confirmation {
  return {
    title: `Réinitialiser le mot de passe de ${username} ?`,
    changes: [
      'Le nouveau mot de passe remplace l’ancien, qui ne fonctionne plus.',
      'Toutes les sessions du compte se terminent : il devra se reconnecter avec le nouveau mot de passe.',
    ],
    confirmLabel: 'Réinitialiser le mot de passe',
  };
}
