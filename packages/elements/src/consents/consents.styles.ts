import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: var(--jg-consents-max-width, 640px);
    /* A long list of personal information breaks rather than widening the page on a phone. */
    overflow-wrap: anywhere;
  }
  * {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  h2 {
    font-size: var(--jg-font-size-xl);
  }
  h3 {
    font-size: var(--jg-font-size-md);
  }
  /* Titles are focused by script so screen readers announce them; they are not controls. */
  [tabindex='-1'] {
    outline: 0;
  }
  .stack {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--jg-space-3);
  }
  .stack > .jg-button {
    justify-self: start;
  }
  .card,
  .confirm {
    padding: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
  }
  .confirm {
    background: var(--jg-color-surface-2);
  }
  .note,
  dt {
    color: var(--jg-color-text-muted);
  }
  .note,
  .badge,
  dl {
    font-size: var(--jg-font-size-sm);
  }
  .head,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  .actions {
    justify-content: flex-end;
  }
  .badge {
    padding: 0 var(--jg-space-2);
    border: 1px solid;
    border-radius: 999px;
  }
  .grant {
    color: var(--jg-color-success);
  }
  .withdraw {
    color: var(--jg-color-text-muted);
  }
  .label {
    font-weight: 600;
  }
  dl {
    display: grid;
    gap: var(--jg-space-1);
  }
`;
