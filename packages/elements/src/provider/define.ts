import { JgProvider } from './provider.js';

if (!customElements.get('jg-provider')) customElements.define('jg-provider', JgProvider);

declare global {
  interface HTMLElementTagNameMap {
    'jg-provider': JgProvider;
  }
}
