import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  createClientWithSession,
  createMemberSession,
  NetworkError,
  type JiagongClient,
  type MemberSession,
  type SessionTokenResult,
} from '@jiagong/client';
import {
  clientContext,
  isClientSource,
  type ClientSource,
  type EndpointTable,
  type ProvidedClient,
} from './context.js';
import type { Locale } from './localize.js';
import { emitError } from './states.js';

/**
 * What a partner's `getSessionToken` gives: a token, or a token with its expiry (ISO 8601 text,
 * epoch ms or a Date, as the client takes it). The token endpoint's JSON has the text form only.
 */
export type SessionToken = SessionTokenResult;
/** Returns the member's session, at once or as a promise; `null` (or throwing): nobody signed in. */
export type SessionTokenSource = () => Promise<SessionToken | null> | SessionToken | null;

/** The element attributes a client can be built from when no `<jg-provider>` is around. */
export interface ClientConfig {
  apiBase?: string;
  publishableKey?: string;
  tokenEndpoint?: string;
  getSessionToken?: SessionTokenSource;
}

/**
 * How a configuration obtains its member session. A separate function so that elements calling
 * publishable-key endpoints only (`JgPublicDataElement`) leave it, the token-endpoint fetch and
 * the session renewal out of their bundles.
 */
export type SessionSupport = (config: ClientConfig) => MemberSession;

/**
 * Raised when neither a token endpoint nor a callback is configured, or when the partner's token
 * endpoint gives no session (an error status, or an answer without a token). Like a callback's
 * own error, it reaches the element as the `cause` of the member session's `AuthError`.
 */
export class SessionTokenError extends Error {
  override name = 'SessionTokenError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * The member session of a configuration: `getSessionToken` when set (read at call time, so a
 * new callback each host render rebuilds nothing), else the `token-endpoint`. That endpoint is
 * called on the partner's origin with its cookies (`same-origin`), so the partner identifies
 * the member its usual way; its answer `{ token, expiresAt }` stays in memory only.
 */
export const memberSessions: SessionSupport = (config) => {
  const url = config.tokenEndpoint;
  return createMemberSession(async () => {
    const source = config.getSessionToken;
    if (source) return source();
    if (!url) throw new SessionTokenError('no token-endpoint or getSessionToken configured');
    // Unreachable (offline, a tunnel), or silent for 10 s (a gateway that took the request and
    // hangs: else the elements load for good): a network error naming the endpoint, which a retry
    // or the network's return mends, not a lost login. (AbortSignal.timeout: Chrome 103, Safari
    // 16; an older WebView waits as before.)
    const unreachable = (error: unknown): never => {
      throw new NetworkError(url, undefined, error);
    };
    const request = (method: string) =>
      fetch(url, {
        // fetch's default `credentials`, 'same-origin', sends the page's cookies to this origin only.
        method,
        headers: { accept: 'application/json' },
        cache: 'no-store',
        signal: AbortSignal.timeout?.(1e4),
      }).catch(unreachable);
    let response = await request('POST');
    // Some partners expose the endpoint as a plain GET.
    if (response.status === 405) response = await request('GET');
    const { status } = response;
    // The documented answer only, `{ token, expiresAt }` as `POST /v1/sessions` gave them: a bare
    // JSON string is no answer, and an expiry that is not a string is left out (renewal then
    // waits for a 401) rather than read as epoch ms: epoch seconds would read as 1970, and every
    // call would fetch a new token. A body cut off or stalled (the 10 s are up mid-way) is the
    // network's failure as well; only a body that is not JSON is no answer.
    const { token, expiresAt } =
      (response.ok && JSON.parse(await response.text().catch(unreachable))) || {};
    if (typeof token != 'string') {
      throw new SessionTokenError(`token endpoint answered ${status} without a token`, status);
    }
    return { token, expiresAt: typeof expiresAt == 'string' ? expiresAt : undefined };
  });
};

/** Raised when an element has no `<jg-provider>` around it and no `api-base` (unconfigured.ts). */
export class NotConfiguredError extends Error {
  override name = 'NotConfiguredError';
}

/**
 * Clients built from configuration attributes (an element's own, or `<jg-provider>`'s): one
 * member session for all of them (when `sessions` is given), one client per endpoint table and
 * locale, each built when first asked for. `clientFor` throws for a bad key (TypeError).
 */
function configuredSource(config: ClientConfig, sessions?: SessionSupport): ClientSource {
  const { apiBase = '', publishableKey } = config;
  const session = sessions?.(config);
  const clients = new Map<EndpointTable, Partial<Record<Locale, JiagongClient>>>();
  return {
    clientFor(endpoints, locale) {
      let byLocale = clients.get(endpoints);
      if (!byLocale) clients.set(endpoints, (byLocale = {}));
      // The table is a subset of the full one, so the client is the full client's subset too.
      return (byLocale[locale] ??= createClientWithSession(endpoints, {
        baseUrl: apiBase,
        publishableKey: publishableKey || undefined,
        session,
        locale,
      }) as unknown as JiagongClient);
    },
  };
}

