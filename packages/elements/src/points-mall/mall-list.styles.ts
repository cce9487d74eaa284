import { css } from 'lit';

/** Shared by the order list and the points history. */
export default css`
  :host {
    display: block;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-3);
    margin-block-end: var(--jg-space-3);
  }
  .title {
    margin: 0 0 var(--jg-space-3);
    font-size: var(--jg-font-size-lg);
  }
  .header .title {
    margin: 0;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-2);
  }
  select {
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    font: inherit;
  }
  .list {
    display: grid;
    gap: var(--jg-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    gap: var(--jg-space-3);
    padding: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
  }
  .thumb {
    flex: none;
    /* 64 px, larger in senior mode (the token grows there). */
    width: calc(var(--jg-target-size) * 1.6);
    height: calc(var(--jg-target-size) * 1.6);
    object-fit: cover;
    border-radius: var(--jg-radius-sm);
    background: var(--jg-color-surface-2);
  }
  .main {
    display: grid;
    gap: var(--jg-space-1);
    flex: 1;
    min-width: 0;
  }
  .row {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  .item-title {
    margin: 0;
    font-size: var(--jg-font-size-md);
    overflow-wrap: anywhere;
  }
  .item p {
    margin: 0;
  }
  .meta,
  .description {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
    overflow-wrap: anywhere;
  }
  .description {
    color: var(--jg-color-text);
  }
  .amount strong {
    color: var(--jg-color-primary);
  }
  .status,
  .type {
    flex: none;
    padding: 0 var(--jg-space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--jg-font-size-sm);
    white-space: nowrap;
  }
  .status-confirmed,
  .status-shipped {
    color: var(--jg-color-warning);
  }
  .status-completed {
    color: var(--jg-color-success);
  }
  .status-cancelled {
    color: var(--jg-color-text-muted);
  }
  .type {
    color: var(--jg-color-text-muted);
  }
  .delta {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    font-size: var(--jg-font-size-lg);
  }
  .delta--plus {
    color: var(--jg-color-success);
  }
  .delta--minus {
    color: var(--jg-color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-2);
    margin-block-start: var(--jg-space-1);
  }
  .confirm {
    display: grid;
    gap: var(--jg-space-2);
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface-2);
  }
  .failure {
    color: var(--jg-color-danger);
  }
  .more,
  .empty-action {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--jg-space-3);
    margin-block-start: var(--jg-space-3);
  }
`;
