/**
 * The version of @jiagong/client (kept equal to package.json by a test).
 * @example
 * ```ts
 * import { VERSION } from '@jiagong/client';
 * console.info(`@jiagong/client ${VERSION}`);
 * ```
 */
export const VERSION = '0.1.0';
