import { JgServiceMenu, type JgServiceSelectEvent } from './service-menu.js';

if (!customElements.get('jg-service-menu')) customElements.define('jg-service-menu', JgServiceMenu);

declare global {
  interface HTMLElementTagNameMap {
    'jg-service-menu': JgServiceMenu;
  }
  interface HTMLElementEventMap {
    'jg-service-select': JgServiceSelectEvent;
  }
}
