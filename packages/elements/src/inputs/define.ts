import { JgAmountInput } from './amount-input.js';
import { JgIdInput } from './id-input.js';
import { JgNameInput } from './name-input.js';
import { JgPhoneInput } from './phone-input.js';
import { JgUsccInput } from './uscc-input.js';

const tags = {
  'jg-id-input': JgIdInput,
  'jg-phone-input': JgPhoneInput,
  'jg-amount-input': JgAmountInput,
  'jg-uscc-input': JgUsccInput,
  'jg-name-input': JgNameInput,
} as const;

for (const [tag, element] of Object.entries(tags)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-id-input': JgIdInput;
    'jg-phone-input': JgPhoneInput;
    'jg-amount-input': JgAmountInput;
    'jg-uscc-input': JgUsccInput;
    'jg-name-input': JgNameInput;
  }
}
