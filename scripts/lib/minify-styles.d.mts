import type { Plugin } from 'rollup';
export function minifyElementStyles(): Plugin;
