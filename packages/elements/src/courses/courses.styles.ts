import { css } from 'lit';

export default css`
  /* No overflow clipping here: it would hide the buttons' focus ring. */
  /* The two views stack when their labels cannot share a row (English at 200 % text). */
  .views {
    display: inline-flex;
    flex-wrap: wrap;
    margin-block-end: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
  }
  .views .jg-button {
    border: 0;
    border-radius: 0;
  }
  .views > :first-child {
    border-start-start-radius: inherit;
    border-end-start-radius: inherit;
  }
  .views > :last-child {
    border-start-end-radius: inherit;
    border-end-end-radius: inherit;
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
    align-items: center;
    gap: var(--jg-space-2);
  }
  .check,
  .done,
  summary {
    min-height: var(--jg-target-size);
  }
  .check,
  .error,
  .confirm,
  .confirm p {
    flex: 1 1 100%;
  }
  /* Square beside a label that wraps (English, senior mode): not shrunk by it. */
  .check input {
    flex: none;
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
  /* Only the actions wrap (a button and its error); a checkbox or icon stays by its text. */
  .actions {
    flex-wrap: wrap;
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

  /* Forced colours (Windows high contrast) drop the primary fill: both views would look alike. */
  @media (forced-colors: active) {
    .views [aria-pressed='true'] {
      /* Kept as set: forced, the text gets a canvas backplate (black text on black). */
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
