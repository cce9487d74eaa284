import './define.js';

export { JgCardBenefits, benefitGroups, parseGroups } from './card-benefits.js';
export type { JgBenefitSelectEvent } from './card-benefits.js';
export type { JgErrorEvent } from '../internal/events.js';
