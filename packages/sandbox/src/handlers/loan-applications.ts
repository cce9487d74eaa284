import type { Db } from '../db/db.js';
import { isoShanghai } from '../domain/time.js';
import { ApiError } from '../http/errors.js';

export type LoanStatus =
  'submitted' | 'under_review' | 'approved' | 'rejected' | 'disbursed' | 'withdrawn';

export interface ApplicationRow {
  id: string;
  seq: number;
  member_id: string;
  product_id: string;
  product_name: string;
  amount_fen: number;
  term_months: number;
  repayment_method: 'equal-instalment' | 'equal-principal';
  apr_bp: number;
  status: LoanStatus;
  applicant: {
    nameMasked: string;
    idNumberMasked: string;
    mobileMasked: string;
    unionId: string;
    unionName: string;
  };
  employer: { name: string; uscc: string };
  purpose: string;
  rejection_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

interface TimelineRow {
  application_id: string;
  status: LoanStatus;
  at: Date;
  note: string | null;
}

export const WITHDRAWABLE: readonly LoanStatus[] = ['submitted', 'under_review'];

/** The bank's review, one step at a time (sandbox control). */
export const TRANSITIONS: Record<LoanStatus, readonly LoanStatus[]> = {
  submitted: ['under_review'],
  under_review: ['approved', 'rejected'],
  approved: ['disbursed'],
  rejected: [],
  disbursed: [],
  withdrawn: [],
};

export async function findApplication(
  db: Db,
  id: string,
  memberId: string | null,
  lock = false,
): Promise<ApplicationRow> {
  const { rows } = await db.query<ApplicationRow>(
    `SELECT * FROM loan_applications WHERE id = $1 ${memberId === null ? '' : 'AND member_id = $2'}${lock ? ' FOR UPDATE' : ''}`,
    memberId === null ? [id] : [id, memberId],
  );
  const row = rows[0];
  if (!row) throw new ApiError('not_found');
  return row;
}

/** Applications with their timelines, in the order given. */
export async function toApplications(db: Db, rows: ApplicationRow[]) {
  if (rows.length === 0) return [];
  const { rows: entries } = await db.query<TimelineRow>(
    `SELECT application_id, status, at, note FROM loan_timeline
      WHERE application_id IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY seq`,
    [JSON.stringify(rows.map((row) => row.id))],
  );
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    productName: row.product_name,
    amountFen: row.amount_fen,
    termMonths: row.term_months,
    repaymentMethod: row.repayment_method,
    aprPercent: row.apr_bp / 100,
    status: row.status,
    applicant: row.applicant,
    employer: row.employer,
    purpose: row.purpose,
    timeline: entries
      .filter((entry) => entry.application_id === row.id)
      .map((entry) => ({ status: entry.status, at: isoShanghai(entry.at), note: entry.note })),
    rejectionReason: row.rejection_reason,
    withdrawable: WITHDRAWABLE.includes(row.status),
    createdAt: isoShanghai(row.created_at),
    updatedAt: isoShanghai(row.updated_at),
  }));
}

export async function toApplication(db: Db, row: ApplicationRow) {
  const [application] = await toApplications(db, [row]);
  if (!application) throw new ApiError('not_found');
  return application;
}

/** Moves an application to `status`, appending to its timeline. */
export async function setStatus(
  db: Db,
  row: ApplicationRow,
  status: LoanStatus,
  now: Date,
  note: string | null,
): Promise<ApplicationRow> {
  await db.query(
    `UPDATE loan_applications SET status = $2, updated_at = $3,
            rejection_reason = CASE WHEN $2::text = 'rejected' THEN $4::text ELSE rejection_reason END
      WHERE id = $1`,
    [row.id, status, now, note],
  );
  await db.query(
    'INSERT INTO loan_timeline (application_id, status, at, note) VALUES ($1, $2, $3, $4)',
    [row.id, status, now, note],
  );
  return findApplication(db, row.id, null);
}
