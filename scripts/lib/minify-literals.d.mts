import type { Plugin } from 'rollup';
export function minifyElementLiterals(): Plugin;
