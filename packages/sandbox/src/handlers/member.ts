import { randomBytes } from 'node:crypto';
import { SESSION_TTL_SECONDS, maskBankCard, maskMobile, maskName } from '@jiagong/contract';
import { randomDigits } from '../domain/ids.js';
import { sweepEndedSessions } from '../domain/sessions.js';
import { addSeconds, isoShanghai } from '../domain/time.js';
import { hashToken } from '../http/auth.js';
import { ApiError, unknownId } from '../http/errors.js';
import { assertCardActive, loadMember } from './members.js';
import type { HandlerGroup } from './types.js';

export const VERIFICATION_CODE_TTL_SECONDS = 60;
export const REVEAL_SECONDS = 10;

const ISSUER = { name: '嘉兴市总工会', coBrand: '嘉兴银行' };

/**
 * A member code as a cashier types it when the QR code does not scan: the member's screen shows it
 * in groups of four (1234 5678 …), and a Chinese input method may give full-width digits (１２３４)
 * or an ideographic space; the code is its digits.
 */
export function typedCode(code: string): string {
  return code
    .replace(/\s/g, '')
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

export const memberHandlers: HandlerGroup<
  | 'sessions.create'
  | 'cardVerifications.create'
  | 'me.get'
  | 'me.card.get'
  | 'me.card.reveal'
  | 'me.card.benefits'
  | 'me.card.verificationCode'
> = {
  async 'sessions.create'({ db, body, partner, now, locale }) {
    const member = await loadMember(db, body.memberId, () =>
      unknownId('memberId', locale, body.memberId),
    );
    // 32 random bytes: unguessable; only its hash is stored.
    const token = `st_${randomBytes(32).toString('base64url')}`;
    const expiresAt = addSeconds(now, SESSION_TTL_SECONDS);
    await db.query(
      `INSERT INTO sessions (token_hash, member_id, partner_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [hashToken(token), member.id, partner.id, now, expiresAt],
    );
    // Without it, every session ever made stays: a partner's test suite makes thousands a day.
    await sweepEndedSessions(db, now);
    return { token, expiresAt: isoShanghai(expiresAt), memberId: member.id };
  },

  async 'cardVerifications.create'({ db, body, now }) {
    // One UPDATE both checks and consumes the code, so two merchants racing cannot both win.
    const { rows } = await db.query<{ member_id: string }>(
      `UPDATE verification_codes SET used_at = $2
        WHERE code = $1 AND used_at IS NULL AND expires_at > $2 RETURNING member_id`,
      [typedCode(body.code), now],
    );
    const row = rows[0];
    if (!row) throw new ApiError('verification_code_invalid');
    const member = await loadMember(db, row.member_id);
    return {
      valid: true as const,
      memberStatus: member.status,
      unionName: member.union_name,
      holderNameMasked: maskName(member.name),
      verifiedAt: isoShanghai(now),
    };
  },

  async 'me.get'({ db, memberId, partner }) {
    const member = await loadMember(db, memberId);
    return {
      id: member.id,
      nameMasked: maskName(member.name),
      mobileMasked: maskMobile(member.mobile),
      unionId: member.union_id,
      unionName: member.union_name,
      status: member.status,
      joinedAt: member.joined_at,
      enabledModules: partner.modules,
    };
  },

  async 'me.card.get'({ db, memberId }) {
    const member = await loadMember(db, memberId);
    return {
      cardNumberMasked: maskBankCard(member.card_number),
      holderNameMasked: maskName(member.name),
      unionId: member.union_id,
      unionName: member.union_name,
      status: member.status,
      issuedAt: member.card_issued_at,
      validThrough: member.card_valid_through,
      issuer: ISSUER,
    };
  },

  async 'me.card.reveal'({ db, memberId }) {
    const member = await loadMember(db, memberId);
    return {
      cardNumber: member.card_number,
      holderName: member.name,
      hideAfterSeconds: REVEAL_SECONDS,
    };
  },

  async 'me.card.benefits'({ db, query, locale }) {
    const group = query.group;
    const { rows } = await db.query<{
      id: string;
      grp: 'protection' | 'inclusive' | 'financial';
      title_zh: string;
      title_en: string;
      description_zh: string;
      description_en: string;
      action_zh: string;
      action_en: string;
      url: string;
    }>(
      `SELECT * FROM benefits ${group ? 'WHERE grp = $1' : ''} ORDER BY position`,
      group ? [group] : [],
    );
    const en = locale === 'en';
    return {
      data: rows.map((row) => ({
        id: row.id,
        group: row.grp,
        title: en ? row.title_en : row.title_zh,
        description: en ? row.description_en : row.description_zh,
        actionLabel: en ? row.action_en : row.action_zh,
        url: row.url,
      })),
    };
  },

  async 'me.card.verificationCode'({ db, memberId, now }) {
    const member = await loadMember(db, memberId);
    assertCardActive(member);
    const code = randomDigits(18);
    const expiresAt = addSeconds(now, VERIFICATION_CODE_TTL_SECONDS);
    // Old codes of this member are useless once expired; keep the table small.
    await db.query('DELETE FROM verification_codes WHERE member_id = $1 AND expires_at <= $2', [
      member.id,
      now,
    ]);
    await db.query(
      'INSERT INTO verification_codes (code, member_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [code, member.id, now, expiresAt],
    );
    return { code, expiresAt: isoShanghai(expiresAt), ttlSeconds: VERIFICATION_CODE_TTL_SECONDS };
  },
};
