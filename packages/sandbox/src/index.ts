/**
 * @jiagong/sandbox — the sandbox API server of the Jiagong partner API: every endpoint of the
 * contract on embedded Postgres (PGlite) or a real PostgreSQL, with seed data and test keys.
 * @packageDocumentation
 */
export { startSandbox } from './server.js';
export type { RunningSandbox, SandboxOptions } from './server.js';
export { createApp } from './app.js';
export type { AppOptions } from './app.js';
export type { Handler, HandlerContext, HandlerMap } from './handlers/types.js';
export type { Db, QueryResult, Row } from './db/db.js';
export { openDb } from './db/open.js';
export type { StorageOptions } from './db/open.js';
export { migrate, SchemaTooNewError } from './db/migrate.js';
export { resetToSeed, seedIfEmpty } from './seed/index.js';
export { SECOND_PUBLISHABLE_KEY, SECOND_SECRET_KEY } from './seed/partners.js';
