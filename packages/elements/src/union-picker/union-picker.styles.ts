import { css } from 'lit';

// The field matches the jg-*-input elements (same tokens and custom properties).
export default css`
  :host {
    display: block;
    margin-block-end: var(--jg-input-gap, var(--jg-space-4));
  }
  label {
    display: block;
    margin-block-end: var(--jg-space-1);
    font-weight: 600;
  }
  .required {
    margin-inline-start: 2px;
    color: var(--jg-color-danger);
  }
  .anchor {
    position: relative;
  }
  .field {
    display: flex;
    align-items: center;
    min-height: var(--jg-target-size);
    border: 1px solid var(--jg-input-border-color, var(--jg-color-border));
    border-radius: var(--jg-input-radius, var(--jg-radius-md));
    background: var(--jg-input-background, var(--jg-color-surface));
    color: var(--jg-color-text);
  }
  .field:focus-within {
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
    outline-offset: 1px;
    border-color: var(--jg-color-focus);
  }
  :host([data-user-invalid]) .field {
    border-color: var(--jg-color-danger);
    box-shadow: inset 0 0 0 1px var(--jg-color-danger);
  }
  .lead {
    padding-inline-start: var(--jg-space-3);
    color: var(--jg-color-text-muted);
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: calc(var(--jg-target-size) - 2px);
    padding: 0 var(--jg-space-2);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: var(--jg-font-size-md);
    text-overflow: ellipsis;
  }
  input:focus,
  input:focus-visible {
    outline: none;
  }
  input::placeholder {
    color: var(--jg-color-text-muted);
    opacity: 0.8;
  }
  input:disabled {
    cursor: not-allowed;
  }
  .field:has(input:disabled) {
    border-style: dashed;
    background: var(--jg-color-surface-2);
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    width: var(--jg-target-size);
    height: calc(var(--jg-target-size) - 2px);
    padding: 0;
    border: 0;
    border-radius: var(--jg-radius-sm);
    background: transparent;
    color: var(--jg-color-text-muted);
    font: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    color: var(--jg-color-text);
  }
  .icon-button:disabled {
    cursor: not-allowed;
  }
  .toggle .jg-icon {
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .jg-icon {
    transform: rotate(180deg);
  }
  .popup {
    position: absolute;
    inset-inline: 0;
    top: calc(100% + var(--jg-space-1));
    z-index: 10;
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    box-shadow: var(--jg-shadow);
  }
  ul {
    max-height: var(--jg-union-picker-popup-max-height, 320px);
    margin: 0;
    padding: var(--jg-space-1) 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    list-style: none;
  }
  .option {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0 var(--jg-space-2);
    min-height: var(--jg-target-size);
    padding: var(--jg-space-1) var(--jg-space-3);
    cursor: pointer;
  }
  .option:hover {
    background: var(--jg-color-surface-2);
  }
  .option.active {
    background: var(--jg-color-surface-2);
    box-shadow: inset 3px 0 0 var(--jg-color-primary);
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
    outline-offset: calc(-1 * var(--jg-focus-width));
  }
  .option[part~='option-back'],
  .option[part~='option-self'] {
    color: var(--jg-color-primary);
    font-weight: 600;
  }
  .name {
    flex: 1 1 auto;
    min-width: 0;
  }
  .detail {
    flex: 0 1 auto;
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .result .detail {
    flex-basis: 100%;
  }
  .current,
  .chevron {
    color: var(--jg-color-text-muted);
  }
  .current {
    color: var(--jg-color-primary);
  }
  mark {
    background: none;
    color: var(--jg-color-primary);
    font-weight: 700;
  }
  .note {
    margin: 0;
    padding: var(--jg-space-2) var(--jg-space-3);
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .keys {
    border-top: 1px solid var(--jg-color-border);
  }
  @media (hover: none) {
    .keys {
      display: none;
    }
  }
  .path,
  .hint {
    margin-block-start: var(--jg-space-1);
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  [hidden] {
    display: none !important;
  }
  .feedback {
    font-size: var(--jg-font-size-sm);
  }
  .feedback[data-level='error'] {
    margin-block-start: var(--jg-space-1);
    color: var(--jg-color-danger);
  }
  .jg-state--error {
    padding: var(--jg-space-3);
  }
`;
