import '../inputs/define.js';
import '../union-picker/define.js';
import {
  JgLoanApplication,
  type JgLoanStepEvent,
  type JgLoanSubmitEvent,
  type JgLoanSubmittedEvent,
} from './loan-application.js';
import { JgLoanStatus, type JgLoanWithdrawnEvent } from './loan-status.js';

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
  }
}
