import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { createClientFor, type JiagongClient } from '@jiagong/client';
import type { Endpoint } from '@jiagong/contract';
import { clientContext } from './context.js';
import { emitError } from './states.js';

/** What a partner gives to obtain a member session: a token, or a token with its expiry. */
export type SessionToken = string | { token: string; expiresAt?: string };
export type SessionTokenSource = () => Promise<SessionToken>;

/** Part of the contract's endpoint table (`cardEndpoints`, `mallEndpoints` …). */
export type EndpointTable = Readonly<Record<string, Endpoint>>;

/** The element attributes a client can be built from when no `<jg-provider>` is around. */
export interface ClientConfig {
  apiBase?: string;
  publishableKey?: string;
  tokenEndpoint?: string;
  getSessionToken?: SessionTokenSource;
}

/** Raised when the partner's token endpoint or callback cannot produce a session. */
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
 * Fetches a member session from the partner's own endpoint. It runs on the partner's origin
 * with its cookies (`same-origin`), so the partner identifies the member its usual way; the
 * answer `{ token, expiresAt }` stays in memory only.
 */
export function tokenEndpointSource(url: string): SessionTokenSource {
  return async () => {
    const request = (method: 'POST' | 'GET') =>
      fetch(url, {
        method,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        cache: 'no-store',
      });
    let response = await request('POST');
    // Some partners expose the endpoint as a plain GET.
    if (response.status === 405) response = await request('GET');
    if (!response.ok) {
      throw new SessionTokenError(`token endpoint answered ${response.status}`, response.status);
    }
    const body = (await response.json()) as unknown;
    if (
      typeof body === 'object' &&
      body !== null &&
      typeof (body as { token?: unknown }).token === 'string'
    ) {
      const { token, expiresAt } = body as { token: string; expiresAt?: unknown };
      return typeof expiresAt === 'string' ? { token, expiresAt } : { token };
    }
    throw new SessionTokenError('token endpoint answered without a token');
  };
}

type Host = ReactiveControllerHost &
  HTMLElement &
  ClientConfig & {
    /** The locale the API answers in (Accept-Language); a change rebuilds the client. */
    readonly effectiveLocale?: 'zh-CN' | 'en';
  };

/** Raised when an element cannot build its own client (see `JgDataElement.endpoints`). */
export class NotConfiguredError extends Error {
  override name = 'NotConfiguredError';
}

/**
 * Gives an element its client: its own, built from `api-base` / `publishable-key` /
 * `token-endpoint` / `getSessionToken` when it has an `api-base`, otherwise the one the nearest
 * `<jg-provider>` hands down. The host re-renders whenever the client changes, so a Task whose
 * args include `.client` reloads.
 */
export class ClientController implements ReactiveController {
  private _provided: JiagongClient | undefined;
  private _own: JiagongClient | undefined;
  private _ownKey = '';
  private _ownError: unknown;
  private _client: JiagongClient | undefined;

  /**
   * @param endpoints the endpoint families the host calls; a standalone client is built for
   *   these only, so an element's bundle carries just their schemas.
   */
  constructor(
    private readonly host: Host,
    private readonly endpoints?: EndpointTable,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: clientContext,
      subscribe: true,
      callback: (client) => {
        this._provided = client;
        if (this._resolve()) host.requestUpdate();
      },
    });
  }

  /** The client in use, or undefined while nothing configures one. */
  get client(): JiagongClient | undefined {
    return this._client;
  }

  /** Whether the element's own attributes configure a client (rather than a provider). */
  get standalone(): boolean {
    return !!this.host.apiBase;
  }

  // Runs before the host renders and before any Task (added later) reads its args, so a client
  // resolved here is used in this very update: no extra render needed.
  hostUpdate(): void {
    this._resolve();
  }

  /** Picks the client to use; true when it changed. */
  private _resolve(): boolean {
    let next = this._provided;
    if (this.host.apiBase) {
      try {
        next = this._ownClient();
      } catch (error) {
        // A bad key or a missing endpoint table: say so once, on the element, not as an exception.
        next = undefined;
        console.error(`<${this.host.localName}>`, error);
        emitError(this.host, error);
      }
    }
    if (next === this._client) return false;
    this._client = next;
    return true;
  }

  private _ownClient(): JiagongClient {
    const { apiBase = '', publishableKey = '', tokenEndpoint = '', effectiveLocale } = this.host;
    // The locale is part of the key: a new client makes every Task reload in the new language.
    const key = `${apiBase}\n${publishableKey}\n${tokenEndpoint}\n${effectiveLocale ?? ''}`;
    if (key === this._ownKey) {
      if (this._own) return this._own;
      throw this._ownError;
    }
    this._ownKey = key;
    this._own = undefined;
    if (!this.endpoints) {
      this._ownError = new NotConfiguredError(
        `<${this.host.localName}> needs a <jg-provider>: it declares no endpoint table of its own`,
      );
      throw this._ownError;
    }
    const fromEndpoint = tokenEndpoint ? tokenEndpointSource(tokenEndpoint) : undefined;
    // Read the callback at call time: a new function each host render must not rebuild the client.
    const getSessionToken = async (): Promise<SessionToken> => {
      const source = this.host.getSessionToken ?? fromEndpoint;
      if (!source) throw new SessionTokenError('no token-endpoint or getSessionToken configured');
      return source();
    };
    try {
      // The table is a subset of the full one, so the client is the full client's subset too.
      this._own = createClientFor(this.endpoints, {
        baseUrl: apiBase,
        publishableKey: publishableKey || undefined,
        getSessionToken,
        ...(effectiveLocale ? { locale: effectiveLocale } : {}),
      }) as unknown as JiagongClient;
    } catch (error) {
      this._ownError = error;
      throw error;
    }
    return this._own;
  }
}
