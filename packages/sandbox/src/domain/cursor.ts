import type { Locale } from '@jiagong/contract';
import type { Db } from '../db/db.js';
import { validationError } from '../http/errors.js';

/**
 * Opaque keyset cursors: base64url JSON of the last row's sort key. Keyset (not offset) so a page
 * boundary stays put while new orders or ledger entries arrive.
 */
export function encodeCursor(key: readonly (string | number)[], list?: string): string {
  return Buffer.from(JSON.stringify(list === undefined ? key : [list, ...key])).toString(
    'base64url',
  );
}

/** What one part of a cursor must be, so it can be bound to its SQL cast without an error. */
export type CursorPart = 'int' | 'text' | 'timestamp';

const INT4_MAX = 2_147_483_647;

function validPart(part: unknown, kind: CursorPart): boolean {
  switch (kind) {
    case 'int':
      return Number.isSafeInteger(part) && Math.abs(part as number) <= INT4_MAX;
    case 'text':
      return typeof part === 'string' && part.length <= 200 && !part.includes('\u0000');
    case 'timestamp':
      return (
        typeof part === 'string' &&
        /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(part) &&
        !Number.isNaN(Date.parse(part))
      );
  }
}

/**
 * Decodes a cursor whose parts have the given kinds (a number n means n `int` parts). Anything
 * else — garbage, another endpoint's cursor, a forged value — is a 422 on `cursor`, never a
 * database error. A catalogue list names itself in its cursors (`list`, as `toPage` was given
 * it): the merchants', courses' and model workers' cursors are all one position, and a mall
 * cursor sorted by points ascending reads as one sorted descending, so a cursor passed to
 * another list (or the same list sorted another way) answered a wrong page instead of the 422
 * the docs promise.
 */
export function decodeCursor(
  cursor: string | undefined,
  kinds: number | readonly CursorPart[],
  locale: Locale,
  list?: string,
): (string | number)[] | null {
  if (cursor === undefined || cursor === '') return null;
  const expected: readonly CursorPart[] =
    typeof kinds === 'number' ? Array.from({ length: kinds }, () => 'int' as const) : kinds;
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const value =
      list === undefined || (Array.isArray(decoded) && decoded[0] === list)
        ? (decoded as unknown[]).slice(list === undefined ? 0 : 1)
        : null;
    if (
      Array.isArray(value) &&
      value.length === expected.length &&
      value.every((part, i) => validPart(part, expected[i]!))
    ) {
      return value as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw invalidCursor(locale);
}

/** Say what a cursor is for: one edited, built by hand or taken from another list is refused. */
function invalidCursor(locale: Locale) {
  const message =
    locale === 'zh-CN'
      ? '无效的游标：请原样传回本列表上一页的 nextCursor'
      : "Not a cursor of this list: pass the previous page's nextCursor unchanged";
  return validationError([{ path: 'cursor', code: 'invalid_cursor', message }]);
}

/**
 * A cursor of this list whose row is not the member's (any more): placed before a
 * `POST /sandbox/reset` (a partner's tests page, reset, page on), or someone else's. Asking to
 * pass it unchanged sent developers looking for an edit they never made; this says to start
 * over, and says it alike for another member's row, so it tells no one whose the row is.
 */
function goneCursor(locale: Locale) {
  const message =
    locale === 'zh-CN'
      ? '游标所指的记录不在本列表中（例如已被之前的 POST /sandbox/reset 清除）：请从第一页重新列出'
      : 'The row this cursor goes on from is not in this list (an earlier POST /sandbox/reset removed it, say): list again from the first page';
  return validationError([{ path: 'cursor', code: 'invalid_cursor', message }]);
}

/**
 * The sort key of the row a member list's cursor names, read by `sql` (`$1` the row's id, `$2`
 * the member). Those cursors hold the last row's public id, never its `seq`: a sequence counts
 * every member's rows, so a cursor holding it told any member (and any partner) how many orders
 * or loan applications the whole platform had taken, which random ids are there to hide. An id
 * that is not one of this member's rows is an invalid cursor, like any forged one.
 */
export async function cursorAnchor<R>(
  db: Db,
  sql: string,
  cursor: string | undefined,
  memberId: string,
  locale: Locale,
): Promise<R | null> {
  const parts = decodeCursor(cursor, ['text'], locale);
  if (!parts) return null;
  const { rows } = await db.query<R & Record<string, unknown>>(sql, [parts[0], memberId]);
  if (!rows[0]) throw goneCursor(locale);
  return rows[0];
}

/**
 * Takes `limit + 1` rows and splits off the look-ahead row into a next cursor (naming `list`,
 * which `decodeCursor` then requires).
 */
export function toPage<T, R>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number)[],
  map: (row: T) => R,
  list?: string,
): { data: R[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map(map),
    nextCursor: more && last !== undefined ? encodeCursor(keyOf(last), list) : null,
  };
}

export const DEFAULT_PAGE_SIZE = 20;