/**
 * Remembers the configured source of the last configuration it was given: the same api-base,
 * publishable key and token endpoint keep their clients and member session, a change starts new
 * ones. (`getSessionToken` is read when a token is needed, so a new callback changes nothing.)
 * Without `sessions`, the sources make publishable-key calls only.
 */
export function configuredSources(
  sessions?: SessionSupport,
): (config: ClientConfig) => ClientSource {
  let key: string | undefined;
  let source!: ClientSource;
  return (config) => {
    const next = `${config.apiBase}\n${config.publishableKey}\n${config.tokenEndpoint}`;
    // `next` is never undefined: the first call always builds a source.
    if (next !== key) {
      key = next;
      source = configuredSource(config, sessions);
    }
    return source;
  };
}

type Host = ReactiveControllerHost &
  HTMLElement &
  ClientConfig & {
    /** The locale the API answers in (Accept-Language); a change switches the client. */
    readonly effectiveLocale: Locale;
  };

/** What the controller reads of its host's class (the data elements' statics). */
interface HostClass {
  /**
   * The endpoint families the host calls; its clients are built for these only, so an element's
   * bundle carries just their schemas.
   */
  endpoints: EndpointTable;
  /**
   * How the host's own configuration obtains member sessions (see `memberSessions`); without it
   * a standalone host calls publishable-key endpoints only.
   */
  sessions?: SessionSupport;
}

/**
 * Gives an element its client: its own, built from `api-base` / `publishable-key` /
 * `token-endpoint` / `getSessionToken` when it has an `api-base`, otherwise the one the nearest
 * `<jg-provider>` (or composite element) hands down. The host re-renders whenever the client
 * changes, so a Task whose args include `.client` reloads.
 */
export class ClientController implements ReactiveController {
  private _provided: ProvidedClient | undefined;
  private readonly _own: (config: ClientConfig) => ClientSource;
  /** The source and locale last asked for a client, and its answer. */
  private _asked: [ClientSource?, Locale?, JiagongClient?] = [];
  private _client: JiagongClient | undefined;
  /**
   * The session the client is of: the source it came from (`<jg-provider>`'s, or the host's own
   * attributes'), or the client itself when a plain one is handed down (an app's own). A
   * composite hands this down to the elements it renders, so they tell sessions as it does.
   */
  session?: ProvidedClient;
  /**
   * True in the host update whose session is another one: the app signed another member in (a
   * new source, a new client of its own), in whatever locale, so the host forgets what the
   * previous member typed, revealed or sent. A language switch (the same source's client in
   * another locale) keeps the session: what was typed stays. The first client starts none. Read
   * in `update()`.
   */
  newSession?: boolean;

  /** The endpoint families the host calls (its class's `endpoints`). */
  private readonly endpoints: EndpointTable;

  /** Reads the host's class: see {@link HostClass}. */
  constructor(private readonly host: Host) {
    const { endpoints, sessions } = host.constructor as unknown as HostClass;
    this.endpoints = endpoints;
    this._own = configuredSources(sessions);
    host.addController(this);
    new ContextConsumer(host, {
      context: clientContext,
      subscribe: true,
      callback: (provided) => {
        this._provided = provided;
        // Picked in the update: see hostUpdate.
        host.requestUpdate();
      },
    });
  }

  /** The client in use, or undefined while nothing configures one. */
  get client(): JiagongClient | undefined {
    return this._client;
  }

  // Picks the client to use, and tells another session from a language switch. Runs before the
  // host renders and before any Task (added later) reads its args, so a client picked here is
  // used in this very update. Here, not in the context callback: an element inside a composite
  // may get the composite's new client before its new locale (a locale set on the composite
  // reaches it in the composite's render); the locale read here is the one this update renders in.
  hostUpdate(): void {
    const { host, _asked: asked } = this;
    const provided = host.apiBase ? this._own(host) : this._provided;
    const locale = host.effectiveLocale;
    let next = provided as JiagongClient | undefined;
    if (isClientSource(provided)) {
      if (provided !== asked[0] || locale !== asked[1]) {
        let client: JiagongClient | undefined;
        try {
          client = provided.clientFor(this.endpoints, locale);
        } catch (error) {
          // A bad key or a missing endpoint table: say so once, on the element, not as an exception.
          console.error(`<${host.localName}>`, error);
          emitError(host, error);
        }
        this._asked = [provided, locale, client];
      }
      next = this._asked[2];
    }
    this.newSession = provided != this.session && this._client != null;
    this.session = provided;
    this._client = next;
  }
}
