import { VERSION } from '@jiagong/client';

/**
 * The channel a consent or its withdrawal is recorded with: the host app's name (`channel`),
 * else the page's host, and the SDK version, within the API's 100 characters.
 */
export const consentChannel = (channel: string | undefined) =>
  `${channel || location.host || 'web'} @jiagong/elements/${VERSION}`.slice(0, 100);
