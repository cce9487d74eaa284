/**
 * @jiagong/elements — Lit web components for the Jiagong (嘉工) member services. Each family is
 * also its own entry (`@jiagong/elements/member-card` …) so bundlers load only what is used.
 * @packageDocumentation
 */
export * from './provider/index.js';
export * from './member-card/index.js';
export * from './card-benefits/index.js';
export * from './service-menu/index.js';
export * from './merchant-list/index.js';
export * from './points-mall/index.js';
export * from './inputs/index.js';
export * from './loan-application/index.js';
export * from './model-workers/index.js';
export * from './courses/index.js';
export * from './quiz/index.js';
export * from './consents/index.js';
