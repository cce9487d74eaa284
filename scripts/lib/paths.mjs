import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (scripts/lib/../..). */
export const root = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** Resolves a repo-relative path to an absolute one. */
export const fromRoot = (...parts) => path.join(root, ...parts);

/** True when a repo-relative path exists. */
export const existsInRoot = (...parts) => existsSync(fromRoot(...parts));

/** Path of an npm-installed binary of the root workspace. */
export const bin = (name) => fromRoot('node_modules', '.bin', name);
