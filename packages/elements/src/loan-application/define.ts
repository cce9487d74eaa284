// Import order is bundle order, and bundle order matters to gzip: the four stylesheets side by
// side, then the status element, and the inputs' and the picker's definitions after the loan
// elements compress ~600 B better than the natural order (measured with
// scripts/lib/bundle-size.ts). None of the stylesheets has effects of its own; the definitions
// below still run after the inputs' and the picker's.
import '../internal/theme.js';
import '../inputs/field.styles.js';
import './loan-application.styles.js';
import '../union-picker/union-picker.styles.js';
import {
  JgLoanStatus,
  type JgLoanStatusChangeEvent,
  type JgLoanWithdrawnEvent,
} from './loan-status.js';
import {
  JgLoanApplication,
  type JgLoanStepEvent,
  type JgLoanSubmitEvent,
  type JgLoanSubmittedEvent,
} from './loan-application.js';
import '../inputs/define.js';
import '../union-picker/define.js';

if (!customElements.get('jg-loan-status')) customElements.define('jg-loan-status', JgLoanStatus);
if (!customElements.get('jg-loan-application')) {
  customElements.define('jg-loan-application', JgLoanApplication);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-loan-application': JgLoanApplication;
    'jg-loan-status': JgLoanStatus;
  }
  interface HTMLElementEventMap {
    'jg-loan-step': JgLoanStepEvent;
    'jg-loan-submit': JgLoanSubmitEvent;
    'jg-loan-submitted': JgLoanSubmittedEvent;
    'jg-loan-withdrawn': JgLoanWithdrawnEvent;
    'jg-loan-status-change': JgLoanStatusChangeEvent;
  }
}
