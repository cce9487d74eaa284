import type { Db } from '../db/db.js';
import { dataTables } from '../db/migrations/index.js';
import { benefits } from './benefits.js';
import { insertContent, insertContentIfMissing } from './content.js';
import { buildHistory } from './history.js';
import { consentTexts, loanProducts } from './loans.js';
import { buildMembers } from './members.js';
import { buildMerchants } from './merchants.js';
import { partners } from './partners.js';
import { buildProducts, categories } from './products.js';
import { services } from './services.js';
import { buildUnions } from './unions.js';

// The catalogue does not depend on the time: build it once per process.
let catalogue: ReturnType<typeof buildCatalogue> | undefined;
function buildCatalogue() {
  const unions = buildUnions();
  return {
    unions,
    unionNames: new Map(unions.map((u) => [u.id, u.name])),
    merchants: buildMerchants(),
    products: buildProducts(),
  };
}

const SEED_LOCK = 7_410_002;

/**
 * One statement per table: the rows travel as a single JSON parameter and
 * json_populate_recordset turns them into the table's row type. Keeps a full reset to a handful
 * of round trips on both drivers.
 */
async function insertRows(db: Db, table: string, rows: readonly object[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first)
    .map((column) => `"${column}"`)
    .join(', ');
  await db.query(
    `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${table}, $1::json)`,
    [JSON.stringify(rows)],
  );
}

async function insertAll(db: Db, now: Date): Promise<void> {
  catalogue ??= buildCatalogue();
  const members = buildMembers(now);
  const history = buildHistory(now, members, catalogue.products, catalogue.unionNames);
  await insertRows(db, 'partners', partners);
  await insertRows(db, 'services', services);
  await insertRows(db, 'unions', catalogue.unions);
  await insertRows(db, 'merchants', catalogue.merchants);
  await insertRows(db, 'mall_categories', categories);
  await insertRows(db, 'products', catalogue.products);
  await insertRows(db, 'consent_texts', consentTexts);
  await insertRows(db, 'loan_products', loanProducts);
  await insertRows(db, 'benefits', benefits);
  await insertRows(db, 'members', members);
  await insertRows(db, 'points_lots', history.lots);
  await insertRows(db, 'points_ledger', history.ledger);
  await insertRows(db, 'orders', history.orders);
  await insertRows(db, 'order_lot_allocations', history.allocations);
  await insertRows(db, 'loan_applications', history.applications);
  await insertRows(db, 'loan_timeline', history.timeline);
  await insertRows(db, 'consent_records', history.consents);
  await insertContent(db, now, insertRows);
}

/** Seeds an empty database; a database that already has data (a restart) is left alone. */
export async function seedIfEmpty(db: Db, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const { rows } = await tx.query('SELECT 1 FROM partners LIMIT 1');
    if (rows.length > 0) {
      await insertContentIfMissing(tx, now, insertRows);
      return false;
    }
    await insertAll(tx, now);
    return true;
  });
}

/**
 * Called first in a member's write's transaction, which then checks that its session is still
 * there: a reset under way is waited for (the reset takes this lock exclusively, first, before any
 * table, so neither can hold what the other waits for), and a reset that comes later waits for
 * the write. A write whose session a reset took after the request was authenticated therefore
 * writes nothing, instead of landing on the fresh seed data.
 */
export async function holdOffReset(tx: Db): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock_shared($1)', [SEED_LOCK]);
}

/** Back to the seed data in one transaction: nobody ever sees a half-reset sandbox. */
export async function resetToSeed(db: Db, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    // The tables a write locks first (a member's row; an application's for the bank's review),
    // before any other: the TRUNCATE then waits for the writes under way to finish instead of
    // holding a table one of them needs next while waiting for theirs (a deadlock on PostgreSQL).
    await tx.exec('LOCK TABLE members, loan_applications IN ACCESS EXCLUSIVE MODE');
    await tx.exec(`TRUNCATE ${dataTables.join(', ')} RESTART IDENTITY`);
    await insertAll(tx, now);
  });
}
