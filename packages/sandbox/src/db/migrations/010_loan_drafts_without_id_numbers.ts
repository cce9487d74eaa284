// A loan draft kept the resident ID number (身份证号, sensitive PI: DOMAIN §8) an older
// <jg-loan-application> sent as the member typed it, or a partner's own form sent under a name of
// its own, and gave it back on GET /v1/me/loan-draft, before the separate consent that comes only
// with the application. The sandbox now saves none; this takes it out of the drafts a sandbox
// before it kept, through the very function a save applies (domain/loan-drafts.ts), so the rule is
// written once: each draft is read, rewritten by it, and written back when anything was taken out.
// It runs in the upgrade's one transaction like every migration; a second run changes nothing.
import type { Db } from '../db.js';
import { withoutIdNumbers } from '../../domain/loan-drafts.js';

/** Drafts read at a time, so a large shared database is not read into memory at once. */
const BATCH = 500;

export async function run(tx: Db): Promise<void> {
  let after = '';
  for (;;) {
    // FOR UPDATE: an older sandbox still running on the same PostgreSQL waits to save a draft
    // until this commits, instead of having its save overwritten by the copy read here.
    const { rows } = await tx.query<{ member_id: string; values: unknown }>(
      `SELECT member_id, "values" FROM loan_drafts WHERE member_id > $1
        ORDER BY member_id LIMIT ${BATCH} FOR UPDATE`,
      [after],
    );
    for (const row of rows) {
      const values = withoutIdNumbers(row.values);
      // Same key order (the function keeps it): equal text means nothing was taken out.
      if (JSON.stringify(values) === JSON.stringify(row.values)) continue;
      await tx.query('UPDATE loan_drafts SET "values" = $2::jsonb WHERE member_id = $1', [
        row.member_id,
        JSON.stringify(values),
      ]);
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.member_id;
  }
}
