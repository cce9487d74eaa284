// English texts shared by every element. Loaded by each family's `en` module, never by an
// element itself: a page in Chinese does not download them.
import { baseMessages, localeLoaded, textsMissing, waiting } from './localize.js';

/**
 * `1 point`, `12,800 points`: the count (a number, or already formatted) with its noun in the
 * right number. English catalogues share it so no text reads "1 points".
 */
export const count = (n: number | string, one: string, many = `${one}s`): string =>
  `${n} ${`${n}` === '1' ? one : many}`;

baseMessages.en = {
  retry: 'Retry',
  loading: 'Loading…',
  requestId: (id) => `Reference: ${id}`,
  networkError: 'No connection. Check your internet and try again',
  timeoutError: 'The connection is too slow. Try again in a moment',
  invalidResponse: 'This cannot be shown right now. Try again in a moment',
  sessionError: 'You are no longer signed in. Open this page again',
  notConfigured: 'The element has no service address (api-base) yet',
  unknownError: 'Something went wrong. Try again in a moment',
  serverError: 'Our system is busy. Try again in a moment',
  rateLimited: 'Too many tries. Wait a moment, then try again',
};

// From here on an element asked for English gets it, and reads each of its catalogues in English.
// A catalogue can still lack it: the page imported other entries' `en` but not this element's,
// or imports it later, by itself. The element then shows its own texts in zh-CN among English
// ones: say so once per catalogue, naming the element, and have it wait for more English (each
// family's `en` ends with localeLoaded()).
const warned = new WeakSet<object>();
textsMissing.report = ({ host, locale }, catalogue) => {
  // Those removed meanwhile wait no more: a page that never imports the texts would otherwise
  // keep every element it ever showed (a long session mounts the same families again and again).
  for (const old of waiting) if (!(old as Partial<Node>).isConnected) waiting.delete(old);
  waiting.add(host);
  if (warned.has(catalogue)) return;
  warned.add(catalogue);
  // The entry's own `en`, imported after it, may still be on its way in the same module graph
  // (its elements upgrade when defined): warn only if the texts are still missing after it.
  queueMicrotask(() => {
    if (catalogue[locale]) return;
    console.warn(
      `[jiagong] <${(host as Partial<Element>).localName}> locale "${locale}": import '@jiagong/elements/<entry>/${locale}' (or locales/${locale}) to load its texts; showing zh-CN`,
    );
  });
};

// Elements that were asked for English before this module loaded switch now.
localeLoaded();
