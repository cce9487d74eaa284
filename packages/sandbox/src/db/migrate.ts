import { sandboxVersion } from '../version.js';
import type { Db } from './db.js';
import { migrations } from './migrations/index.js';

// Any constant works; it only has to be the same in every instance sharing one database.
const MIGRATION_LOCK = 7_410_001;

/**
 * The database was migrated by a newer sandbox than this one. Opening it anyway would run this
 * version's SQL over tables it does not know (a reset, for one, fails on their foreign keys), so
 * it is refused before anything is read or written.
 */
export class SchemaTooNewError extends Error {
  readonly schemaVersion: number;
  readonly knownVersion: number;
  constructor(
    where: string,
    schemaVersion: number,
    knownVersion: number,
    writtenBy: string | null,
  ) {
    super(
      `${where} was last used by a newer sandbox (${writtenBy ? `@jiagong/sandbox ${writtenBy}, ` : ''}` +
        `schema version ${schemaVersion}; this @jiagong/sandbox ${sandboxVersion()} knows up to ${knownVersion}), ` +
        `and was left as it is. Upgrade @jiagong/sandbox, or give this version a database of its own ` +
        `(--data-dir DIR, --memory, or another DATABASE_URL)`,
    );
    this.name = 'SchemaTooNewError';
    this.schemaVersion = schemaVersion;
    this.knownVersion = knownVersion;
  }
}

/**
 * Applies pending migrations in one transaction. The advisory lock lets several instances start
 * against one PostgreSQL at once: the second waits, then finds nothing left to do. A database
 * holding a migration this version does not have throws SchemaTooNewError (a downgrade).
 */
export async function migrate(db: Db, where = 'the database'): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version int PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       );
       -- Which package version applied each migration: named when an older one is refused.
       ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS sandbox_version text`,
    );
    const done = await tx.query<{ version: number; sandbox_version: string | null }>(
      'SELECT version, sandbox_version FROM schema_migrations ORDER BY version',
    );
    const known = new Set(migrations.map((migration) => migration.version));
    const unknown = done.rows.filter((row) => !known.has(row.version));
    const newer = unknown[unknown.length - 1];
    if (newer) {
      const knownVersion = Math.max(...known);
      throw new SchemaTooNewError(where, newer.version, knownVersion, newer.sandbox_version);
    }
    const have = new Set(done.rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (have.has(migration.version)) continue;
      try {
        if ('sql' in migration) await tx.exec(migration.sql);
        else await migration.run(tx);
      } catch (error) {
        // Postgres's own words name an object, not the step: say which, and that all is undone.
        throw new Error(
          `${where}: migration ${migration.version} (${migration.name}) failed, so none of ` +
            `${applied.length > 0 ? `${applied.join(', ')}, ${migration.version}` : migration.version} ` +
            `was applied and the data is as it was: ${(error as Error).message}`,
          { cause: error },
        );
      }
      await tx.query(
        'INSERT INTO schema_migrations (version, name, sandbox_version) VALUES ($1, $2, $3)',
        [migration.version, migration.name, sandboxVersion()],
      );
      applied.push(migration.version);
    }
    return applied;
  });
}
