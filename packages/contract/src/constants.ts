/** The sandbox's fixed, documented test keys. They only work against the sandbox. */
export const SANDBOX_PUBLISHABLE_KEY = 'pk_test_jiaxing';
/** The sandbox's secret key: for partner back ends only, never in a browser. */
export const SANDBOX_SECRET_KEY = 'sk_test_jiaxing';

/** Lifetime of a member session token. */
export const SESSION_TTL_SECONDS = 15 * 60;

/**
 * How long the API keeps an `Idempotency-Key`: the same key within it replays the first answer;
 * after it, the key is a new request.
 */
export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60;

/** Header names of the wire protocol. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/**
 * The response header with the API's request id (`JiagongError.requestId`): quote it to support.
 */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** API version prefix; every endpoint lives under it. */
export const API_VERSION = 'v1';

/** Largest request body the API accepts, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;
