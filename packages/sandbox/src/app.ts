import { REQUEST_ID_HEADER } from '@jiagong/contract';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { getPathNoStrict } from 'hono/utils/url';
import { registerAssets } from './assets/routes.js';
import type { Db } from './db/db.js';
import { TestClock } from './domain/clock.js';
import { handlers } from './handlers/index.js';
import type { HandlerMap } from './handlers/types.js';
import type { AppEnv, Logger } from './http/context.js';
import { consoleLogger } from './http/context.js';
import { allowedMethods, registerEndpoints } from './http/derive.js';
import { ApiError, errorBody } from './http/errors.js';
import { resolveLocale } from './http/locale.js';
import { registerOpenApi } from './http/openapi.js';
import { SIMULATE_ERROR_HEADER } from './http/simulate.js';
import { newRequestId } from './http/request-id.js';

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 6750): `error="invalid_token"` when a credential
 * came and was refused (unknown, expired, of the wrong kind), none when nothing came.
 */
function bearerChallenge(authorization: string | undefined): string {
  return `Bearer realm="jiagong"${authorization ? ', error="invalid_token"' : ''}`;
}

export interface AppOptions {
  db: Db;
  /**
   * The server's notion of "now"; tests pass a movable clock to expire sessions and codes. The
   * sandbox's test clock (`/sandbox/clock`) runs ahead of it by the offset partners set.
   */
  clock?: () => Date;
  /** Validate every response against the contract; default: unless NODE_ENV is production. */
  validateResponses?: boolean;
  /** Log one line per request (never headers, bodies or query strings). */
  logRequests?: boolean;
  log?: Logger;
  /** Replace some handlers (tests of the derivation itself; an embedding host's own data). */
  handlers?: Partial<HandlerMap>;
}

/**
 * Driver messages can quote the values of a failed statement ("invalid input syntax: …"), so
 * logs keep the shape of an error but not long digit runs (IDs, phones, cards) or credentials.
 */
export function redact(message: string): string {
  return message
    .replace(/\b(pk|sk|st)_[A-Za-z0-9_-]+/g, '$1_[redacted]')
    .replace(/\d{6,}/g, '[digits]')
    .slice(0, 300);
}

/**
 * The request path as one field of one log line. Hono decodes %XX in it, so a URL holding `%0A`
 * (which anyone can send, no key needed) would start a forged line of its own (`POST
 * /v1/me/orders 201 … req_…`), `%20` forge the fields after it, `%1B[` drive the terminal of
 * whoever reads the log and `%E2%80%AE` turn the rest of the line around: whitespace, control and
 * format characters are written back as their %XX. A credential a caller put in a path is masked
 * like any other in the log, and a path longer than any route is cut.
 */
export function loggablePath(path: string): string {
  const safe = path
    .replace(/[\s\p{Cc}\p{Cf}]/gu, (char) => encodeURIComponent(char))
    .replace(/\b(pk|sk|st)_[A-Za-z0-9_-]+/g, '$1_[redacted]');
  return safe.length > 200 ? `${safe.slice(0, 200)}…` : safe;
}

