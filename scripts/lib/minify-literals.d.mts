import type { Plugin } from 'rollup';
export function minifyElementLiterals(): Plugin;
/** lightningcss `targets` of the supported browsers (version as major << 16 | minor << 8). */
export const cssTargets: Record<'chrome' | 'edge' | 'safari' | 'ios_saf' | 'firefox', number>;
