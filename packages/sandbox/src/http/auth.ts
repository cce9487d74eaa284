import { createHash } from 'node:crypto';
import type { AuthKind, Locale } from '@jiagong/contract';
import type { Db } from '../db/db.js';
import { holdOffReset } from '../seed/index.js';
import { ApiError } from './errors.js';

export interface Partner {
  id: string;
  name: string;
  modules: string[];
}

export type Principal =
  | { kind: 'publishable' | 'secret'; partner: Partner; memberId: null }
  | { kind: 'session'; partner: Partner; memberId: string; tokenHash: string };

const requiredCode = {
  publishable: 'publishable_key_required',
  secret: 'secret_key_required',
  session: 'session_required',
} as const;

/** Which credential kinds an endpoint of each auth kind takes (DESIGN: a session names its partner). */
const accepted: Record<AuthKind, readonly AuthKind[]> = {
  publishable: ['publishable', 'session'],
  secret: ['secret'],
  session: ['session'],
};

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function kindOf(credential: string): AuthKind | null {
  if (credential.startsWith('pk_')) return 'publishable';
  if (credential.startsWith('sk_')) return 'secret';
  if (credential.startsWith('st_')) return 'session';
  return null;
}

interface PartnerRow {
  id: string;
  name: string;
  modules: string[];
}

/**
 * Resolves `Authorization: Bearer …` for an endpoint of kind `needed`. A missing or wrong kind of
 * credential answers the code naming the kind needed; an unknown one `unauthorized`.
 */
export async function authenticate(
  db: Db,
  header: string | undefined,
  needed: AuthKind,
  now: Date,
  locale: Locale = 'zh-CN',
  fromBrowser = false,
): Promise<Principal> {
  const details = { neededKind: needed };
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!header) throw new ApiError(requiredCode[needed], details);
  // A key sent bare or as Basic auth (what some HTTP libraries do with a "token") is the
  // commonest first mistake from curl, Java or Go: say how to send it.
  const malformed = (zh: string, en: string) =>
    new ApiError('unauthorized', {
      ...details,
      fields: [
        { path: 'Authorization', code: 'invalid_format', message: locale === 'zh-CN' ? zh : en },
      ],
    });
  if (!match?.[1]) {
    throw malformed(
      '格式应为 Authorization: Bearer <密钥或会话>',
      'Send it as Authorization: Bearer <key or token>',
    );
  }
  const credential = match[1];
  const kind = kindOf(credential);
  if (!kind) {
    throw malformed(
      '凭证应以 pk_、sk_ 或 st_ 开头',
      'Expected a key or token starting pk_, sk_ or st_',
    );
  }
  if (!accepted[needed].includes(kind)) throw new ApiError(requiredCode[needed], details);
  // A page that holds the secret key has leaked it to every visitor: refuse, valid or not, and
  // say where the call belongs.
  if (kind === 'secret' && fromBrowser) throw new ApiError('secret_key_in_browser');

  if (kind === 'session') {
    const tokenHash = hashToken(credential);
    const { rows } = await db.query<PartnerRow & { member_id: string; expires_at: Date }>(
      `SELECT p.id, p.name, p.modules, s.member_id, s.expires_at
         FROM sessions s JOIN partners p ON p.id = s.partner_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) throw new ApiError('unauthorized', details);
    if (row.expires_at.getTime() <= now.getTime()) throw new ApiError('session_expired', details);
    return {
      kind,
      partner: { id: row.id, name: row.name, modules: row.modules },
      memberId: row.member_id,
      tokenHash,
    };
  }

  const column = kind === 'publishable' ? 'publishable_key' : 'secret_key';
  const { rows } = await db.query<PartnerRow>(
    `SELECT id, name, modules FROM partners WHERE ${column} = $1`,
    [credential],
  );
  const row = rows[0];
  if (!row) throw new ApiError('unauthorized', details);
  return { kind, partner: row, memberId: null };
}

/**
 * In a member's write's transaction, before anything is written: a `POST /sandbox/reset` that ran
 * after the request was authenticated took its session with the rest of the data, and the write
 * would land on the fresh seed (its points spent, its order placed, for a session that no longer
 * exists). Answered 401 `unauthorized` as a request arriving after the reset is, and the
 * transaction writes nothing. A reset under way is waited for first (see holdOffReset).
 */
export async function checkSessionStands(tx: Db, tokenHash: string): Promise<void> {
  await holdOffReset(tx);
  const { rows } = await tx.query('SELECT 1 FROM sessions WHERE token_hash = $1', [tokenHash]);
  if (rows.length === 0) throw new ApiError('unauthorized', { neededKind: 'session' });
}
