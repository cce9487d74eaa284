import './define.js';

export { JgMemberCard } from './member-card.js';
export type { JgCardRevealEvent } from './member-card.js';
export { JgMemberCode, defineMemberCode } from './member-code.js';
export type { JgCodeRefreshEvent } from './member-code.js';
export type { JgErrorEvent } from '../internal/events.js';
