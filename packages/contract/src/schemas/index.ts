export * from './common.js';
export * from './errors.js';
export * from './catalogue.js';
export * from './member.js';
export * from './orders.js';
export * from './loans.js';
export * from './content.js';
export type { Lean, ParseOnly } from './build.js';
