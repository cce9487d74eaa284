import './define.js';

export { JgMemberCard } from './member-card.js';
export type { JgCardRevealEvent, JgCodeRefreshEvent } from './member-card.js';
export { JgCardBenefits, benefitGroups, parseGroups } from './card-benefits.js';
export type { JgBenefitSelectEvent } from './card-benefits.js';
export type { JgErrorEvent } from '../internal/events.js';
