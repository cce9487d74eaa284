import { JgMerchantList, type JgMemberCodeRequestEvent } from './merchant-list.js';

if (!customElements.get('jg-merchant-list')) {
  customElements.define('jg-merchant-list', JgMerchantList);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-merchant-list': JgMerchantList;
  }
  interface HTMLElementEventMap {
    'jg-member-code-request': JgMemberCodeRequestEvent;
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
