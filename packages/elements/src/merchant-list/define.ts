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
}
