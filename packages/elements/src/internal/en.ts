// English texts shared by every element. Loaded by each family's `en` module, never by an
// element itself: a page in Chinese does not download them.
import { baseMessages, localeLoaded } from './localize.js';

baseMessages.en = {
  retry: 'Retry',
  loading: 'Loading…',
  requestId: (id) => `Request ID: ${id}`,
  networkError: 'Network error. Check your connection and try again',
  timeoutError: 'The request timed out. Try again later',
  invalidResponse: 'The service answered with data we could not read. Try again later',
  sessionError: 'Could not get your member session. Please sign in again',
  notConfigured: 'The element has no service address (api-base) yet',
  unknownError: 'Something went wrong. Try again later',
  serverError: 'Something went wrong on our side. Try again later',
  rateLimited: 'Too many requests. Try again later',
};

// Elements that were asked for English before this module loaded switch now.
localeLoaded();
