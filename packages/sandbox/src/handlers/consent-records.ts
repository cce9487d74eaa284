import type { Db } from '../db/db.js';
import { newId } from '../domain/ids.js';
import { isoShanghai } from '../domain/time.js';
import type { ConsentTextRow } from './catalogue.js';

export interface ConsentRecordRow {
  id: string;
  purpose: string;
  text_id: string;
  text_version: string;
  text_sha256: string;
  recipient: string | null;
  data_categories: string[];
  action: 'grant' | 'withdraw';
  server_time: Date;
  channel: string;
  locale: string;
}

export function toConsentRecord(row: ConsentRecordRow) {
  return {
    id: row.id,
    purpose: row.purpose,
    textId: row.text_id,
    textVersion: row.text_version,
    textSha256: row.text_sha256,
    recipient: row.recipient,
    dataCategories: row.data_categories,
    action: row.action,
    serverTime: isoShanghai(row.server_time),
    channel: row.channel,
    locale: row.locale,
  };
}

/**
 * Appends one consent record (DOMAIN §8). The record names the exact text (id, version, SHA-256)
 * and never any applicant data: no name, no ID number.
 */
export async function appendConsent(
  db: Db,
  record: {
    memberId: string;
    text: ConsentTextRow;
    action: 'grant' | 'withdraw';
    now: Date;
    channel: string;
    locale: string;
    applicationId?: string;
  },
): Promise<ConsentRecordRow> {
  const { rows } = await db.query<ConsentRecordRow>(
    `INSERT INTO consent_records (id, member_id, purpose, text_id, text_version, text_sha256, recipient,
                                  data_categories, action, server_time, channel, locale, application_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13)
     RETURNING *`,
    [
      newId('cr'),
      record.memberId,
      record.text.purpose,
      record.text.id,
      record.text.version,
      record.text.sha256,
      record.text.recipient,
      JSON.stringify(record.text.data_categories),
      record.action,
      record.now,
      record.channel,
      record.locale,
      record.applicationId ?? null,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('consent record was not written');
  return row;
}

export async function consentText(db: Db, id: string): Promise<ConsentTextRow | undefined> {
  const { rows } = await db.query<ConsentTextRow>('SELECT * FROM consent_texts WHERE id = $1', [
    id,
  ]);
  return rows[0];
}
