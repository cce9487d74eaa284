import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: var(--jg-loan-max-width, 640px);
    color: var(--jg-color-text);
    background: var(--jg-color-surface);
  }
  .loan,
  .form {
    display: grid;
    /* minmax(0, …): a wide child (the schedule table) scrolls instead of widening the form. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--jg-space-4);
  }
  h2,
  h3,
  p {
    margin: 0;
  }

  /* Step indicator */
  .steps ol {
    display: flex;
    gap: var(--jg-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
    flex-wrap: wrap;
  }
  .steps__item {
    flex: 1 0 auto;
  }
  .steps__link {
    display: flex;
    align-items: center;
    gap: var(--jg-space-1);
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    border: 0;
    border-block-end: 3px solid var(--jg-color-border);
    background: none;
    color: var(--jg-color-text-muted);
    font: inherit;
    font-size: var(--jg-font-size-sm);
    white-space: nowrap;
  }
  button.steps__link {
    cursor: pointer;
    color: var(--jg-color-text);
    border-block-end-color: var(--jg-color-primary);
  }
  button.steps__link:hover {
    background: var(--jg-color-surface-2);
  }
  [aria-current='step'] .steps__link {
    color: var(--jg-color-primary);
    border-block-end-color: var(--jg-color-primary);
    font-weight: 700;
  }
  .steps__number {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    border: 1px solid currentColor;
    font-size: 0.85em;
  }
  @media (max-width: 480px) {
    .steps__item:not([aria-current='step']) .steps__label {
      display: none;
    }
  }

  .heading {
    display: grid;
    font-size: var(--jg-font-size-xl);
  }
  /* Focused by script so screen readers announce the step; not an interactive control. */
  .heading:focus {
    outline: none;
  }
  .heading__count {
    font-size: var(--jg-font-size-sm);
    font-weight: 400;
    color: var(--jg-color-text-muted);
  }
  .intro,
  .note {
    color: var(--jg-color-text-muted);
  }
  .alert {
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    border: 1px solid var(--jg-color-danger);
    color: var(--jg-color-danger);
    background: var(--jg-color-surface);
  }

  /* Groups of native controls */
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group__legend,
  .field__label {
    display: block;
    margin-block-end: var(--jg-space-2);
    padding: 0;
    font-weight: 600;
  }
  .required {
    margin-inline-start: 2px;
    color: var(--jg-color-danger);
  }
  .choices {
    display: grid;
    gap: var(--jg-space-2);
  }
  .choices--inline {
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--jg-space-2);
    min-height: var(--jg-target-size);
    padding: var(--jg-space-2) var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--jg-color-primary);
    box-shadow: inset 0 0 0 1px var(--jg-color-primary);
  }
  .choice input {
    font: inherit;
    width: 1.2em;
    height: 1.2em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--jg-color-primary);
  }
  .choice__help {
    display: block;
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .field-error {
    margin-block-start: var(--jg-space-1);
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-danger);
  }
  .field__hint {
    margin-block-start: var(--jg-space-1);
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .text-input {
    display: block;
    width: 100%;
    min-height: var(--jg-target-size);
    padding: var(--jg-space-2) var(--jg-space-3);
    border: 1px solid var(--jg-input-border-color, var(--jg-color-border));
    border-radius: var(--jg-input-radius, var(--jg-radius-md));
    background: var(--jg-input-background, var(--jg-color-surface));
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  .text-input[aria-invalid='true'],
  input[aria-invalid='true'] {
    border-color: var(--jg-color-danger);
    outline-color: var(--jg-color-danger);
  }
  jg-amount-input,
  jg-id-input,
  jg-phone-input,
  jg-name-input,
  jg-uscc-input,
  jg-union-picker {
    --jg-input-gap: 0;
  }

  /* Products */
  .products {
    display: grid;
    gap: var(--jg-space-3);
  }
  .product {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--jg-space-1) var(--jg-space-3);
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
  }
  .product.is-selected {
    border-color: var(--jg-color-primary);
    box-shadow: inset 0 0 0 1px var(--jg-color-primary);
  }
  .product__radio {
    font: inherit;
    width: 1.3em;
    height: 1.3em;
    margin: 0.2em 0 0;
    accent-color: var(--jg-color-primary);
  }
  .product__name {
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
    cursor: pointer;
  }
  /* The whole card chooses the product. */
  .product__name::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .product__apr,
  .product__details {
    grid-column: 2;
  }
  .product__apr {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: var(--jg-space-2);
  }
  .product__apr-label {
    color: var(--jg-color-text-muted);
  }
  .product__apr-value {
    font-size: var(--jg-font-size-xl);
    color: var(--jg-color-primary);
    font-variant-numeric: tabular-nums;
  }
  .product__details {
    display: grid;
    gap: var(--jg-space-1);
    font-size: var(--jg-font-size-sm);
  }
  .product__description,
  .product__lender {
    color: var(--jg-color-text-muted);
  }

  /* Estimate */
  .estimate {
    display: grid;
    gap: var(--jg-space-2);
    padding: var(--jg-space-4);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface-2);
  }
  .estimate__title {
    font-size: var(--jg-font-size-lg);
  }
  .estimate__basis,
  .estimate__note {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .estimate__methods {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: var(--jg-space-3);
  }
  .estimate__method {
    padding: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
  }
  .estimate__method.is-chosen {
    border-color: var(--jg-color-primary);
  }
  .estimate__name {
    font-weight: 700;
  }
  .estimate dl,
  .review__list,
  .consent__meta {
    display: grid;
    gap: var(--jg-space-1);
    margin: var(--jg-space-2) 0 0;
  }
  .estimate dl > div,
  .review__list > div,
  .consent__meta > div {
    display: flex;
    justify-content: space-between;
    gap: var(--jg-space-3);
  }
  dt {
    color: var(--jg-color-text-muted);
  }
  dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .figure {
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--jg-space-2);
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: var(--jg-font-size-sm);
    font-weight: 400;
    vertical-align: middle;
    color: var(--jg-color-text-muted);
  }
  .badge--reference {
    color: var(--jg-color-warning);
  }
  .badge--required {
    color: var(--jg-color-danger);
  }
  .schedule {
    max-height: 24em;
    overflow: auto;
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--jg-font-size-sm);
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
    border-block-start: 1px solid var(--jg-color-border);
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--jg-color-surface-2);
  }

  /* Consents */
  .consent {
    display: grid;
    gap: var(--jg-space-2);
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
  }
  .consent__title {
    font-size: var(--jg-font-size-md);
  }
  .consent__meta {
    font-size: var(--jg-font-size-sm);
  }
  .consent__text {
    max-height: 12em;
    overflow: auto;
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface-2);
    font-size: var(--jg-font-size-sm);
  }
  .consent__text p + p {
    margin-block-start: var(--jg-space-1);
  }
  .consent__meta > div {
    display: grid;
    grid-template-columns: minmax(4em, 30%) minmax(0, 1fr);
  }
  .consent__meta dd {
    text-align: start;
  }
  .choice--consent {
    font-weight: 600;
  }

  /* Review */
  .review {
    display: grid;
    gap: var(--jg-space-3);
  }
  .review__section {
    padding: var(--jg-space-3) var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
  }
  .review__head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .review__head h3 {
    font-size: var(--jg-font-size-md);
  }

  .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--jg-space-3);
  }
  .actions .jg-button--primary {
    min-width: 8em;
  }
  .actions .jg-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .draft-status {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
    text-align: end;
  }
  .success {
    display: grid;
    gap: var(--jg-space-3);
    justify-items: start;
    padding: var(--jg-space-4);
    border-radius: var(--jg-radius-lg);
    border: 1px solid var(--jg-color-success);
  }
  .success .heading {
    color: var(--jg-color-success);
  }
`;
