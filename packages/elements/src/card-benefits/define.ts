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
  // The jg-… events bubble out of their shadow roots (composed): document and window get them too.
  /* eslint-disable @typescript-eslint/no-empty-object-type -- these merge into lib.dom's maps */
  interface DocumentEventMap extends Pick<
    HTMLElementEventMap,
    Extract<keyof HTMLElementEventMap, `jg-${string}`>
  > {}
  interface WindowEventMap extends Pick<
    HTMLElementEventMap,
    Extract<keyof HTMLElementEventMap, `jg-${string}`>
  > {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
