import './define.js';
import { reportUnconfigured } from '../internal/unconfigured.js';

// No provider and no api-base: say so (console, error state, jg-error), not 加载中… forever.
reportUnconfigured();

export { JgMemberCard } from './member-card.js';
export type { JgCardRevealEvent } from './member-card.js';
export { JgMemberCode, defineMemberCode } from './member-code.js';
export type { JgCodeRefreshEvent } from './member-code.js';
export type { JgErrorEvent } from '../internal/events.js';
