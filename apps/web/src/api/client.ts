import type { Problem } from '@thirdline/shared/http/problem.schemas';

export const API_BASE = '/api/v1';

/** A failed API call with the server's problem+json body (or one made up for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from the Retry-After header (429), when sent. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): string {
    return this.problem.code;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export interface ApiHandlers {
  /** 401 session_required on a call made while signed in. */
  onSessionExpired: () => void;
  /** 403 password_change_required. */
  onPasswordChangeRequired: () => void;
}

let csrfToken: string | null = null;
let language = 'zh-CN';
let handlers: ApiHandlers = { onSessionExpired: () => {}, onPasswordChangeRequired: () => {} };

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The UI language, sent as Accept-Language so server messages (e.g. validation) come in it. */
export function setRequestLanguage(locale: string) {
  language = locale;
}

export function setApiHandlers(next: ApiHandlers) {
  handlers = next;
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | QueryValue[]>;

/** `?a=1&b=x` without empty values; arrays repeat the key. */
export function toSearch(query: Query | URLSearchParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  const entries: [string, QueryValue | QueryValue[]][] =
    query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  for (const [key, value] of entries) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') params.append(key, String(v));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  query?: Query | URLSearchParams;
  body?: unknown;
  /** Do not treat 401 as an expired session (the sign-in probe and the login call). */
  quietAuth?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      if (body && typeof body.code === 'string') {
        return { type: 'about:blank', title: response.statusText, status: response.status, ...body } as Problem;
      }
    } catch {
      // fall through to the generic problem
    }
  }
  return { type: 'about:blank', title: response.statusText, status: response.status, code: `http_${response.status}` };
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    accept: 'application/json',
    'accept-language': language,
  };
  // A FormData body (file upload) sets its own multipart content type.
  const form = options.body instanceof FormData ? options.body : undefined;
  if (options.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (MUTATING.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toSearch(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' });
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }
  const problem = await problemOf(response);
  const retryAfter = Number(response.headers.get('retry-after'));
  const error = new ApiError(
    response.status,
    problem,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
  if (response.status === 401 && problem.code === 'session_required' && !options.quietAuth) handlers.onSessionExpired();
  if (response.status === 403 && problem.code === 'password_change_required') handlers.onPasswordChangeRequired();
  throw error;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

/** Link for a file download (exports): same filters as the list, cookie authenticates the GET. */
export function downloadUrl(path: string, query?: Query | URLSearchParams): string {
  return `${API_BASE}${path}${toSearch(query)}`;
}
