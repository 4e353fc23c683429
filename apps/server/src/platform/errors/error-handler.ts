import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { requestLocale, type Locale } from '../i18n/locale';
import { localiseIssueMessage } from '../i18n/validation-messages';
import { localiseFieldMessage } from '@thirdline/shared/i18n/field-messages';
import { pgErrorCode } from './db-errors';
import { HttpProblem, problemBody, type FieldError } from './problem';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: HttpProblem) {
  for (const [k, v] of Object.entries(problem.headers)) reply.header(k, v);
  return reply
    .status(problem.status)
    .type(PROBLEM_TYPE)
    .send(problemBody(problem, request.url.split('?')[0]));
}

/** Maps everything thrown in a request to problem+json. Only our own faults become 5xx. */
export function registerErrorHandling(app: FastifyInstance, options: { spaFallback: boolean }) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, requestLocale(request));
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, request, problem);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path.startsWith('/api') || path === '/metrics';
    if (options.spaFallback && request.method === 'GET' && !isApi) {
      // Client-side routes of the web app: serve its shell and let the router decide.
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(
      reply,
      request,
      new HttpProblem({ status: 404, title: 'Not Found', detail: 'No such resource.', code: 'not_found' }),
    );
  });
}

/** Field messages our commands wrote, in the caller's language. */
function localiseProblem(problem: HttpProblem, locale: Locale): HttpProblem {
  if (locale !== 'zh-CN' || !problem.errors) return problem;
  const localised = new HttpProblem({
    status: problem.status,
    title: problem.title,
    ...(problem.detail !== undefined ? { detail: problem.detail } : {}),
    code: problem.code,
    errors: problem.errors.map((e) => ({ ...e, message: localiseFieldMessage(e.message, locale) })),
    ...(problem.extra ? { extra: problem.extra } : {}),
  });
  localised.headers = problem.headers;
  return localised;
}

function toProblem(error: FastifyError, locale: Locale): HttpProblem {
  if (error instanceof HttpProblem) return localiseProblem(error, locale);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((v) => ({
      path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: localiseIssueMessage({ ...v.params, code: v.keyword, message: v.message ?? 'invalid' }, locale),
    }));
    return new HttpProblem({
      status: 400,
      title: 'Bad Request',
      detail: locale === 'zh-CN' ? '请求内容不正确，请检查标出的字段。' : 'The request is not valid.',
      code: 'validation_failed',
      errors,
    });
  }
  if (isResponseSerializationError(error)) {
    return new HttpProblem({
      status: 500,
      title: 'Internal Server Error',
      detail: 'The response could not be produced.',
      code: 'internal',
    });
  }
  const fromDatabase = databaseConstraintProblem(error);
  if (fromDatabase) return fromDatabase;
  if (isDatabaseUnavailable(error)) {
    return new HttpProblem({
      status: 503,
      title: 'Service Unavailable',
      detail: 'The database cannot be reached. Try again shortly.',
      code: 'database_unavailable',
    });
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_FILES_LIMIT') {
    return new HttpProblem({
      status: 413,
      title: 'Content Too Large',
      detail: 'The request body is too large.',
      code: 'too_large',
    });
  }
  if (status >= 400 && status < 500) {
    return new HttpProblem({ status, title: titleFor(status), detail: error.message, code: clientCode(error) });
  }
  return new HttpProblem({
    status: 500,
    title: 'Internal Server Error',
    detail: 'Something went wrong on our side.',
    code: 'internal',
  });
}

function clientCode(error: FastifyError): string {
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return 'invalid_json';
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported_media_type';
  return 'bad_request';
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    409: 'Conflict',
    413: 'Content Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Content',
    429: 'Too Many Requests',
  };
  return titles[status] ?? 'Bad Request';
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
  '08006',
  '08001',
  '08003',
  '3D000',
  '53300',
  'ENOTFOUND',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    const message = (current as { message?: unknown }).message;
    if (
      typeof message === 'string' &&
      /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|PGlite is closed|after calling end on the pool/i.test(
        message,
      )
    )
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Last line of defence for input the schemas let through but the database refuses: a client's mistake, not ours.
 * Commands should check these cases themselves and give a precise message.
 */
function databaseConstraintProblem(error: unknown): HttpProblem | undefined {
  const code = pgErrorCode(error);
  if (!code) return undefined;
  if (['22P02', '22007', '22008', '22003', '22001', '22023', '22021', '22P05'].includes(code)) {
    return new HttpProblem({
      status: 400,
      title: 'Bad Request',
      detail: 'A value is not valid.',
      code: 'invalid_value',
    });
  }
  if (code === '23505') {
    return new HttpProblem({
      status: 409,
      title: 'Conflict',
      detail: 'A record with these values already exists.',
      code: 'duplicate',
    });
  }
  if (code === '23503') {
    return new HttpProblem({
      status: 409,
      title: 'Conflict',
      detail: 'A referenced record does not exist or is still in use.',
      code: 'reference_conflict',
    });
  }
  if (code === '40001' || code === '40P01') {
    return new HttpProblem({
      status: 409,
      title: 'Conflict',
      detail: 'A concurrent change got in the way. Try again.',
      code: 'concurrent_change',
    });
  }
  return undefined;
}
