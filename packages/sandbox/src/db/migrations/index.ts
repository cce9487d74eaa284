import { sql as initial } from './001_initial.js';
import { sql as content } from './002_content.js';
import { sql as idempotencyExpiry } from './003_idempotency_expiry.js';
import { sql as sessionExpiry } from './004_session_expiry.js';
import { sql as idempotencyPartnerScope } from './005_idempotency_partner_scope.js';
import { sql as cancelledSignups } from './006_cancelled_signups.js';
import { sql as idempotencyOwner } from './007_idempotency_owner.js';
import { sql as idempotencyClaimedAt } from './008_idempotency_claimed_at.js';
import { sql as sandboxClock } from './009_sandbox_clock.js';
import type { Db } from '../db.js';
import { run as loanDraftsWithoutIdNumbers } from './010_loan_drafts_without_id_numbers.js';
import { sql as seedMembersSyntheticIdNumbers } from './011_seed_members_synthetic_id_numbers.js';
import { sql as seedMembersUnissuedCardNumbers } from './012_seed_members_unissued_card_numbers.js';

/**
 * One step of the schema: SQL run as it is, or (where the rule is the sandbox's own code, not
 * SQL's) a function given the upgrade's transaction. Either runs once per database, recorded under
 * its version and name, inside the one transaction every pending step shares.
 */
export type Migration = {
  readonly version: number;
  readonly name: string;
} & ({ readonly sql: string } | { readonly run: (tx: Db) => Promise<void> });

/** Numbered, append-only: never edit one that has shipped, add the next number instead. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'content', sql: content },
  { version: 3, name: 'idempotency_expiry', sql: idempotencyExpiry },
  { version: 4, name: 'session_expiry', sql: sessionExpiry },
  { version: 5, name: 'idempotency_partner_scope', sql: idempotencyPartnerScope },
  { version: 6, name: 'cancelled_signups', sql: cancelledSignups },
  { version: 7, name: 'idempotency_owner', sql: idempotencyOwner },
  { version: 8, name: 'idempotency_claimed_at', sql: idempotencyClaimedAt },
  { version: 9, name: 'sandbox_clock', sql: sandboxClock },
  { version: 10, name: 'loan_drafts_without_id_numbers', run: loanDraftsWithoutIdNumbers },
  {
    version: 11,
    name: 'seed_members_synthetic_id_numbers',
    sql: seedMembersSyntheticIdNumbers,
  },
  {
    version: 12,
    name: 'seed_members_unissued_card_numbers',
    sql: seedMembersUnissuedCardNumbers,
  },
];

/** Tables holding data (everything but schema_migrations), children before parents. */
export const dataTables = [
  'quiz_submissions',
  'quiz_questions',
  'quiz_rallies',
  'course_signups_cancelled',
  'course_signups',
  'courses',
  'course_providers',
  'model_workers',
  'consent_records',
  'loan_timeline',
  'loan_applications',
  'order_lot_allocations',
  'orders',
  'points_ledger',
  'points_lots',
  'loan_drafts',
  'verification_codes',
  'idempotency_keys',
  'sessions',
  'members',
  'benefits',
  'loan_products',
  'consent_texts',
  'products',
  'mall_categories',
  'merchants',
  'unions',
  'services',
  'partners',
  'sandbox_clock',
] as const;
