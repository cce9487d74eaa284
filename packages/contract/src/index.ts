/**
 * @jiagong/contract — the single source of truth of the Jiagong partner API: zod/mini schemas,
 * the endpoint table, error codes, and the domain rules (ID numbers, phones, USCC, masking,
 * money, repayment schedules) shared by the client, the elements and the sandbox.
 * @packageDocumentation
 * @module @jiagong/contract
 */
export * from './schemas/index.js';
export * from './endpoints.js';
export * from './openapi.js';
export * from './known-values.js';
export * from './constants.js';
export * from './domain/index.js';
