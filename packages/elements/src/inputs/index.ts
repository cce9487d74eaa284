import './define.js';

export { JgFormControl } from './form-control.js';
export type { FeedbackLevel, JgValidator, Parsed, ValidityFlag } from './form-control.js';
export { JgIdInput } from './id-input.js';
export { JgPhoneInput } from './phone-input.js';
export { JgAmountInput } from './amount-input.js';
export { JgUsccInput } from './uscc-input.js';
export { JgNameInput } from './name-input.js';
