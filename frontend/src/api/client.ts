// The typed API client of the whole application: one openapi-fetch client per service, typed by the paths
// generated from docs/api/*.json (nothing hand-typed that the contract says). Every request goes through the
// gateway (same origin) with the session's bearer token and `Accept-Language: fr-FR`.
//
//   const project = await send(() => api.accompaniment.GET('/api/accompaniment/projects/{id}',
//       { params: { path: { id } } }));
//
// `send` answers the body, or throws ApiError (the problem detail), NetworkError (no answer) or SessionEnded
// (the person closed the login dialog). A 401 renews the session (refresh, or the login dialog) and sends the
// same request once more. Recordings carry an Idempotency-Key (src/api/idempotency.ts), the same on the retry.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths as AccompanimentPaths } from './generated/accompaniment-service';
import type { paths as DlaPaths } from './generated/dla-service';
import type { paths as EventsPaths } from './generated/events-service';
import type { paths as GatewayPaths } from './generated/gateway';
import type { paths as ReportingPaths } from './generated/reporting-service';
import type { paths as TerritoryPaths } from './generated/territory-service';
import { ApiError, NetworkError, SessionEnded, toProblem } from './problem';
import { currentToken, renew } from '@/session/session';

export const ACCEPT_LANGUAGE = 'fr-FR';

const session: Middleware = {
  async onRequest({ request }) {
    const token = await currentToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    request.headers.set('Accept-Language', ACCEPT_LANGUAGE);
    return request;
  },
};

function client<Paths extends {}>(): Client<Paths> {
  // fetch looked up at each call (tests replace it)
  const created = createClient<Paths>({ baseUrl: location.origin, fetch: (request) => globalThis.fetch(request) });
  created.use(session);
  return created;
}

/** The services' clients, by the name the application gives them. */
export const api = {
  accompaniment: client<AccompanimentPaths>(),
  dla: client<DlaPaths>(),
  territory: client<TerritoryPaths>(),
  events: client<EventsPaths>(),
  reporting: client<ReportingPaths>(),
  /** The gateway's own API: the accounts. */
  gateway: client<GatewayPaths>(),
};

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Sends a request made by `call` (an `api.<service>.<METHOD>(...)` call) and answers its body. A 401 renews
 * the session, then `call` runs once more (with the same Idempotency-Key when it closes over one).
 */
export async function send<T>(call: () => Promise<Answer<T>>): Promise<T> {
  let renewed = false;
  for (;;) {
    let answer: Answer<T>;
    try {
      answer = await call();
    } catch (cause) {
      if (cause instanceof SessionEnded) {
        throw cause;
      }
      throw new NetworkError(cause);
    }
    if (answer.response.status === 401 && !renewed) {
      renewed = true;
      await renew();
      continue;
    }
    if (!answer.response.ok) {
      throw new ApiError(toProblem(answer.response.status, answer.error));
    }
    return answer.data as T;
  }
}

/**
 * A request outside the typed clients (CSV, the live stream): the same token, language, renewal on a 401 and
 * problem details. Answers the Response when it is ok.
 */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  let renewed = false;
  for (;;) {
    const headers = new Headers(init.headers);
    const token = await currentToken();
    if (token) {
      headers.set('Authorization', `Bearer ${token}`);
    }
    headers.set('Accept-Language', ACCEPT_LANGUAGE);
    let response: Response;
    try {
      response = await fetch(path, { ...init, headers });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') {
        throw cause;
      }
      throw new NetworkError(cause);
    }
    if (response.status === 401 && !renewed) {
      renewed = true;
      await renew();
      continue;
    }
    if (!response.ok) {
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        // not a problem detail
      }
      throw new ApiError(toProblem(response.status, body));
    }
    return response;
  }
}
