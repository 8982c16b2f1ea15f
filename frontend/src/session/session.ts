// The session: the access token, its claims (who, which roles, until when), and how it is renewed.
//
// - Logging in is POST /auth/token (docs/api/gateway.json). The answer's `roles` claim decides what the
//   application offers (src/session/roles.ts).
// - Renewal, one at a time however many requests need it: with the refresh token of the token answer
//   (POST /auth/refresh {"refresh_token"}, same answer shape, the refresh token rotating), the
//   session refreshes itself shortly before the token expires and on a 401; without one, or when the refresh
//   is refused, the login dialog (LoginDialog.vue) opens over the page, whose state (a half-filled form)
//   stays as it is, and the request that needed it goes on once the person has logged in again.
// - Logging out forgets the tokens and, when there is a refresh token, POST /auth/logout {"refresh_token"}
//   makes it unusable.
// Tokens live in sessionStorage: one tab's session, gone when the tab closes (docs/decisions/0015).
import { computed, reactive, readonly } from 'vue';
import createClient from 'openapi-fetch';
import type { components, paths } from '@/api/generated/gateway';
import { ApiError, NetworkError, SessionEnded, toProblem } from '@/api/problem';
import { readClaims, type Claims } from './token';

/** The answer of /auth/token and /auth/refresh (docs/api/gateway.json). */
export type TokenAnswer = components['schemas']['TokenResponse'];

const STORAGE_KEY = 'pes21.session';
/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;

interface Stored {
  accessToken: string;
  refreshToken: string | null;
}

const state = reactive({
  accessToken: null as string | null,
  refreshToken: null as string | null,
  claims: null as Claims | null,
  /** The login dialog is open: the token expired and could not be refreshed. */
  promptOpen: false,
  /** The last username that logged in, offered again in the dialog. */
  lastUsername: '',
});

/** The session, read-only for the screens. */
export const session = readonly(state);

export const isLoggedIn = computed(() => state.claims !== null);

const gateway = createClient<paths>({ baseUrl: location.origin, fetch: (request) => globalThis.fetch(request) });

let renewal: Promise<void> | null = null;
let waitingForLogin: { resolve: () => void; reject: (reason: unknown) => void } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Logs in; throws ApiError (401: unknown user or wrong password) or NetworkError. */
export async function logIn(username: string, password: string): Promise<void> {
  let answer;
  try {
    answer = await gateway.POST('/auth/token', {
      body: { username, password },
      headers: { 'Accept-Language': 'fr-FR' },
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!answer.response.ok || !answer.data) {
    throw new ApiError(toProblem(answer.response.status, answer.error));
  }
  accept(answer.data as TokenAnswer);
  state.lastUsername = username;
  if (waitingForLogin) {
    const waiting = waitingForLogin;
    waitingForLogin = null;
    state.promptOpen = false;
    waiting.resolve();
  }
}

/** Logs out: the refresh token (when there is one) is made unusable, the tokens forgotten. */
export async function logOut(): Promise<void> {
  const refreshToken = state.refreshToken;
  forget();
  // a computer shared by the team: the next person types their own name
  state.lastUsername = '';
  if (waitingForLogin) {
    waitingForLogin.reject(new SessionEnded());
    waitingForLogin = null;
  }
  state.promptOpen = false;
  if (refreshToken) {
    try {
      await fetch('/auth/logout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: refreshToken }),
      });
    } catch {
      // the token expires anyway
    }
  }
}

/**
 * The access token to send: renewed first when it has expired (or is about to, with a refresh token). Null
 * when nobody is logged in.
 */
export async function currentToken(): Promise<string | null> {
  if (!state.claims) {
    return null;
  }
  const left = state.claims.expiresAt - Date.now();
  if (left <= 0 || (state.refreshToken && left < REFRESH_AHEAD_MS)) {
    await renew();
  }
  return state.accessToken;
}

/**
 * Gets a new access token: refresh when possible, else the login dialog. One renewal at a time: every
 * caller waits for the same one. Rejects with SessionEnded when the person closes the dialog.
 */
export function renew(): Promise<void> {
  renewal ??= (async () => {
    try {
      if (state.refreshToken && (await refresh(state.refreshToken))) {
        return;
      }
      await askToLogIn();
    } finally {
      renewal = null;
    }
  })();
  return renewal;
}

/** The person closed the login dialog: the requests waiting for it fail with SessionEnded. */
export function cancelLogin(): void {
  state.promptOpen = false;
  if (waitingForLogin) {
    waitingForLogin.reject(new SessionEnded());
    waitingForLogin = null;
  }
}

/** Reads the session back from sessionStorage (a reload keeps the person logged in). */
export function restore(): void {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    if (stored?.accessToken) {
      accept({ access_token: stored.accessToken, refresh_token: stored.refreshToken ?? undefined });
    }
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

function askToLogIn(): Promise<void> {
  state.promptOpen = true;
  return new Promise<void>((resolve, reject) => {
    waitingForLogin = { resolve, reject };
  });
}

async function refresh(refreshToken: string): Promise<boolean> {
  try {
    const response = await fetch('/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ refresh_token: refreshToken }),
    });
    if (!response.ok) {
      return false;
    }
    accept((await response.json()) as TokenAnswer);
    return true;
  } catch {
    return false;
  }
}

function accept(answer: Pick<TokenAnswer, 'access_token'> & { refresh_token?: string }): void {
  const claims = readClaims(answer.access_token);
  if (!claims) {
    forget();
    return;
  }
  state.accessToken = answer.access_token;
  // a refresh answer without a new refresh token keeps the one it was given
  state.refreshToken = answer.refresh_token ?? state.refreshToken;
  state.claims = claims;
  if (!state.lastUsername) {
    state.lastUsername = claims.subject;
  }
  sessionStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ accessToken: state.accessToken, refreshToken: state.refreshToken } satisfies Stored),
  );
  schedule(claims.expiresAt);
}

/** Renews ahead of expiry with a refresh token, or brings the login dialog back when the token expires. */
function schedule(expiresAt: number): void {
  clearTimeout(timer);
  const at = state.refreshToken ? expiresAt - REFRESH_AHEAD_MS : expiresAt;
  // setTimeout holds at most ~24.8 days
  const delay = Math.min(Math.max(at - Date.now(), 0), 2_000_000_000);
  timer = setTimeout(() => {
    if (state.claims && state.claims.expiresAt - Date.now() <= (state.refreshToken ? REFRESH_AHEAD_MS : 0)) {
      renew().catch(() => undefined);
    } else if (state.claims) {
      schedule(state.claims.expiresAt);
    }
  }, delay);
}

function forget(): void {
  clearTimeout(timer);
  state.accessToken = null;
  state.refreshToken = null;
  state.claims = null;
  sessionStorage.removeItem(STORAGE_KEY);
}
