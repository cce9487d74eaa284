import { JgServiceMenu, type JgServiceSelectEvent } from './service-menu.js';

if (!customElements.get('jg-service-menu')) customElements.define('jg-service-menu', JgServiceMenu);

declare global {
  interface HTMLElementTagNameMap {
    'jg-service-menu': JgServiceMenu;
  }
  interface HTMLElementEventMap {
    'jg-service-select': JgServiceSelectEvent;
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
