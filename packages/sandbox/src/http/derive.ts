import { IDEMPOTENCY_KEY_HEADER, endpoints, unknownAnswerValues } from '@jiagong/contract';
import type { Endpoint, EndpointName, FieldIssue, Locale } from '@jiagong/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/db.js';
import type { TestClock } from '../domain/clock.js';
import { typedCode } from '../handlers/member.js';
import type { HandlerContext, HandlerMap } from '../handlers/types.js';
import { authenticate, checkSessionStands } from './auth.js';
import type { Principal } from './auth.js';
import { decompressBody, parseJson, readBody } from './body.js';
import { publicOrigin } from './public-origin.js';
import type { AppEnv, Logger } from './context.js';
import { ApiError, errorBody, validationError } from './errors.js';
import { isValidIdempotencyKey, requestHash, runIdempotent } from './idempotency.js';
import { endpointModules } from './modules.js';
import { SIMULATE_ERROR_HEADER, simulatedError } from './simulate.js';
import type { StoredOutcome } from './idempotency.js';
import { issuesToFields, parseOrThrow } from './validation.js';

export interface RouteDeps {
  db: Db;
  /** The sandbox's test clock: every request's `now`. */
  clock: TestClock;
  handlers: HandlerMap;
  /** Check every response against the contract (development/test): drift becomes a 500. */
  validateResponses: boolean;
  log: Logger;
}

/** `/v1/me/orders/{id}` → `/v1/me/orders/:id`. */
export function toHonoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** A handler answered something the contract does not allow. */
export class ContractDriftError extends Error {
  override name = 'ContractDriftError';
}

/** Registers one route per entry of the contract's endpoint table. */
export function registerEndpoints(app: Hono<AppEnv>, deps: RouteDeps): void {
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const endpoint: Endpoint = endpoints[name];
    app.on(endpoint.method, toHonoPath(endpoint.path), (c) => handle(c, name, endpoint, deps));
  }
}

