import { api, send } from '@/api/client';
import { SessionEnded } from '@/api/problem';
import { json, token } from '@/test/tokens';
import { cancelLogin, currentToken, isLoggedIn, logIn, logOut, restore, session } from './session';
import { readClaims } from './token';

function requests(fetch: ReturnType<typeof vi.fn>): { url: string; method: string; headers: Headers; body: string | null }[] {
  return fetch.mock.calls.map(([input, init]) => {
    const request = input instanceof Request ? input : new Request(String(input), init as RequestInit);
    return { url: new URL(request.url, 'http://localhost').pathname, method: request.method, headers: request.headers, body: null };
  });
}

describe('the session', () => {
  let fetch: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await logOut();
    sessionStorage.clear();
    fetch.mockReset();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('logs in with POST /auth/token and reads who and which roles from the token', async () => {
    fetch.mockResolvedValueOnce(json(200, { access_token: token('camille', ['VOLUNTEER']), token_type: 'Bearer', expires_in: 1800 }));

    await logIn('camille', 'secret');

    expect(isLoggedIn.value).toBe(true);
    expect(session.claims?.subject).toBe('camille');
    expect(session.claims?.roles).toEqual(['VOLUNTEER']);
    const [call] = requests(fetch);
    expect(call).toMatchObject({ url: '/auth/token', method: 'POST' });
  });

  it('refuses a wrong password with the gateway\'s 401 and stays logged out', async () => {
    fetch.mockResolvedValueOnce(json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }, 'application/problem+json'));

    await expect(logIn('camille', 'wrong')).rejects.toMatchObject({ status: 401 });
    expect(isLoggedIn.value).toBe(false);
  });

  it('sends the bearer token and Accept-Language: fr-FR with every API request', async () => {
    const access = token('ada', ['ADMIN']);
    fetch.mockResolvedValueOnce(json(200, { access_token: access, token_type: 'Bearer', expires_in: 1800 }));
    await logIn('ada', 'secret');
    fetch.mockResolvedValueOnce(json(200, { items: [], page: 0, size: 20, total: 0 }));

    await send(() => api.accompaniment.GET('/api/accompaniment/projects', { params: { query: { page: 0, size: 20 } } }));

    const request = fetch.mock.calls[1]![0] as Request;
    expect(request.headers.get('Authorization')).toBe(`Bearer ${access}`);
    expect(request.headers.get('Accept-Language')).toBe('fr-FR');
  });

  it('brings the login dialog back on a 401 and sends the waiting request again once logged in, with the same Idempotency-Key', async () => {
    fetch.mockResolvedValueOnce(json(200, { access_token: token('ada', ['ADMIN']), token_type: 'Bearer', expires_in: 1800 }));
    await logIn('ada', 'secret');
    fetch
      .mockResolvedValueOnce(json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }))
      .mockResolvedValueOnce(json(200, { access_token: token('ada', ['ADMIN']), token_type: 'Bearer', expires_in: 1800 }))
      .mockResolvedValueOnce(json(201, { id: 'm1' }));

    const recording = send(() =>
      api.accompaniment.POST('/api/accompaniment/projects/{id}/meetings', {
        params: { path: { id: 'p1' }, header: { 'Idempotency-Key': 'key-1' } },
        body: { date: '2024-03-12', kind: 'FOLLOW_UP' },
      }),
    );
    await vi.waitFor(() => expect(session.promptOpen).toBe(true));
    await logIn('ada', 'secret');

    await expect(recording).resolves.toEqual({ id: 'm1' });
    expect(session.promptOpen).toBe(false);
    const sent = fetch.mock.calls.map(([input]) => input as Request).filter((r) => r.url.includes('/meetings'));
    expect(sent.map((request) => request.headers.get('Idempotency-Key'))).toEqual(['key-1', 'key-1']);
  });

  it('fails the waiting request with SessionEnded when the person closes the dialog', async () => {
    fetch.mockResolvedValueOnce(json(200, { access_token: token('ada', ['ADMIN']), token_type: 'Bearer', expires_in: 1800 }));
    await logIn('ada', 'secret');
    fetch.mockResolvedValueOnce(json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }));

    const reading = send(() => api.accompaniment.GET('/api/accompaniment/projects/{id}', { params: { path: { id: 'p1' } } }));
    await vi.waitFor(() => expect(session.promptOpen).toBe(true));
    cancelLogin();

    await expect(reading).rejects.toBeInstanceOf(SessionEnded);
    expect(isLoggedIn.value).toBe(true);
  });

  it('refreshes with the refresh token when the answer had one, without a dialog', async () => {
    fetch.mockResolvedValueOnce(
      json(200, { access_token: token('ada', ['ADMIN'], 30), token_type: 'Bearer', expires_in: 30, refresh_token: 'r1' }),
    );
    await logIn('ada', 'secret');
    const renewed = token('ada', ['ADMIN'], 1800);
    fetch.mockResolvedValueOnce(json(200, { access_token: renewed, token_type: 'Bearer', expires_in: 1800, refresh_token: 'r2' }));

    // 30 s left: within a minute of expiry, the token is refreshed before it is sent
    await expect(currentToken()).resolves.toBe(renewed);

    const refresh = fetch.mock.calls[1]!;
    expect(refresh[0]).toBe('/auth/refresh');
    expect(JSON.parse((refresh[1] as RequestInit).body as string)).toEqual({ refresh_token: 'r1' });
    expect(session.refreshToken).toBe('r2');
    expect(session.promptOpen).toBe(false);
  });

  it('falls back to the login dialog when the refresh is refused', async () => {
    fetch.mockResolvedValueOnce(
      json(200, { access_token: token('ada', ['ADMIN'], -5), token_type: 'Bearer', expires_in: 0, refresh_token: 'r1' }),
    );
    await logIn('ada', 'secret');
    fetch.mockResolvedValueOnce(json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }));

    const waiting = currentToken();
    await vi.waitFor(() => expect(session.promptOpen).toBe(true));
    cancelLogin();
    await expect(waiting).rejects.toBeInstanceOf(SessionEnded);
  });

  it('logs out: forgets the tokens and makes the refresh token unusable', async () => {
    fetch.mockResolvedValueOnce(
      json(200, { access_token: token('ada', ['ADMIN']), token_type: 'Bearer', expires_in: 1800, refresh_token: 'r1' }),
    );
    await logIn('ada', 'secret');
    fetch.mockResolvedValueOnce(new Response(null, { status: 204 }));

    await logOut();

    expect(isLoggedIn.value).toBe(false);
    expect(sessionStorage.getItem('pes21.session')).toBeNull();
    expect(fetch.mock.calls[1]![0]).toBe('/auth/logout');
    expect(JSON.parse((fetch.mock.calls[1]![1] as RequestInit).body as string)).toEqual({ refresh_token: 'r1' });
  });

  it('is kept across a reload of the tab', async () => {
    fetch.mockResolvedValueOnce(json(200, { access_token: token('rita', ['READER']), token_type: 'Bearer', expires_in: 1800 }));
    await logIn('rita', 'secret');

    restore();

    expect(session.claims?.roles).toEqual(['READER']);
  });

  it('reads no claims from something that is not a JWT', () => {
    expect(readClaims('not-a-token')).toBeNull();
    expect(readClaims(token('x', ['READER', 'KING']))?.roles).toEqual(['READER']);
  });
});
