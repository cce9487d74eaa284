import { css } from 'lit';

/** The field of every form control (the `jg-*-input` elements and the union picker). */
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
    color: var(--jg-color-danger);
  }
  .field {
    display: flex;
    min-height: var(--jg-target-size);
    /* Text-muted, not the light divider colour: the box is what shows where to type (3:1 at least,
       WCAG 1.4.11), in light and dark mode. */
    border: 1px solid var(--jg-input-border-color, var(--jg-color-text-muted));
    border-radius: var(--jg-input-radius, var(--jg-radius-md));
    background: var(--jg-input-background, var(--jg-color-surface));
  }
  :host(:disabled) .field {
    border-style: dashed;
    background: var(--jg-color-surface-2);
    color: var(--jg-color-text-muted);
  }
  .field:focus-within {
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
    outline-offset: 1px;
  }
  :host([data-user-invalid]) .field {
    border-color: var(--jg-color-danger);
    box-shadow: inset 0 0 0 1px var(--jg-color-danger);
  }
  /* Zero width before growing: a field fits a narrow grid or flex column of a partner's form
     instead of widening it to the input's default 20 characters. */
  input {
    flex: 1;
    width: 0;
    padding: 0 var(--jg-space-3);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    /* 16 px at least: iOS Safari zooms the page into a focused field set smaller. */
    font-size: max(16px, var(--jg-font-size-md));
    font-variant-numeric: tabular-nums;
    letter-spacing: var(--jg-input-letter-spacing, 0.02em);
    text-overflow: ellipsis;
  }
  input:focus {
    outline: 0;
  }
  ::placeholder,
  .affix {
    color: var(--jg-color-text-muted);
  }
  :disabled {
    cursor: not-allowed;
  }
  .affix {
    align-self: center;
    padding-inline-start: var(--jg-space-3);
  }
  input + .affix {
    padding-inline: 0 var(--jg-space-3);
  }
  .hint {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--jg-space-3);
  }
  .hint,
  .feedback {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .hint,
  [data-level] {
    margin-block-start: var(--jg-space-1);
  }
  [hidden] {
    display: none !important;
  }
  /* The feedback is always rendered (a live region must exist before its text changes). */
  [data-level='error'] {
    color: var(--jg-color-danger);
  }
  [data-level='warning'] {
    color: var(--jg-color-warning);
  }
  [data-level='success'] {
    color: var(--jg-color-success);
  }
  /* Forced colours (Windows high contrast) drop the inset shadow that doubles an invalid field's
     border: it would look like a valid one. */
  @media (forced-colors: active) {
    :host([data-user-invalid]) .field {
      border-width: 2px;
    }
  }
`;
