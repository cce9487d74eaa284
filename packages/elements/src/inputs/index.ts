// Import order is bundle order, and bundle order matters to gzip: the stylesheets side by side
// and the picker before the inputs compress ~400 B better than the natural order (measured with
// scripts/lib/bundle-size.ts). None of the stylesheets has effects of its own.
import '../internal/theme.js';
import './field.styles.js';
import '../union-picker/union-picker.styles.js';
import '../union-picker/define.js';
import './define.js';
import { reportUnconfigured } from '../internal/unconfigured.js';

// No provider and no api-base: say so (console, error state, jg-error), not 加载中… forever.
reportUnconfigured();

export { JgFormControl } from './form-control.js';
export type { FeedbackLevel, JgValidator, Parsed, ValidityFlag } from './form-control.js';
export { JgIdInput } from './id-input.js';
export { JgPhoneInput } from './phone-input.js';
export { JgAmountInput } from './amount-input.js';
export { JgUsccInput } from './uscc-input.js';
export { JgNameInput } from './name-input.js';
// The union picker is a form control too (its own family folder); defined and re-exported here
// so a partner's form gets every control from one entry.
export { JgUnionPicker } from '../union-picker/index.js';
export type { JgUnionChangeEvent } from '../union-picker/index.js';
