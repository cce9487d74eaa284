import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .header {
    display: grid;
    gap: var(--jg-space-3);
    margin-block-end: var(--jg-space-4);
  }
  .balance {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--jg-space-2) var(--jg-space-3);
    padding: var(--jg-space-4);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-mall-header-background, var(--jg-color-primary));
    color: var(--jg-color-on-primary);
  }
  .balance .label {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-1);
  }
  .amount strong {
    font-size: var(--jg-font-size-xl);
    font-variant-numeric: tabular-nums;
  }
  .expiring {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-1);
    flex-basis: 100%;
    font-size: var(--jg-font-size-sm);
  }
  .balance-skeleton {
    display: inline-block;
    width: 6em;
    opacity: 0.6;
  }
  .balance--error {
    background: var(--jg-color-surface-2);
    color: var(--jg-color-text);
    align-items: center;
  }
  nav {
    display: flex;
    gap: var(--jg-space-1);
    border-bottom: 1px solid var(--jg-color-border);
    overflow-x: auto;
  }
  .nav-item {
    flex: none;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-4);
    border: none;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--jg-color-text-muted);
    font: inherit;
    cursor: pointer;
  }
  .nav-item[aria-current='page'],
  .nav-item[aria-current='true'] {
    border-bottom-color: var(--jg-color-primary);
    color: var(--jg-color-text);
    font-weight: 600;
  }
  .view:focus {
    outline: none;
  }
`;
