/** An error that becomes an RFC 9457 problem+json response. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ProblemInit {
  status: number;
  title: string;
  detail?: string;
  /** Stable machine code the web app translates, e.g. `version_conflict`. */
  code: string;
  errors?: FieldError[];
  extra?: Record<string, unknown>;
}

export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly code: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  headers: Record<string, string> = {};

  constructor(init: ProblemInit) {
    super(init.detail ?? init.title);
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.code = init.code;
    this.errors = init.errors;
    this.extra = init.extra;
  }
}

export const badRequest = (detail: string, errors?: FieldError[], code = 'bad_request') =>
  new HttpProblem({ status: 400, title: 'Bad Request', detail, code, ...(errors ? { errors } : {}) });

export const unauthorized = (detail = 'Sign in first.', code = 'unauthorized') =>
  new HttpProblem({ status: 401, title: 'Unauthorized', detail, code });

export const forbidden = (detail = 'You are not allowed to do this.', code = 'forbidden') =>
  new HttpProblem({ status: 403, title: 'Forbidden', detail, code });

export const notFound = (detail = 'Not found.') =>
  new HttpProblem({ status: 404, title: 'Not Found', detail, code: 'not_found' });

export const conflict = (detail: string, code = 'conflict', extra?: Record<string, unknown>) =>
  new HttpProblem({ status: 409, title: 'Conflict', detail, code, ...(extra ? { extra } : {}) });

export const versionConflict = () =>
  conflict('The record was changed by someone else. Reload it and apply your change again.', 'version_conflict');

export const unprocessable = (detail: string, code = 'business_rule', extra?: Record<string, unknown>) =>
  new HttpProblem({ status: 422, title: 'Unprocessable Content', detail, code, ...(extra ? { extra } : {}) });

export const tooManyRequests = (detail: string, retryAfterSeconds: number, code = 'rate_limited') => {
  const problem = new HttpProblem({ status: 429, title: 'Too Many Requests', detail, code });
  problem.headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return problem;
};

export function problemBody(p: HttpProblem, instance?: string) {
  return {
    type: `https://thirdline.dev/problems/${p.code.replace(/_/g, '-')}`,
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    code: p.code,
    ...(instance ? { instance } : {}),
    ...(p.errors ? { errors: p.errors } : {}),
    ...(p.extra ?? {}),
  };
}
