import type { Db } from '../db/db.js';
import { ApiError } from '../http/errors.js';
import { newId } from './ids.js';
import { addDays, defaultPointsExpiry } from './time.js';

/**
 * The points ledger (DOMAIN §10). Points live in lots (one per earn/refund/adjust credit) with
 * an expiry; the balance is the sum of ledger entries and always equals the sum of the lots'
 * remaining points. Every function here expects the member's row to be locked by the caller
 * (`lockMember`) inside the caller's transaction.
 */

export type LedgerType = 'earn' | 'redeem' | 'refund' | 'expire' | 'adjust';

interface Allocation {
  lotId: string;
  points: number;
}

export interface MemberRow {
  id: string;
  name: string;
  mobile: string;
  status: 'active' | 'suspended' | 'expired';
  union_id: string;
}

/** `SELECT … FOR UPDATE` on the member: serialises every points change of one member. */
export async function lockMember(tx: Db, memberId: string): Promise<MemberRow> {
  const { rows } = await tx.query<MemberRow>(
    'SELECT id, name, mobile, status, union_id FROM members WHERE id = $1 FOR UPDATE',
    [memberId],
  );
  const member = rows[0];
  if (!member) throw new ApiError('not_found');
  return member;
}

/** The column dating a row of each list of `bookedAt`. */
const bookedColumn = {
  course_signups: 'created_at',
  loan_applications: 'created_at',
  consent_records: 'server_time',
} as const;

/**
 * When a row of one of a member's lists is booked, under the member lock: its request's `now`,
 * but never before the member's latest row there. The lists are newest first by booking (seq),
 * and on PostgreSQL a request that arrived first may get the lock second: dated on arrival, its
 * row said it came after the one listed above it (by milliseconds, seen across a second).
 */
export async function bookedAt(
  tx: Db,
  tables: readonly (keyof typeof bookedColumn)[],
  memberId: string,
  now: Date,
): Promise<Date> {
  let at = now;
  for (const table of tables) {
    const { rows } = await tx.query<{ latest: Date | null }>(
      `SELECT MAX(${bookedColumn[table]}) AS latest FROM ${table} WHERE member_id = $1`,
      [memberId],
    );
    const latest = rows[0]?.latest;
    if (latest && latest.getTime() > at.getTime()) at = new Date(latest);
  }
  return at;
}

export async function balanceOf(db: Db, memberId: string): Promise<number> {
  const { rows } = await db.query<{ balance: number }>(
    'SELECT COALESCE(SUM(points), 0)::int AS balance FROM points_ledger WHERE member_id = $1',
    [memberId],
  );
  return rows[0]?.balance ?? 0;
}

async function addEntry(
  tx: Db,
  memberId: string,
  entry: {
    type: LedgerType;
    points: number;
    description: string;
    at: Date;
    orderId?: string | null;
    expiresAt?: Date | null;
    key: string;
  },
): Promise<number> {
  // One statement computes the new balance and books the entry; a result below zero books
  // nothing (the caller holds the member lock, so the sum cannot move underneath).
  // An entry is never dated before the member's latest: `at` is when its request arrived, and on
  // PostgreSQL a request that arrived first may get the member lock second, which listed the
  // history (newest first by date) out of the order its balances follow. An expiry keeps the
  // lot's date: it is booked before anything dated after it.
  const at = entry.type === 'expire' ? '$7::timestamptz' : 'GREATEST($7::timestamptz, b.latest)';
  const { rows } = await tx.query<{ balance_after: number }>(
    `INSERT INTO points_ledger
       (id, member_id, type, points, balance_after, description, order_id, created_at, expires_at, idempotency_key)
     SELECT $1, $2, $3, $4::int, b.balance + $4::int, $5, $6, ${at}, $8, $9
       FROM (SELECT COALESCE(SUM(points), 0)::int AS balance, MAX(created_at) AS latest
               FROM points_ledger WHERE member_id = $2) b
      WHERE b.balance + $4::int >= 0
     RETURNING balance_after`,
    [
      newId('pt'),
      memberId,
      entry.type,
      entry.points,
      entry.description,
      entry.orderId ?? null,
      entry.at,
      entry.expiresAt ?? null,
      entry.key,
    ],
  );
  const booked = rows[0];
  if (!booked) throw new ApiError('insufficient_points');
  return booked.balance_after;
}

/**
 * Books `expire` entries for lots whose time has come. Lazy (on the next read or write of the
 * member's points) rather than a timer: the server keeps no schedule in memory, and the entry is
 * dated at the lot's expiry so the history reads in order.
 */
export async function expireDueLots(tx: Db, memberId: string, now: Date): Promise<void> {
  const { rows } = await tx.query<{ id: string; remaining: number; expires_at: Date }>(
    `SELECT id, remaining, expires_at FROM points_lots
      WHERE member_id = $1 AND remaining > 0 AND expires_at <= $2
      ORDER BY expires_at, seq`,
    [memberId, now],
  );
  for (const lot of rows) {
    await tx.query('UPDATE points_lots SET remaining = 0 WHERE id = $1', [lot.id]);
    await addEntry(tx, memberId, {
      type: 'expire',
      points: -lot.remaining,
      description: '积分到期',
      at: lot.expires_at,
      key: `expire:${lot.id}`,
    });
  }
}

/** Credits a new lot (earn, adjust, or a refund whose lot has expired). */
async function creditLot(
  tx: Db,
  memberId: string,
  points: number,
  now: Date,
  expiresAt: Date,
): Promise<string> {
  const lotId = newId('lot');
  await tx.query(
    `INSERT INTO points_lots (id, member_id, points, remaining, created_at, expires_at)
     VALUES ($1, $2, $3, $3, $4, $5)`,
    [lotId, memberId, points, now, expiresAt],
  );
  return lotId;
}

