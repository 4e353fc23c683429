import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export const TEST_ADMIN_PASSWORD = 'Admin-Test-Passw0rd';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in browser for `app.inject`: sends the session cookie and the CSRF header on every request. */
export interface TestSession {
  userId: string;
  cookie: string;
  csrfToken: string;
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, username: string, password: string): Promise<TestSession> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'thirdline_session');
  if (!cookie) throw new Error('no session cookie');
  const { user, csrfToken } = res.json() as { user: { id: string }; csrfToken: string };
  const request: TestSession['request'] = (method, url, body, headers = {}) =>
    app.inject({
      method,
      url,
      cookies: { thirdline_session: cookie.value },
      headers: { 'x-csrf-token': csrfToken, ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  return {
    userId: user.id,
    cookie: cookie.value,
    csrfToken,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}
