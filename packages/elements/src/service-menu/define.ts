import { JgMerchantList, type JgMemberCodeRequestEvent } from './merchant-list.js';
import { JgServiceMenu, type JgServiceSelectEvent } from './service-menu.js';
import '../union-picker/define.js';

if (!customElements.get('jg-service-menu')) customElements.define('jg-service-menu', JgServiceMenu);
if (!customElements.get('jg-merchant-list')) {
  customElements.define('jg-merchant-list', JgMerchantList);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-service-menu': JgServiceMenu;
    'jg-merchant-list': JgMerchantList;
  }
  interface HTMLElementEventMap {
    'jg-service-select': JgServiceSelectEvent;
    'jg-member-code-request': JgMemberCodeRequestEvent;
  }
}
