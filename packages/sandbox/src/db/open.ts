import { resolve } from 'node:path';
import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { openPgliteFolder } from './pglite-folder.js';
import { openPostgres } from './pg.js';
import { redactUrl } from './redact.js';

export { redactUrl };

export interface StorageOptions {
  /** A PostgreSQL connection string; wins over the PGlite options. */
  databaseUrl?: string;
  /** PGlite in memory: nothing survives the process. */
  memory?: boolean;
  /** PGlite data folder; defaults to `.jiagong-data/pglite` under the working directory. */
  dataDir?: string;
  /**
   * Told when the data folder could not be opened and was moved aside for a fresh one
   * (default: printed to stderr).
   */
  warn?: (message: string) => void;
}

export const DEFAULT_DATA_DIR = '.jiagong-data/pglite';

export function describeStorage(options: StorageOptions): string {
  if (options.databaseUrl) return `PostgreSQL (${redactUrl(options.databaseUrl)})`;
  if (options.memory) return 'PGlite (in memory)';
  return `PGlite (${resolve(options.dataDir ?? DEFAULT_DATA_DIR)})`;
}

export function openDb(options: StorageOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.memory) return openPglite({});
  // One process per folder, and a folder left unopenable is set aside rather than fatal.
  return openPgliteFolder(
    resolve(options.dataDir ?? DEFAULT_DATA_DIR),
    options.warn ?? ((message) => console.warn(message)),
  );
}
