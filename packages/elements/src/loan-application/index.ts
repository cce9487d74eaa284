import './define.js';

export { JgLoanApplication } from './loan-application.js';
export type {
  JgLoanStepEvent,
  JgLoanSubmitEvent,
  JgLoanSubmittedEvent,
} from './loan-application.js';
export { JgLoanStatus } from './loan-status.js';
export type { JgLoanStatusChangeEvent, JgLoanWithdrawnEvent } from './loan-status.js';
export type { LoanStep } from './model.js';
