import { css } from 'lit';

/**
 * One stylesheet for both loan elements (they always ship together), after `baseStyles`:
 * a few building blocks (`stack`, `card`, `on`, `note`, `row`, `badge`) most pieces reuse.
 */
export default css`
  :host {
    display: block;
  }
  :host(jg-loan-application) {
    max-width: var(--jg-loan-max-width, 640px);
    background: var(--jg-color-surface);
  }
  h2,
  h3,
  p,
  dl,
  dd,
  ol,
  ul,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
  }
  ol,
  ul {
    list-style: none;
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  h2 {
    display: grid;
    font-size: var(--jg-font-size-xl);
  }
  h3 {
    font-size: var(--jg-font-size-md);
  }
  /* Headings are focused by script so screen readers announce them; they are not controls. */
  [tabindex='-1'] {
    outline: none;
  }

  /* One column; minmax(0, …) lets a wide child (the schedule) scroll instead of widening it. */
  .stack {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--jg-space-3);
  }
  .stack > .jg-button {
    justify-self: start;
  }
  .card,
  .choice {
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
  }
  .on,
  .choice:has(:checked) {
    border-color: var(--jg-color-primary);
    box-shadow: inset 0 0 0 1px var(--jg-color-primary);
  }
  .note,
  dt {
    color: var(--jg-color-text-muted);
  }
  .note,
  .error,
  .badge,
  table {
    font-size: var(--jg-font-size-sm);
  }
  .error,
  .required,
  .reason {
    color: var(--jg-color-danger);
  }
  .head,
  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  dd {
    text-align: end;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .badge {
    padding: 0 var(--jg-space-2);
    border: 1px solid;
    border-radius: 999px;
    font-weight: 400;
    white-space: nowrap;
  }
  .ref,
  .submitted,
  .under_review {
    color: var(--jg-color-warning);
  }
  .rejected {
    color: var(--jg-color-danger);
  }
  .approved,
  .disbursed {
    color: var(--jg-color-success);
  }

  /* Step indicator */
  .steps ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-1);
  }
  .steps li {
    flex: 1 0 auto;
  }
  .steps li > * {
    display: flex;
    align-items: center;
    gap: var(--jg-space-1);
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    border: 0;
    border-bottom: 3px solid var(--jg-color-border);
    background: none;
    color: var(--jg-color-text-muted);
    font: inherit;
    font-size: var(--jg-font-size-sm);
    white-space: nowrap;
  }
  .steps button {
    cursor: pointer;
    color: var(--jg-color-text);
  }
  .steps button,
  [aria-current] > * {
    border-color: var(--jg-color-primary);
  }
  [aria-current] > * {
    color: var(--jg-color-primary);
    font-weight: 700;
  }
  .number {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border: 1px solid;
    border-radius: 50%;
  }
  @media (max-width: 480px) {
    .steps li:not([aria-current]) .label {
      display: none;
    }
  }

  .alert {
    padding: var(--jg-space-3);
    border: 1px solid;
    border-radius: var(--jg-radius-md);
    color: var(--jg-color-danger);
  }
  .success {
    border-color: var(--jg-color-success);
  }
  .success h2 {
    color: var(--jg-color-success);
  }

  /* Controls: the jg-* inputs bring their own spacing, the form's grid gap is enough. */
  form {
    --jg-input-gap: 0;
  }
  legend,
  .label {
    display: block;
    margin-bottom: var(--jg-space-2);
    font-weight: 600;
  }
  .choices {
    display: grid;
    gap: var(--jg-space-2);
  }
  .termMonths {
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--jg-space-2);
    padding: var(--jg-space-2) var(--jg-space-3);
    cursor: pointer;
  }
  .choice .note {
    display: block;
  }
  [type='radio'],
  [type='checkbox'] {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    margin: 0.15em 0 0;
    accent-color: var(--jg-color-primary);
  }
  .input {
    width: 100%;
    min-height: var(--jg-target-size);
    padding: var(--jg-space-2) var(--jg-space-3);
    border: 1px solid var(--jg-input-border-color, var(--jg-color-border));
    border-radius: var(--jg-input-radius, var(--jg-radius-md));
    background: var(--jg-input-background, var(--jg-color-surface));
    color: inherit;
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--jg-color-danger);
  }

  /* Product cards: the whole card chooses the product. */
  .product {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--jg-space-1) var(--jg-space-3);
  }
  .product label {
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
    cursor: pointer;
  }
  .product label::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .product .note,
  .apr {
    grid-column: 2;
  }
  .apr strong,
  .big {
    font-size: var(--jg-font-size-lg);
    color: var(--jg-color-primary);
  }

  /* Estimate and schedule */
  .estimate,
  .text,
  thead th {
    background: var(--jg-color-surface-2);
  }
  .methods {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: var(--jg-space-3);
  }
  .methods .card {
    background: var(--jg-color-surface);
  }
  .schedule,
  .text {
    overflow: auto;
    max-height: 16em;
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: var(--jg-space-2);
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: var(--jg-space-1) var(--jg-space-2);
    border-top: 1px solid var(--jg-color-border);
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    position: sticky;
    top: 0;
  }

  /* Consent text */
  .text {
    padding: var(--jg-space-3);
    font-size: var(--jg-font-size-sm);
  }

  .actions {
    justify-content: flex-end;
  }
  .draft {
    text-align: end;
  }

  /* <jg-loan-status> */
  .timeline {
    display: grid;
    gap: var(--jg-space-2);
    padding-inline-start: var(--jg-space-4);
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
  .is-pending {
    color: var(--jg-color-text-muted);
  }
  .is-pending::before {
    border: 2px solid var(--jg-color-border);
    background: var(--jg-color-surface);
  }
  .timeline__label {
    font-weight: 600;
  }
  .timeline__note {
    flex-basis: 100%;
  }
  .confirm {
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface-2);
  }
`;
