import { css } from 'lit';

// The field, label, hint and feedback come from the inputs' field styles.
export default css`
  .anchor {
    position: relative;
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    width: var(--jg-target-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--jg-color-text-muted);
    font: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    color: var(--jg-color-text);
  }
  [aria-expanded='true'] .jg-icon {
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
  li {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0 var(--jg-space-2);
    min-height: var(--jg-target-size);
    padding: var(--jg-space-1) var(--jg-space-3);
    cursor: pointer;
  }
  li:hover,
  [aria-selected='true'] {
    background: var(--jg-color-surface-2);
  }
  [aria-selected='true'] {
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
    outline-offset: calc(-1 * var(--jg-focus-width));
  }
  [part~='option-back'],
  [part~='option-self'],
  .current,
  mark {
    color: var(--jg-color-primary);
    font-weight: 600;
  }
  mark {
    background: none;
  }
  .name {
    flex: auto;
  }
  .results .detail {
    flex-basis: 100%;
  }
  .detail,
  .note {
    font-size: var(--jg-font-size-sm);
  }
  .detail,
  .chevron,
  .note {
    color: var(--jg-color-text-muted);
  }
  .note {
    margin: 0;
    padding: var(--jg-space-2) var(--jg-space-3);
  }
  .keys {
    border-top: 1px solid var(--jg-color-border);
  }
  @media (hover: none) {
    .keys {
      display: none;
    }
  }
`;
