import type { Db } from '../db/db.js';
import { ApiError } from '../http/errors.js';

export interface MemberRecord {
  id: string;
  name: string;
  mobile: string;
  id_number: string;
  union_id: string;
  union_name: string;
  status: 'active' | 'suspended' | 'expired';
  joined_at: string;
  card_number: string;
  card_issued_at: string;
  card_valid_through: string;
  description_zh: string;
  description_en: string;
}

/** A member with their union's name; 404 (or `unknown()`) when the id is unknown. */
export async function loadMember(
  db: Db,
  memberId: string,
  unknown: () => ApiError = () => new ApiError('not_found'),
): Promise<MemberRecord> {
  const { rows } = await db.query<MemberRecord>(
    `SELECT m.*, u.name AS union_name FROM members m JOIN unions u ON u.id = m.union_id WHERE m.id = $1`,
    [memberId],
  );
  const member = rows[0];
  if (!member) throw unknown();
  return member;
}

/** Redeeming and applying need an active card (suspended or expired → card_inactive). */
export function assertCardActive(member: { status: string }): void {
  if (member.status !== 'active') throw new ApiError('card_inactive');
}
