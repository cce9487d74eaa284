import { css } from 'lit';

export default css`
  .views {
    display: inline-flex;
    margin-block-end: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    overflow: hidden;
  }
  .view {
    border: 0;
    border-radius: 0;
  }
  .view[aria-pressed='true'] {
    background: var(--jg-color-primary);
    color: var(--jg-color-on-primary);
  }
  .badge .jg-icon {
    width: 1em;
    height: 1em;
  }
  .full {
    color: var(--jg-color-danger);
    font-weight: 600;
  }
  details summary {
    min-height: var(--jg-target-size);
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--jg-color-primary);
  }
  details p {
    margin: 0 0 var(--jg-space-2);
    font-size: var(--jg-font-size-sm);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--jg-space-2);
    margin-block-start: auto;
  }
  .done {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-1);
    min-height: var(--jg-target-size);
    color: var(--jg-color-success);
    font-weight: 600;
  }
  .sign-up-error {
    display: flex;
    align-items: flex-start;
    gap: var(--jg-space-1);
    flex: 1 1 100%;
    color: var(--jg-color-danger);
    font-size: var(--jg-font-size-sm);
  }
`;
