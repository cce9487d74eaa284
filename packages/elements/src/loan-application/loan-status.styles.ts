import { css } from 'lit';

export default css`
  :host {
    display: block;
    color: var(--jg-color-text);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .status {
    display: grid;
    gap: var(--jg-space-3);
  }
  .status__head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .status__title {
    font-size: var(--jg-font-size-lg);
  }
  .apps {
    display: grid;
    gap: var(--jg-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .app {
    display: grid;
    gap: var(--jg-space-2);
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
  }
  .app.is-highlighted {
    border-color: var(--jg-color-primary);
    box-shadow: inset 0 0 0 1px var(--jg-color-primary);
  }
  .app__head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  .app__title {
    font-size: var(--jg-font-size-md);
  }
  .app__title:focus {
    outline: none;
  }
  .app__figures {
    font-variant-numeric: tabular-nums;
  }
  .app__reference {
    margin-inline-start: var(--jg-space-1);
    padding: 0 var(--jg-space-1);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-warning);
  }
  .app__meta {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .app__reason {
    color: var(--jg-color-danger);
  }
  .badge {
    flex: none;
    padding: 0 var(--jg-space-2);
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .badge--approved,
  .badge--disbursed {
    color: var(--jg-color-success);
  }
  .badge--rejected {
    color: var(--jg-color-danger);
  }
  .badge--submitted,
  .badge--under_review {
    color: var(--jg-color-warning);
  }
  .timeline {
    display: grid;
    gap: var(--jg-space-2);
    margin: 0;
    padding: 0 0 0 var(--jg-space-4);
    list-style: none;
    border-inline-start: 2px solid var(--jg-color-border);
  }
  .timeline__item {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--jg-space-3);
    font-size: var(--jg-font-size-sm);
  }
  .timeline__item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1 * var(--jg-space-4) - 6px);
    top: 0.45em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--jg-color-primary);
  }
  .timeline__item.is-pending {
    color: var(--jg-color-text-muted);
  }
  .timeline__item.is-pending::before {
    background: var(--jg-color-surface);
    border: 2px solid var(--jg-color-border);
    box-sizing: border-box;
  }
  .timeline__label {
    font-weight: 600;
  }
  .timeline__time {
    color: var(--jg-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .timeline__note {
    flex-basis: 100%;
  }
  .confirm {
    display: grid;
    gap: var(--jg-space-2);
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface-2);
  }
  .confirm__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-2);
  }
  .jg-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .app > .jg-button {
    justify-self: start;
  }
`;
