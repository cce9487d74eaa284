import { ContextRoot, createContext } from '@lit/context';
import type { JiagongClient } from '@jiagong/client';
import type { Locale } from './localize.js';
import type { Theme } from './theme.js';

/** The client `<jg-provider>` hands to every element below it. */
export const clientContext = createContext<JiagongClient | undefined>(Symbol('jg-client'));

/** Page-wide presentation settings from `<jg-provider>`; an element's own attributes win. */
export interface JgSettings {
  locale?: Locale;
  theme?: Theme;
  senior?: boolean;
  /** The provider's API base, to resolve root-relative URLs the API returns (benefit links …). */
  apiBase?: string;
}
export const settingsContext = createContext<JgSettings>(Symbol('jg-settings'));

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
