import type { Locale } from '@jiagong/contract';
import { ApiError } from './errors.js';

/**
 * Request header that makes the sandbox answer an error the real API gives under load or in an
 * outage, so a partner can test its retries: the sandbox itself never rate-limits or fails.
 */
export const SIMULATE_ERROR_HEADER = 'Jiagong-Simulate-Error';

/** What may be simulated, with the Retry-After (seconds) each sends. */
const simulated = {
  rate_limited: 1,
  service_unavailable: 1,
  internal_error: undefined,
} as const;

type Simulated = keyof typeof simulated;

/** The error to answer instead of acting, or undefined without the header. */
export function simulatedError(value: string | undefined, locale: Locale): ApiError | undefined {
  if (value === undefined) return undefined;
  const code = value.trim();
  // Own keys only: `constructor` or `toString` must not pass for a code.
  if (!Object.prototype.hasOwnProperty.call(simulated, code)) {
    const allowed = Object.keys(simulated).join(', ');
    return new ApiError('invalid_request', {
      fields: [
        {
          path: SIMULATE_ERROR_HEADER,
          code: 'invalid_value',
          message: locale === 'zh-CN' ? `可选：${allowed}` : `Must be one of: ${allowed}`,
        },
      ],
    });
  }
  const retryAfterSeconds = simulated[code as Simulated];
  const error = new ApiError(
    code as Simulated,
    retryAfterSeconds === undefined ? undefined : { retryAfterSeconds },
  );
  error.retryAfterSeconds = retryAfterSeconds;
  return error;
}