/** The `error.code` of an error envelope (read from a copy: the answer is still to be sent). */
async function errorCodeOf(response: Response): Promise<string | undefined> {
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    const code = ((await response.clone().json()) as { error?: { code?: unknown } }).error?.code;
    // Catalogue codes are snake_case words; anything else is not written to the log.
    return typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ` replayed` on the line of a write answered from its first attempt's stored result: a member's
 * retry after an answer that never reached the phone (a tunnel) did not act twice. The key
 * itself is not written: the security tests treat it as a caller's secret.
 */
function replayNote(headers: Headers): string {
  return headers.get('idempotent-replayed') === 'true' ? ' replayed' : '';
}

/**
 * `/v1/me/` and `//v1/me` are `/v1/me`: a base URL and a path joined with one slash too many
 * (as nginx's default merge_slashes forgives in front of an API) must not 404 a partner.
 */
function lenientPath(request: Request): string {
  const path = getPathNoStrict(request).replace(/\/{2,}/g, '/');
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** The paths served besides the contract's endpoints, all GET only (no auth). */
const OTHER_GET_PATHS =
  /^\/(?:health|openapi\.json|assets\/(?:products|merchants|model-workers)\/[^/]+)$/;

/** The methods a path takes (HEAD beside GET, and OPTIONS), for `Allow`; empty: nothing is there. */
function methodsAt(path: string): string[] {
  const methods = allowedMethods(path);
  return methods.length > 0 || !OTHER_GET_PATHS.test(path) ? methods : ['GET', 'HEAD', 'OPTIONS'];
}

const EXPOSED_HEADERS = [REQUEST_ID_HEADER, 'Idempotent-Replayed', 'Retry-After'];

/** The sandbox as a Hono app, for `app.fetch(request)` in-process or behind @hono/node-server. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const log = options.log ?? consoleLogger;
  const clock = new TestClock(options.clock ?? (() => new Date()));
  const app = new Hono<AppEnv>({ getPath: lenientPath });

  app.use('*', async (c, next) => {
    const requestId = newRequestId();
    const started = performance.now();
    c.set('requestId', requestId);
    c.set('locale', resolveLocale(c.req.header('accept-language')));
    await next();
    const headers = c.res.headers;
    headers.set(REQUEST_ID_HEADER, requestId);
    // Personal data and tokens: no cache may keep an answer (assets set their own policy).
    if (!headers.has('cache-control')) headers.set('Cache-Control', 'no-store');
    headers.set('X-Content-Type-Options', 'nosniff');
    // An answer opened as a page runs nothing and frames nowhere (OWASP's headers for an API).
    if (!headers.has('content-security-policy')) {
      headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    }
    headers.set('X-Frame-Options', 'DENY');
    // OPTIONS (answered by the CORS middleware, preflight or not) says what a path takes.
    if (c.req.method === 'OPTIONS') {
      const allow = methodsAt(c.req.path);
      if (allow.length > 0) headers.set('Allow', allow.join(', '));
    }
    // A HEAD is a GET without its body (Hono drops it afterwards), and says how long the body is,
    // as RFC 9110 has it: a Java or Go back end checking a size, or a proxy, reads it there.
    if (c.req.method === 'HEAD' && c.res.body && !headers.has('content-length')) {
      const length = (await c.res.clone().arrayBuffer()).byteLength;
      c.res.headers.set('Content-Length', String(length));
    }
    // Without a charset, some HTTP libraries decode with their own default (ISO-8859-1 in older
    // Spring RestTemplate string converters), which garbles every Chinese name.
    if (/^application\/json\s*$/i.test(headers.get('content-type') ?? '')) {
      headers.set('Content-Type', 'application/json; charset=utf-8');
    }
    if (options.logRequests) {
      const ms = (performance.now() - started).toFixed(1);
      // A failure's API code too: the on-call developer a partner's support desk hands a request
      // id to sees `409 order_not_cancellable`, not a bare 409 shared by several causes.
      const code = c.res.status >= 400 ? await errorCodeOf(c.res) : undefined;
      log.info(
        `${c.req.method} ${loggablePath(c.req.path)} ${c.res.status}${code ? ` ${code}` : ''} ${ms}ms ${requestId}` +
          replayNote(c.res.headers),
      );
    }
  });

  const corsHeaders = cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowHeaders: [
      'Authorization',
      'Idempotency-Key',
      'Content-Type',
      'Accept-Language',
      SIMULATE_ERROR_HEADER,
      // What a partner's page tracing adds to its calls: Sentry's browser tracing (by default, in
      // its v7, to every URL on localhost, which is where the sandbox runs) and W3C trace context
      // (OpenTelemetry). Not allowed, the preflight failed and every call with it: the elements
      // said they could not reach the API.
      'sentry-trace',
      'baggage',
      'traceparent',
      'tracestate',
    ],
    // Retry-After is not CORS-safelisted: without it here, a page could not see how long a 429
    // or 503 asks it to wait.
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  app.use('*', async (c, next) => {
    // A browser's preflight is answered at any path, so that the call itself reaches the sandbox
    // and the page reads its 404 not_found (a refused preflight is an opaque network error: the
    // client could only say it could not reach the API). A plain OPTIONS (curl, a back end's HTTP
    // client asking what a path takes) at a path nothing lives at is a 404 like any other method.
    if (
      c.req.method === 'OPTIONS' &&
      !c.req.header('access-control-request-method') &&
      methodsAt(c.req.path).length === 0
    ) {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(','));
      return c.json(errorBody('not_found', c.get('locale'), c.get('requestId')), 404);
    }
    return corsHeaders(c, next);
  });

  app.get('/health', (c) => c.json({ ok: true }));
  registerOpenApi(app);
  registerAssets(app, options.db);
  registerEndpoints(app, {
    db: options.db,
    clock,
    handlers: { ...handlers, ...options.handlers } as HandlerMap,
    validateResponses: options.validateResponses ?? process.env.NODE_ENV !== 'production',
    log,
  });

  app.notFound((c) => {
    const allow = methodsAt(c.req.path);
    if (allow.length > 0) {
      c.header('Allow', allow.join(', '));
      return c.json(errorBody('method_not_allowed', c.get('locale'), c.get('requestId')), 405);
    }
    const body = errorBody('not_found', c.get('locale'), c.get('requestId'));
    // A path outside /v1 (`/v2/services`, `/services`): a base URL set without the version, or
    // with another one, read only 'Not found', as if the resource did not exist.
    if (!/^\/(v1|sandbox)(\/|$)/.test(c.req.path)) {
      body.error.details = {
        fields: [
          {
            path: '',
            code: 'unknown_path',
            message:
              c.get('locale') === 'en'
                ? 'The partner API lives under /v1 (GET /v1/services, say): check the base URL'
                : '合作方 API 的路径都以 /v1 开头（如 GET /v1/services）：请检查 base URL',
          },
        ],
      };
    }
    return c.json(body, 404);
  });

  app.onError((error, c) => {
    const locale = c.get('locale') ?? 'zh-CN';
    const requestId = c.get('requestId') ?? newRequestId();
    if (error instanceof ApiError) {
      if (error.closeConnection) c.header('Connection', 'close');
      if (error.retryAfterSeconds !== undefined)
        c.header('Retry-After', String(error.retryAfterSeconds));
      // RFC 9110 requires a challenge on every 401, and Java's HttpClient holds it to that: built
      // with an Authenticator (proxy credentials, as a bank's back end behind its proxy is), it
      // throws IOException 'WWW-Authenticate header missing for response code 401' instead of
      // returning the answer, so session_expired could not be read and no session renewed.
      if (error.status === 401)
        c.header('WWW-Authenticate', bearerChallenge(c.req.header('authorization')));
      return c.json(errorBody(error.code, locale, requestId, error.details), error.status as 400);
    }
    // No stack, and a redacted message: a driver error may quote request data.
    log.error(
      `[sandbox] ${c.req.method} ${loggablePath(c.req.path)} failed (${requestId}): ${error.name}: ${redact(error.message)}`,
    );
    return c.json(errorBody('internal_error', locale, requestId), 500);
  });

  return app;
}