const routes = (Object.values(endpoints) as Endpoint[]).map((endpoint) => ({
  method: endpoint.method,
  pattern: new RegExp(`^${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
}));

/**
 * The methods the contract serves at a path (with HEAD beside GET and OPTIONS for CORS), for a
 * 405's `Allow`; empty when no endpoint lives there.
 */
export function allowedMethods(path: string): string[] {
  const methods = new Set<string>(routes.filter((r) => r.pattern.test(path)).map((r) => r.method));
  if (methods.size === 0) return [];
  if (methods.has('GET')) methods.add('HEAD');
  methods.add('OPTIONS');
  return [...methods];
}

/**
 * One value per query parameter. An empty one (`status=`) is none: a URI template with a null
 * value (Spring's RestTemplate, `?status={status}`) sends it for an unset filter, which would
 * otherwise answer 422 ("must not be empty", or `limit=` read as 0: "must be at least 1"). A
 * parameter given twice with two values answers 400 naming it: the first was taken silently, so a
 * back end that appended `&limit=100` to a URL holding `limit=20` got 20 rows and no sign, and
 * `category=a&category=b` listed `a` only, as if `b` had nothing. The same value twice is one; a
 * parameter the endpoint does not take is ignored, repeated or not (a tracking tag, say).
 */
function singleValues(
  queries: Record<string, string[]>,
  taken: ReadonlySet<string>,
  locale: Locale,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, given] of Object.entries(queries)) {
    const values = [...new Set(given.filter((value) => value !== ''))];
    if (values.length > 1 && taken.has(key)) {
      const name = key.slice(0, 40);
      throw new ApiError('invalid_request', {
        fields: [
          {
            path: key.slice(0, 200),
            code: 'repeated',
            message:
              locale === 'zh-CN'
                ? `查询参数 ${name} 只能给一个值（收到 ${values.length} 个不同的值）：只保留一个`
                : `Give ${name} once (it came with ${values.length} different values): keep one`,
          },
        ],
      });
    }
    if (values[0] !== undefined) out[key] = values[0];
  }
  return out;
}

/** The query parameters an endpoint takes: the keys of its contract query object. */
function queryNames(endpoint: Endpoint): ReadonlySet<string> {
  const shape = (endpoint.query?._zod.def as { shape?: Record<string, unknown> } | undefined)
    ?.shape;
  return new Set(shape ? Object.keys(shape) : []);
}

/**
 * The query parameters an endpoint reads as numbers (`limit`, `maxPoints`): the contract coerces
 * them as JavaScript's Number() does, which reads `0x10` as 16, `1e2` as 100 and ` 5` as 5, so a
 * back end building `limit` wrongly got rows instead of a 422 naming it. Only decimal digits (a
 * sign, a fraction: the schema's own checks answer those) reach the schema.
 */
function badNumbers(
  endpoint: Endpoint,
  query: Record<string, string>,
  locale: Locale,
): FieldIssue[] {
  type Def = { type: string; innerType?: { _zod: { def: unknown } } };
  const shape = (
    endpoint.query?._zod.def as { shape?: Record<string, { _zod: { def: unknown } }> } | undefined
  )?.shape;
  const fields: FieldIssue[] = [];
  for (const [key, value] of Object.entries(query)) {
    let def = shape?.[key]?._zod.def as Def | undefined;
    if (def?.type === 'optional') def = def.innerType?._zod.def as Def | undefined;
    if (def?.type !== 'number' || /^-?\d+(\.\d+)?$/.test(value)) continue;
    fields.push({
      path: key,
      code: 'invalid_type',
      message:
        locale === 'zh-CN'
          ? '应为十进制数字（如 20），不接受十六进制、指数写法或空格'
          : 'Expected a number in decimal digits (20, say): no hex, exponent or spaces',
    });
  }
  return fields;
}

async function handle(
  c: Context<AppEnv>,
  name: EndpointName,
  endpoint: Endpoint,
  deps: RouteDeps,
): Promise<Response> {
  // The test clock as the database holds it: another sandbox on the same database, or this one
  // before a restart, may have moved it.
  await deps.clock.load(deps.db);
  const now = deps.clock.now();
  const locale = c.get('locale');
  const requestId = c.get('requestId');

  const rawBody = endpoint.method === 'GET' ? Buffer.alloc(0) : await readBody(c.req.raw);
  const principal = await authenticate(
    deps.db,
    c.req.header('authorization'),
    endpoint.auth,
    now,
    locale,
    // Browsers send Origin on every cross-origin call; back ends (curl, Java, Go, Node's fetch)
    // do not. (Sec-Fetch-Mode is no sign: Node's fetch sends it too.)
    c.req.header('origin') !== undefined,
  );
  // A session reaches the member's data of its partner's enabled modules only.
  const module = endpointModules[name];
  if (module && principal.kind === 'session' && !principal.partner.modules.includes(module)) {
    throw new ApiError('forbidden');
  }
  // After auth, as a real rate limit counts per key; before anything is read or done.
  const simulated = simulatedError(c.req.header(SIMULATE_ERROR_HEADER), locale);
  if (simulated) throw simulated;
  const params = c.req.param() as Record<string, string>;
  const rawQuery = singleValues(c.req.queries(), queryNames(endpoint), locale);
  const json = endpoint.body
    ? parseJson(
        decompressBody(rawBody, c.req.header('content-encoding'), locale),
        c.req.header('content-type'),
        locale,
      )
    : undefined;
  // Postgres text cannot hold U+0000, and jsonb refuses a lone surrogate (`"\ud800"`, half an
  // emoji cut by a maxlength); JSON nested thousands deep overflows the stack of whatever walks it
  // next. Refuse them up front instead of failing later with a 500.
  const bad = badInput(params) ?? badInput(rawQuery) ?? badInput(json);
  if (bad !== null) {
    const [path, problem] = bad;
    throw new ApiError('invalid_request', {
      fields: [
        {
          path: path.slice(0, 200),
          code: problem === 'depth' ? 'too_deep' : 'invalid_string',
          message: badInputMessages[problem][locale === 'zh-CN' ? 0 : 1],
        },
      ],
    });
  }
  const notDecimal = badNumbers(endpoint, rawQuery, locale);
  if (endpoint.query && notDecimal.length) {
    // With what the schema finds in the other parameters, in one answer.
    const named = new Set(notDecimal.map((field) => field.path));
    const rest = Object.fromEntries(Object.entries(rawQuery).filter(([key]) => !named.has(key)));
    const others = endpoint.query.safeParse(rest, { reportInput: true });
    throw validationError([
      ...notDecimal,
      ...(others.success ? [] : issuesToFields(others.error.issues, locale)),
    ]);
  }
  const query = endpoint.query ? parseOrThrow(endpoint.query, rawQuery, locale) : undefined;
  const body = endpoint.body ? parseOrThrow(endpoint.body, json, locale) : undefined;

  const run = async (db: Db): Promise<StoredOutcome> => {
    const ctx = {
      db,
      now,
      clock: deps.clock,
      locale,
      origin: publicOrigin(c.req.raw),
      requestId,
      partner: principal.partner,
      memberId: principal.memberId,
      params,
      query,
      body,
    };
    const handler = deps.handlers[name] as (ctx: HandlerContext<EndpointName>) => Promise<unknown>;
    const result = await handler(ctx as unknown as HandlerContext<EndpointName>);
    if (deps.validateResponses) checkResponse(name, endpoint, result, deps.log);
    return { kind: 'ok', status: endpoint.status ?? 200, body: result };
  };
  // A member's write runs in one transaction that first checks its session is still there: a
  // POST /sandbox/reset between its authentication and its write (a partner's tests resetting
  // while another's order still ran) took the session with the data, and the write would land on
  // the fresh seed, which the reset was to leave as seeded.
  const call =
    principal.kind === 'session' && endpoint.method !== 'GET'
      ? (db: Db) =>
          db.transaction(async (tx) => {
            await checkSessionStands(tx, principal.tokenHash);
            return run(tx);
          })
      : run;

  const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
  if (endpoint.idempotencyKey && key !== undefined) {
    if (!isValidIdempotencyKey(key)) {
      throw new ApiError('invalid_request', {
        fields: [
          {
            path: IDEMPOTENCY_KEY_HEADER,
            code: 'invalid_format',
            message:
              locale === 'zh-CN'
                ? '须为 1 至 255 个可打印 ASCII 字符（不含空格），如 UUID'
                : 'Must be 1 to 255 printable ASCII characters (no spaces), e.g. a UUID',
          },
        ],
      });
    }
    const { outcome, replayed } = await runIdempotent(
      deps.db,
      {
        memberId: scopeOf(principal),
        endpoint: name,
        key,
        requestHash: requestHash({ params, body: sameRequest(name, body) ?? null }),
        now,
        locale,
        // Times a wait in real time: a move of the test clock must not cut it short.
        clock: () => deps.clock.real(),
      },
      call,
    );
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return respond(c, outcome);
  }
  return respond(c, await call(deps.db));
}

/**
 * The body an Idempotency-Key's request is compared by: what the handler reads, where it reads
 * several typings as one value. A merchant's back end that retries a card verification after a
 * timeout may send the code as the cashier typed it again (in groups, full-width): the same code,
 * so the same check, answered from the first rather than 422 idempotency_key_reused.
 */
function sameRequest(name: EndpointName, body: unknown): unknown {
  if (name === 'cardVerifications.create') {
    const { code, ...rest } = body as { code: string };
    return { ...rest, code: typedCode(code) };
  }
  return body;
}

/** U+0000, or a surrogate that is not half of a pair. */
// eslint-disable-next-line no-control-regex -- U+0000 is what it looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Deepest nesting of objects and arrays a request may send (the loan draft's is 3). */
const MAX_DEPTH = 32;

type BadInput = 'nul' | 'surrogate' | 'depth';

const badInputMessages: Record<BadInput, [zh: string, en: string]> = {
  nul: ['文本不能包含 NUL 字符（U+0000）', 'Text must not contain the NUL character (U+0000)'],
  surrogate: [
    '文本含有不完整的字符（孤立的 UTF-16 代理项），请删除后重新输入',
    'Text holds half a character (a lone UTF-16 surrogate): delete it and type it again',
  ],
  depth: [
    `嵌套层级过深（最多 ${MAX_DEPTH} 层）`,
    `Nested too deeply (at most ${MAX_DEPTH} levels of objects and arrays)`,
  ],
};

/**
 * The dotted path of the first string or key Postgres cannot store (see UNSTORABLE), or of the
 * first value nested deeper than MAX_DEPTH, with what is wrong; null when nothing is. Iterative,
 * so a deeply nested body cannot overflow the stack here.
 */
function badInput(root: unknown): [path: string, problem: BadInput] | null {
  const stack: [unknown, string, number][] = [[root, '', 0]];
  const text = (value: string, path: string): [string, BadInput] | null => {
    const match = UNSTORABLE.exec(value);
    return match ? [path, match[0] === '\u0000' ? 'nul' : 'surrogate'] : null;
  };
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const hit = text(value, path);
      if (hit) return hit;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_DEPTH) return [path, 'depth'];
      for (const [key, item] of Object.entries(value)) {
        const hit = text(key, path);
        if (hit) return hit;
        stack.push([item, path ? `${path}.${key}` : key, depth + 1]);
      }
    }
  }
  return null;
}

/**
 * Whose keys an Idempotency-Key is one of: a member's within one partner, or a partner's own. Two
 * partners of one member (the bank app, the employer's intranet) each pick keys their own way:
 * the same key from both is two requests, never the other partner's order replayed.
 */
function scopeOf(principal: Principal): string {
  return principal.memberId === null
    ? `partner:${principal.partner.id}`
    : `${principal.partner.id}/${principal.memberId}`;
}

function respond(c: Context<AppEnv>, outcome: StoredOutcome): Response {
  if (outcome.kind === 'ok') {
    return c.json(outcome.body as object, outcome.status as 200);
  }
  return c.json(
    errorBody(outcome.code, outcome.locale ?? c.get('locale'), c.get('requestId'), outcome.details),
    outcome.status as 400,
  );
}

/**
 * Partners develop against the sandbox as the reference of today's API: besides the schema, an
 * answer's open fields (which parse any string, so that a pinned SDK reads values a newer API
 * adds) must hold today's values only, or a typo such as `status: 'shiped'` would reach them.
 */
function checkResponse(name: EndpointName, endpoint: Endpoint, value: unknown, log: Logger): void {
  const result = endpoint.response.safeParse(value);
  const problems = result.success
    ? unknownAnswerValues(endpoint.response, result.data).map(
        ({ path, value: sent, known }) =>
          `${path}: ${JSON.stringify(sent)} is not one of today's values (${known.join(', ')})`,
      )
    : issuesToFields(result.error.issues, 'en').map(
        (field) => `${field.path || '(root)'}: ${field.message}`,
      );
  if (problems.length === 0) return;
  const where = problems.slice(0, 5).join('; ');
  log.error(`[sandbox] response of ${name} does not match the contract: ${where}`);
  throw new ContractDriftError(`response of ${name} does not match the contract`);
}
