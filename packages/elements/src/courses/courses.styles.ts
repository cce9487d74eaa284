import { css } from 'lit';

export default css`
  .views {
    display: inline-flex;
    margin-block-end: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    overflow: hidden;
  }
  .views .jg-button {
    border: 0;
    border-radius: 0;
  }
  .views [aria-pressed='true'] {
    background: var(--jg-color-primary);
    color: var(--jg-color-on-primary);
  }
  .check,
  .actions,
  .done,
  summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--jg-space-2);
  }
  .check,
  .done,
  summary {
    min-height: var(--jg-target-size);
  }
  .check,
  .error {
    flex: 1 1 100%;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--jg-color-primary);
  }
  .badge .jg-icon {
    width: 1em;
    height: 1em;
  }
  [part~='seats-full'],
  .error {
    color: var(--jg-color-danger);
  }
  [part~='seats-full'],
  .done {
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    color: var(--jg-color-primary);
  }
  details p,
  .error {
    font-size: var(--jg-font-size-sm);
  }
  .actions {
    margin-block-start: auto;
  }
  .done {
    gap: var(--jg-space-1);
    color: var(--jg-color-success);
  }
  .error {
    display: flex;
    gap: var(--jg-space-1);
  }
`;
