/** A row as both drivers return it: column name → JS value (timestamptz → Date, jsonb → value). */
export type Row = Record<string, unknown>;

export interface QueryResult<T = Row> {
  rows: T[];
  /** Rows returned, or rows changed by INSERT/UPDATE/DELETE. */
  rowCount: number;
}

/**
 * The whole storage surface the server uses. PGlite (embedded) and node-postgres implement it with
 * the same SQL, so every handler runs unchanged on both.
 */
export interface Db {
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /**
   * Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. Calling
   * `transaction` on the `tx` it receives runs inline in the same transaction, so a handler may be
   * wrapped by the idempotency layer's transaction without knowing it.
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Several statements at once, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
  /**
   * PostgreSQL: this process's id among the sandboxes sharing the database, held as a session
   * advisory lock while it runs, so that another can tell an Idempotency-Key this one claimed and
   * then died with (kill -9, out of memory, a container killed) from one it is still running.
   * PGlite: null (one process owns a folder, and startup frees the keys the last one left).
   */
  readonly instanceId: number | null;
  /** Whether the sandbox with this `instanceId` still runs (holds its lock). */
  instanceRunning(id: number): Promise<boolean>;
}
