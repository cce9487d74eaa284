import './define.js';

export { JgProvider } from './provider.js';
export type { SessionToken, SessionTokenSource } from '../internal/client-controller.js';
export type { JgErrorEvent } from '../internal/events.js';
export type { Locale } from '../internal/localize.js';
export type { Theme } from '../internal/theme.js';
