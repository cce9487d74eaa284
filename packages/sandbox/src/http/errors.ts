import { errorCatalogue, errorMessage } from '@jiagong/contract';
import type { ErrorBody, ErrorCode, FieldIssue, Locale } from '@jiagong/contract';

export type ErrorDetails = NonNullable<ErrorBody['error']['details']>;

/** A failure the client caused or may act on; anything else thrown becomes internal_error. */
export class ApiError extends Error {
  readonly status: number;
  /** Ask the client not to reuse the connection (we stopped reading its request body). */
  closeConnection = false;
  /** Sent as `Retry-After` (429, 503). */
  retryAfterSeconds: number | undefined;
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetails,
  ) {
    super(code);
    this.name = 'ApiError';
    this.status = errorCatalogue[code].status;
  }
}

export function validationError(fields: FieldIssue[]): ApiError {
  return new ApiError('validation_failed', { fields });
}

export function notFound(): ApiError {
  return new ApiError('not_found');
}

/**
 * 404 for an id the request body names (`memberId`, `productId`): the field says it is the id
 * that is unknown, not the endpoint, which a bare 404 leaves a developer to guess. An id with
 * spaces around it (read from a fixed-width CHAR column, as bank databases often hold member ids)
 * is said to have them: ids never do, and the spaces are invisible in a log.
 */
export function unknownId(path: string, locale: Locale, id: string): ApiError {
  const spaced = id.trim() !== id;
  const zh = locale === 'zh-CN';
  return new ApiError('not_found', {
    fields: [
      {
        path,
        code: 'not_found',
        message: zh
          ? `没有此编号的记录${spaced ? '（编号前后有空格）' : ''}`
          : `Nothing has this id${spaced ? ' (it has spaces around it)' : ''}`,
      },
    ],
  });
}

export function errorBody(
  code: ErrorCode,
  locale: Locale,
  requestId: string,
  details?: ErrorDetails,
): ErrorBody {
  return {
    error: {
      code,
      message: errorMessage(code, locale),
      requestId,
      ...(details ? { details } : {}),
    },
  };
}
