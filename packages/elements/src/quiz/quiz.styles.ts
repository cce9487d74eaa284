import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .panel {
    display: grid;
    gap: var(--jg-space-3);
    max-width: 40em;
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
  }
  .panel p {
    margin: 0;
  }
  .title {
    display: flex;
    align-items: center;
    gap: var(--jg-space-2);
    font-size: var(--jg-font-size-xl);
    font-weight: 700;
    line-height: 1.3;
  }
  .title .jg-icon {
    color: var(--jg-color-primary);
  }
  .title:focus,
  legend:focus,
  .confirm p:focus {
    outline: none;
  }
  .rules {
    margin: 0;
    padding-inline-start: 1.25em;
    color: var(--jg-color-text-muted);
  }
  .panel > .jg-button,
  .panel > div > .jg-button {
    justify-self: start;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--jg-space-2);
    color: var(--jg-color-text-muted);
  }
  progress {
    width: 100%;
    height: 6px;
    accent-color: var(--jg-color-primary);
  }
  .timer {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-1);
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--jg-color-text);
  }
  [part~='timer-low'] {
    color: var(--jg-color-danger);
  }
  fieldset {
    display: grid;
    gap: var(--jg-space-2);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--jg-space-3);
    font-size: var(--jg-font-size-lg);
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--jg-space-3);
    min-height: var(--jg-target-size);
    padding: var(--jg-space-2) var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--jg-color-primary);
    background: var(--jg-color-surface-2);
  }
  .option:focus-within {
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
    outline-offset: 1px;
  }
  .option input {
    width: 1.2em;
    height: 1.2em;
    margin: 0;
    accent-color: var(--jg-color-primary);
  }
  .letter {
    font-weight: 700;
    color: var(--jg-color-text-muted);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  .confirm,
  .submit-error {
    display: grid;
    gap: var(--jg-space-2);
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface-2);
  }
  .submit-error {
    color: var(--jg-color-danger);
  }
  .submit-error p {
    display: flex;
    gap: var(--jg-space-1);
  }
  .submit-error .jg-button {
    justify-self: start;
  }
  .score {
    font-size: var(--jg-font-size-lg);
    font-weight: 600;
  }
  .points {
    font-size: var(--jg-font-size-xl);
    font-weight: 700;
    color: var(--jg-color-primary);
  }
  .muted {
    color: var(--jg-color-text-muted);
    font-size: var(--jg-font-size-sm);
  }
  details summary {
    min-height: var(--jg-target-size);
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--jg-color-primary);
  }
  .review {
    display: grid;
    gap: var(--jg-space-3);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .review li {
    display: grid;
    gap: var(--jg-space-1);
  }
  .q {
    font-weight: 600;
  }
  .mark {
    display: flex;
    align-items: center;
    gap: var(--jg-space-1);
  }
  .ok .mark {
    color: var(--jg-color-success);
  }
  .ko .mark {
    color: var(--jg-color-danger);
  }
  .board {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--jg-font-size-sm);
  }
  .board caption {
    text-align: start;
    font-weight: 700;
    font-size: var(--jg-font-size-md);
    margin-block-end: var(--jg-space-2);
  }
  .board th,
  .board td {
    padding: var(--jg-space-2);
    border-block-end: 1px solid var(--jg-color-border);
    text-align: start;
  }
  .board thead th {
    color: var(--jg-color-text-muted);
  }
  .board tbody th {
    font-weight: 400;
  }
  .jg-skeleton,
  .jg-state {
    max-width: 40em;
  }
`;
