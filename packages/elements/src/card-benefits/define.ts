import { JgCardBenefits, type JgBenefitSelectEvent } from './card-benefits.js';

if (!customElements.get('jg-card-benefits')) {
  customElements.define('jg-card-benefits', JgCardBenefits);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-card-benefits': JgCardBenefits;
  }
  interface HTMLElementEventMap {
    'jg-benefit-select': JgBenefitSelectEvent;
  }
}
