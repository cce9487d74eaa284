import type { RunningSandbox, SandboxOptions } from '../../src/index.js';
import type { Api } from '../support/api.js';
import type { TestClock } from '../support/clock.js';

/** How a suite gets storage: the same tests run on PGlite and on a real PostgreSQL. */
export interface StorageTarget {
  name: string;
  /** Options for the main sandbox of the suite (a fresh database). */
  options(): Promise<SandboxOptions>;
  /** Options for a fresh persistent storage that survives a restart (data dir or a new database). */
  persistentOptions(): Promise<SandboxOptions>;
  /** Called once after the suite. */
  cleanup?(): Promise<void>;
}

/** What every test sees; filled in by the suite's `before` hook, so read it inside tests only. */
export interface SuiteContext {
  target: StorageTarget;
  sandbox: RunningSandbox;
  api: Api;
  clock: TestClock;
}
