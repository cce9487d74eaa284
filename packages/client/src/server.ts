import { endpoints, type Endpoints } from '@jiagong/contract';
import { buildMethods, type ClientOf, type SecretEndpoints } from './methods.js';
import { createTransport } from './transport.js';
import type { ServerClientOptions } from './types.js';

/**
 * The client `createServerClient` returns: the secret-key endpoints (`sessions.create`,
 * `cardVerifications.create`, `sandbox.*`). What each method takes and returns:
 * {@link ResponseTypes}, {@link BodyTypes}.
 *
 * @interface
 */
export type JiagongServerClient = ClientOf<SecretEndpoints<Endpoints>>;

/**
 * Creates the client for a partner's back end, with the secret-key endpoints: mint member
 * sessions (`sessions.create`), check a member's verification code (`cardVerifications.create`)
 * and, against the sandbox, `sandbox.*`. Throws when it finds itself in a browser: a secret key
 * must never be shipped to one.
 *
 * @example
 * ```ts
 * import { createServerClient } from '@jiagong/client';
 *
 * const jiagong = createServerClient({
 *   baseUrl: 'https://sandbox.jiagong.example',
 *   secretKey: process.env.JIAGONG_SECRET_KEY!,
 * });
 * // In your route that the browser's getSessionToken() calls:
 * const { token, expiresAt } = await jiagong.sessions.create({ memberId: 'm_1001' });
 * ```
 */
export function createServerClient(options: ServerClientOptions): JiagongServerClient {
  const { baseUrl, secretKey } = options;
  if (
    typeof window !== 'undefined' &&
    typeof document !== 'undefined' &&
    String(secretKey).startsWith('sk_')
  ) {
    throw new Error(
      'Jiagong: createServerClient was called in a browser with a secret key. Secret keys must ' +
        'stay on your server; the browser uses createClient with a publishable key and a ' +
        'member session minted by your server.',
    );
  }
  if (!String(secretKey).startsWith('sk_')) {
    throw new TypeError(
      String(secretKey).startsWith('pk_')
        ? 'Jiagong: createServerClient needs your secret key (sk_…), not a publishable key'
        : // Mostly an environment variable that is not set where the server runs.
          !secretKey
          ? `Jiagong: createServerClient got no secretKey (${JSON.stringify(secretKey)}): ` +
            'is the environment variable you read it from set where this runs?'
          : 'Jiagong: secretKey must start with sk_',
    );
  }
  // A key copied from a wrapped e-mail, PDF or chat may hold a line break: fetch then refuses the
  // Authorization header on every call with a TypeError quoting it, the secret key into the
  // partner's logs and error tracker. A space or a non-ASCII character inside fails every call
  // as well (401, or a TypeError about a ByteString). Around the key, fetch drops them.
  if (!/^[\t\n\r ]*[\x21-\x7e]+[\t\n\r ]*$/.test(secretKey)) {
    throw new TypeError(
      'Jiagong: secretKey holds a line break, a space or a non-ASCII character (copied from a ' +
        'wrapped e-mail or a chat?): copy it again as one line. It is not quoted here.',
    );
  }
  // Mostly `process.env.JIAGONG_API_BASE!` unset where the server runs, as with the key above.
  if (!baseUrl) {
    throw new TypeError(
      `Jiagong: createServerClient got no baseUrl (${JSON.stringify(baseUrl)}): is the ` +
        "environment variable you read it from set where this runs? It is the API's origin, " +
        'e.g. https://api.jiagong.example or, for the sandbox, http://localhost:4010',
    );
  }
  // fetch refuses such a URL on every call with an error quoting it, password included, into the
  // partner's logs and error tracker: refuse it once, without repeating it.
  if (/^[^/?#]*\/\/[^/?#]*@/.test(baseUrl)) {
    throw new TypeError(
      'Jiagong: baseUrl must not hold a user name or password (fetch refuses them); put them in ' +
        'a header of a proxy of yours instead',
    );
  }
  // A back end has no page to resolve a URL against: without a scheme every call fails as a
  // network error ('unknown scheme') or a bare TypeError. With /v1 (every path starts with it),
  // each call answers 404 not_found, which sessions.create also answers for an unknown member.
  // Neither quotes the value: it may be a key put in the wrong option.
  const problem = !/^https?:\/\/[^/?#]/i.test(baseUrl)
    ? 'must be an absolute http(s) URL'
    : /\/v1\/*$/i.test(baseUrl)
      ? 'must not end with /v1: each method adds /v1/… to it'
      : '';
  if (problem) {
    throw new TypeError(
      `Jiagong: baseUrl ${problem}, e.g. https://api.jiagong.example or, for the sandbox, ` +
        'http://localhost:4010',
    );
  }
  // axios' `timeout: 0` (no timeout) timed every attempt out at once here, reported as
  // 'sessions.create got no response in time', and one above setTimeout's limit (Infinity)
  // threw ky's RangeError on every call.
  const { timeout } = options;
  if (timeout !== undefined && !(timeout > 0 && timeout <= 2 ** 31 - 1)) {
    throw new TypeError(
      `Jiagong: timeout is the ms each attempt may take, from 1 to ${2 ** 31 - 1}: ` +
        `${String(timeout)} does not turn it off (leave it out for 10 s)`,
    );
  }
  return buildMethods(endpoints, createTransport(options, secretKey), true) as JiagongServerClient;
}
