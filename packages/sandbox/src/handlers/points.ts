import type { Db } from '../db/db.js';
import { DEFAULT_PAGE_SIZE, cursorAnchor, toPage } from '../domain/cursor.js';
import { balanceOf, expireDueLots, expiringSoon, lockMember } from '../domain/ledger.js';
import { isoShanghai, nullableIso } from '../domain/time.js';
import { Where } from './sql.js';
import type { HandlerGroup } from './types.js';

/** The balance as the member sees it, after booking any lots that expired since last time. */
export async function pointsBalance(db: Db, memberId: string, now: Date) {
  return db.transaction(async (tx) => {
    await lockMember(tx, memberId);
    await expireDueLots(tx, memberId, now);
    const soon = await expiringSoon(tx, memberId, now);
    return {
      balance: await balanceOf(tx, memberId),
      expiringSoon: soon ? { points: soon.points, expiresAt: isoShanghai(soon.expiresAt) } : null,
      updatedAt: isoShanghai(now),
    };
  });
}

interface LedgerRow {
  id: string;
  seq: number;
  type: 'earn' | 'redeem' | 'refund' | 'expire' | 'adjust';
  points: number;
  balance_after: number;
  description: string;
  order_id: string | null;
  created_at: Date;
  expires_at: Date | null;
}

export const pointsHandlers: HandlerGroup<'me.points.get' | 'me.points.transactions'> = {
  async 'me.points.get'({ db, memberId, now }) {
    return pointsBalance(db, memberId, now);
  },

  async 'me.points.transactions'({ db, memberId, now, query, locale }) {
    await db.transaction(async (tx) => {
      await lockMember(tx, memberId);
      await expireDueLots(tx, memberId, now);
    });
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where = new Where();
    where.add(`member_id = ${where.param(memberId)}`);
    if (query.type) where.add(`type = ${where.param(query.type)}`);
    const anchor = await cursorAnchor<{ created_at: Date; seq: number }>(
      db,
      'SELECT created_at, seq FROM points_ledger WHERE id = $1 AND member_id = $2',
      query.cursor,
      memberId,
      locale,
    );
    if (anchor) {
      where.add(
        `(created_at, seq) < (${where.param(anchor.created_at)}::timestamptz, ${where.param(anchor.seq)}::int)`,
      );
    }
    const { rows } = await db.query<LedgerRow>(
      `SELECT id, seq, type, points, balance_after, description, order_id, created_at, expires_at
         FROM points_ledger ${where} ORDER BY created_at DESC, seq DESC LIMIT ${where.param(limit + 1)}`,
      where.params,
    );
    return toPage(
      rows,
      limit,
      (row) => [row.id],
      (row) => ({
        id: row.id,
        type: row.type,
        points: row.points,
        balanceAfter: row.balance_after,
        description: row.description,
        orderId: row.order_id,
        createdAt: isoShanghai(row.created_at),
        expiresAt: nullableIso(row.expires_at),
      }),
    );
  },
};
