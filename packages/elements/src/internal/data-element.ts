import type { PropertyDeclarations } from 'lit';
import {
  ClientController,
  memberSessions,
  type SessionSupport,
  type SessionTokenSource,
} from './client-controller.js';
import type { EndpointTable } from './context.js';
import { JgElement } from './jg-element.js';

/**
 * The attributes a client is configured with: on `<jg-provider>`, or on an element used
 * without one.
 */
export class JgConfigurable<
  EventMap extends object = HTMLElementEventMap,
> extends JgElement<EventMap> {
  // Without decorators, as in JgElement (one decorator helper less in every bundle).
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    tokenEndpoint: { attribute: 'token-endpoint' },
    getSessionToken: { attribute: false },
  };

  /**
   * API base URL, e.g. `https://sandbox.example.com`. Set on `<jg-provider>`, or on an element
   * used without one.
   */
  apiBase: string | undefined;

  /** Publishable key (`pk_…`). Set on `<jg-provider>`, or on an element used without one. */
  publishableKey: string | undefined;

  /**
   * The partner's URL answering `{ token, expiresAt }` for the signed-in member (called with
   * the page's cookies). Set on `<jg-provider>`, or on an element used without one.
   */
  tokenEndpoint: string | undefined;

  /** Callback returning a member session token (e.g. from a WebView bridge); wins over `token-endpoint`. */
  getSessionToken: SessionTokenSource | undefined;
}

/**
 * Base of elements that load data from publishable-key endpoints only (service modules, the
 * union tree …). Inside a `<jg-provider>` they get a client from it (with the provider's member
 * session); on their own they build one from `api-base` and `publishable-key`, and their bundle
 * carries no member-session code. Elements that call member endpoints extend `JgDataElement`.
 */
export class JgPublicDataElement<
  EventMap extends object = HTMLElementEventMap,
> extends JgConfigurable<EventMap> {
  /**
   * The endpoint families this element calls (from `@jiagong/contract`); every element declares
   * its own (one without cannot build a client: its tests fail at once).
   */
  static endpoints: EndpointTable;

  /**
   * How the element's own configuration obtains a member session; none here (declared only: a
   * static field would be assigned outside the class, which bundlers keep even when the class is
   * unused).
   */
  declare protected static readonly sessions?: SessionSupport | undefined;

  /** Its client, built for this class's `endpoints`, with its `sessions`. */
  protected readonly api = new ClientController(this);
}

/**
 * Base of elements that load data. Inside a `<jg-provider>` they get a client from it; on their
 * own they build one from their attributes (`token-endpoint` or `getSessionToken` for the
 * member session). Either way the client covers the endpoint families named by the subclass's
 * `static endpoints` (e.g. `static override endpoints = cardEndpoints`) only, which keeps the
 * other families' schemas out of its bundle.
 */
export class JgDataElement<
  EventMap extends object = HTMLElementEventMap,
> extends JgPublicDataElement<EventMap> {
  protected static override get sessions(): SessionSupport | undefined {
    return memberSessions;
  }
}
