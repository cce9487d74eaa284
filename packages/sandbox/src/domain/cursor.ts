import { validationError } from '../http/errors.js';

/**
 * Opaque keyset cursors: base64url JSON of the last row's sort key. Keyset (not offset) so a page
 * boundary stays put while new orders or ledger entries arrive.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  arity: number,
): (string | number)[] | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === arity &&
      value.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return value as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw validationError([{ path: 'cursor', code: 'invalid_cursor', message: 'Invalid cursor' }]);
}

/** Takes `limit + 1` rows and splits off the look-ahead row into a next cursor. */
export function toPage<T, R>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number)[],
  map: (row: T) => R,
): { data: R[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map(map),
    nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

export const DEFAULT_PAGE_SIZE = 20;
