import { JgConsents, type JgConsentWithdrawnEvent } from './consents.js';

if (!customElements.get('jg-consents')) {
  customElements.define('jg-consents', JgConsents);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-consents': JgConsents;
  }
  interface HTMLElementEventMap {
    'jg-consent-withdrawn': JgConsentWithdrawnEvent;
  }
}