/** Takes points from the soonest-expiring lots first (DOMAIN §10). */
async function takeFromLots(
  tx: Db,
  memberId: string,
  points: number,
  now: Date,
): Promise<Allocation[]> {
  const { rows } = await tx.query<{ id: string; remaining: number }>(
    `SELECT id, remaining FROM points_lots
      WHERE member_id = $1 AND remaining > 0 AND expires_at > $2
      ORDER BY expires_at, seq
      FOR UPDATE`,
    [memberId, now],
  );
  const allocations: Allocation[] = [];
  let left = points;
  for (const lot of rows) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    allocations.push({ lotId: lot.id, points: take });
    left -= take;
  }
  if (left > 0) throw new ApiError('insufficient_points');
  for (const allocation of allocations) {
    await tx.query('UPDATE points_lots SET remaining = remaining - $2 WHERE id = $1', [
      allocation.lotId,
      allocation.points,
    ]);
  }
  return allocations;
}

/** Spends points for an order; returns the balance after. */
export async function redeem(
  tx: Db,
  memberId: string,
  points: number,
  now: Date,
  order: { id: string; productName: string },
): Promise<number> {
  const allocations = points > 0 ? await takeFromLots(tx, memberId, points, now) : [];
  for (const allocation of allocations) {
    await tx.query(
      'INSERT INTO order_lot_allocations (order_id, lot_id, points) VALUES ($1, $2, $3)',
      [order.id, allocation.lotId, allocation.points],
    );
  }
  return addEntry(tx, memberId, {
    type: 'redeem',
    points: -points,
    description: `兑换：${order.productName}`,
    at: now,
    orderId: order.id,
    key: `order:${order.id}:redeem`,
  });
}

/**
 * Returns an order's points to the lots they came from; a lot that has expired meanwhile is
 * replaced by a new lot with the current default expiry (DOMAIN §10).
 */
export async function refundOrder(
  tx: Db,
  memberId: string,
  now: Date,
  order: { id: string; productName: string; points: number },
): Promise<number> {
  const { rows } = await tx.query<{ lot_id: string; points: number; expires_at: Date }>(
    `SELECT a.lot_id, a.points, l.expires_at FROM order_lot_allocations a
       JOIN points_lots l ON l.id = a.lot_id
      WHERE a.order_id = $1 FOR UPDATE OF l`,
    [order.id],
  );
  for (const allocation of rows) {
    if (allocation.expires_at.getTime() > now.getTime()) {
      await tx.query('UPDATE points_lots SET remaining = remaining + $2 WHERE id = $1', [
        allocation.lot_id,
        allocation.points,
      ]);
    } else {
      await creditLot(tx, memberId, allocation.points, now, defaultPointsExpiry(now));
    }
  }
  if (order.points === 0) return balanceOf(tx, memberId);
  return addEntry(tx, memberId, {
    type: 'refund',
    points: order.points,
    description: `取消订单退回：${order.productName}`,
    at: now,
    orderId: order.id,
    key: `order:${order.id}:refund`,
  });
}

/** Sets the balance with one `adjust` entry (sandbox control). */
export async function adjustTo(tx: Db, memberId: string, target: number, now: Date): Promise<void> {
  await expireDueLots(tx, memberId, now);
  const delta = target - (await balanceOf(tx, memberId));
  if (delta === 0) return;
  let expiresAt: Date | null = null;
  if (delta > 0) {
    expiresAt = defaultPointsExpiry(now);
    await creditLot(tx, memberId, delta, now, expiresAt);
  } else {
    await takeFromLots(tx, memberId, -delta, now);
  }
  await addEntry(tx, memberId, {
    type: 'adjust',
    points: delta,
    description: '沙箱调整积分',
    at: now,
    expiresAt,
    key: `adjust:${newId('adj')}`,
  });
}

/** Earliest expiry among lots expiring within 30 days, with the points expiring then. */
export async function expiringSoon(
  db: Db,
  memberId: string,
  now: Date,
): Promise<{ points: number; expiresAt: Date } | null> {
  const { rows } = await db.query<{ expires_at: Date; points: number }>(
    `SELECT expires_at, SUM(remaining)::int AS points FROM points_lots
      WHERE member_id = $1 AND remaining > 0 AND expires_at > $2 AND expires_at <= $3
      GROUP BY expires_at ORDER BY expires_at LIMIT 1`,
    [memberId, now, addDays(now, 30)],
  );
  const row = rows[0];
  return row ? { points: row.points, expiresAt: row.expires_at } : null;
}

/**
 * Credits earned points (a quiz reward …) as a new lot with the default expiry, booked as one
 * `earn` entry under `key`. A key already on the member's ledger books nothing: the reward of
 * one submission can never be credited twice, whatever retried or raced.
 */
export async function earn(
  tx: Db,
  memberId: string,
  points: number,
  now: Date,
  entry: { description: string; key: string },
): Promise<number> {
  const { rows } = await tx.query(
    'SELECT 1 FROM points_ledger WHERE member_id = $1 AND idempotency_key = $2',
    [memberId, entry.key],
  );
  if (points <= 0 || rows.length > 0) return balanceOf(tx, memberId);
  await expireDueLots(tx, memberId, now);
  const expiresAt = defaultPointsExpiry(now);
  await creditLot(tx, memberId, points, now, expiresAt);
  return addEntry(tx, memberId, {
    type: 'earn',
    points,
    description: entry.description,
    at: now,
    expiresAt,
    key: entry.key,
  });
}
