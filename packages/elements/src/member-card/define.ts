import { JgCardBenefits, type JgBenefitSelectEvent } from './card-benefits.js';
import { JgMemberCard, type JgCardRevealEvent } from './member-card.js';
import { defineMemberCode, type JgMemberCode, type JgCodeRefreshEvent } from './member-code.js';

defineMemberCode();
if (!customElements.get('jg-member-card')) customElements.define('jg-member-card', JgMemberCard);
if (!customElements.get('jg-card-benefits')) {
  customElements.define('jg-card-benefits', JgCardBenefits);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-member-card': JgMemberCard;
    'jg-member-code': JgMemberCode;
    'jg-card-benefits': JgCardBenefits;
  }
  interface HTMLElementEventMap {
    'jg-code-refresh': JgCodeRefreshEvent;
    'jg-card-reveal': JgCardRevealEvent;
    'jg-benefit-select': JgBenefitSelectEvent;
  }
}
