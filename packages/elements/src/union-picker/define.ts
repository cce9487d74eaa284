import { JgUnionPicker, type JgUnionChangeEvent } from './union-picker.js';

if (!customElements.get('jg-union-picker')) customElements.define('jg-union-picker', JgUnionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'jg-union-picker': JgUnionPicker;
  }
  interface HTMLElementEventMap {
    'jg-union-change': JgUnionChangeEvent;
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
