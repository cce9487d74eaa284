import { ContextRoot, createContext } from '@lit/context';
import type { JiagongClient } from '@jiagong/client';
import type { Endpoint } from '@jiagong/contract';
import type { Locale } from './localize.js';
import type { Theme } from './theme.js';

/** Part of the contract's endpoint table (`cardEndpoints`, `mallEndpoints` …). */
export type EndpointTable = Readonly<Record<string, Endpoint>>;

/**
 * What `<jg-provider>` hands down: a client for the endpoint families an element calls, in its
 * language. Each element asks for its own families only, so no bundle carries another
 * family's schemas because a provider is on the page.
 */
export interface ClientSource {
  clientFor(endpoints: EndpointTable, locale: Locale): JiagongClient;
}

/**
 * The client source of the nearest `<jg-provider>`, or a client itself: an app's own
 * (`provider.client = createClient(…)`), or the one a composite element (`<jg-points-mall>`,
 * `<jg-loan-application>`) shares with the elements it renders.
 */
export type ProvidedClient = JiagongClient | ClientSource;
// Keys are strings, not symbols: a page may hold two copies of the SDK (the CDN script and an npm
// bundle, two partners' widgets), and an element of one must still find the other's provider. A
// change to what is handed down that older copies cannot read needs a new key.
export const clientContext = createContext<ProvidedClient | undefined>('jg-client');

export function isClientSource(value: ProvidedClient | undefined): value is ClientSource {
  return typeof (value as Partial<ClientSource> | undefined)?.clientFor === 'function';
}

/** Page-wide presentation settings from `<jg-provider>`; an element's own attributes win. */
export interface JgSettings {
  locale?: Locale;
  theme?: Theme;
  senior?: boolean;
  /** The provider's API base, to resolve root-relative URLs the API returns (benefit links …). */
  apiBase?: string;
}
export const settingsContext = createContext<JgSettings>('jg-settings');

let root: ContextRoot | undefined;

/**
 * Elements may upgrade before the `<jg-provider>` around them is defined (separate entry
 * points, lazy CDN loading). A context root on the document keeps their requests and replays
 * them once a provider appears.
 */
export function ensureContextRoot(): void {
  if (root || typeof document === 'undefined') return;
  root = new ContextRoot();
  root.attach(document.documentElement);
}
