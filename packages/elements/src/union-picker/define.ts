import { JgUnionPicker, type JgUnionChangeEvent } from './union-picker.js';

if (!customElements.get('jg-union-picker')) customElements.define('jg-union-picker', JgUnionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'jg-union-picker': JgUnionPicker;
  }
  interface HTMLElementEventMap {
    'jg-union-change': JgUnionChangeEvent;
  }
}
