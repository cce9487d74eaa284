import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { createClient, type JiagongClient } from '@jiagong/client';
import { clientContext } from './context.js';

/** What a partner gives to obtain a member session: a token, or a token with its expiry. */
export type SessionToken = string | { token: string; expiresAt?: string };
export type SessionTokenSource = () => Promise<SessionToken>;

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

type Host = ReactiveControllerHost & HTMLElement & ClientConfig;

/**
 * Gives an element its client: its own, built from `api-base` / `publishable-key` /
 * `token-endpoint` / `getSessionToken` when it has an `api-base`, otherwise the one the nearest
 * `<jg-provider>` hands down. The host re-renders whenever the client changes, so a Task whose
 * args include `.client` reloads.
 */
export class ClientController implements ReactiveController {
  #provided: JiagongClient | undefined;
  #own: JiagongClient | undefined;
  #ownKey = '';
  #client: JiagongClient | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
    new ContextConsumer(host, {
      context: clientContext,
      subscribe: true,
      callback: (client) => {
        this.#provided = client;
        this.#resolve();
      },
    });
  }

  /** The client in use, or undefined while nothing configures one. */
  get client(): JiagongClient | undefined {
    return this.#client;
  }

  /** Whether the element's own attributes configure a client (rather than a provider). */
  get standalone(): boolean {
    return !!this.host.apiBase;
  }

  hostUpdate(): void {
    this.#resolve();
  }

  #resolve(): void {
    const next = this.host.apiBase ? this.#ownClient() : this.#provided;
    if (next === this.#client) return;
    this.#client = next;
    this.host.requestUpdate();
  }

  #ownClient(): JiagongClient {
    const { apiBase = '', publishableKey = '', tokenEndpoint = '' } = this.host;
    const key = `${apiBase}\n${publishableKey}\n${tokenEndpoint}`;
    if (this.#own && key === this.#ownKey) return this.#own;
    this.#ownKey = key;
    const fromEndpoint = tokenEndpoint ? tokenEndpointSource(tokenEndpoint) : undefined;
    // Read the callback at call time: a new function each host render must not rebuild the client.
    const getSessionToken = async (): Promise<SessionToken> => {
      const source = this.host.getSessionToken ?? fromEndpoint;
      if (!source) throw new SessionTokenError('no token-endpoint or getSessionToken configured');
      return source();
    };
    this.#own = createClient({ baseUrl: apiBase, publishableKey, getSessionToken });
    return this.#own;
  }
}
