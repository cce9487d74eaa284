import { css } from 'lit';

/**
 * One stylesheet for both loan elements (they always ship together), after `baseStyles`:
 * a few building blocks (`stack`, `card`, `on`, `note`, `row`, `badge`) most pieces reuse.
 */
export default css`
  :host {
    display: block;
    /* A long address, code or reason breaks rather than widening the page on a phone. */
    overflow-wrap: anywhere;
  }
  :host(jg-loan-application) {
    max-width: var(--jg-loan-max-width, 640px);
  }
  * {
    margin: 0;
  }
  ol,
  ul,
  fieldset,
  legend {
    padding: 0;
    border: 0;
    min-width: 0;
    list-style: none;
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
    outline: 0;
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
  .choice,
  .text,
  .schedule,
  .alert,
  .confirm {
    padding: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
  }
  /* Two rules: an engine without :has() (Chrome < 105) drops a whole rule that names it. */
  .on {
    border-color: var(--jg-color-primary);
    box-shadow: inset 0 0 0 1px var(--jg-color-primary);
  }
  .choice:has(:checked) {
    border-color: var(--jg-color-primary);
    box-shadow: inset 0 0 0 1px var(--jg-color-primary);
  }
  .note,
  dt,
  .is-pending {
    color: var(--jg-color-text-muted);
  }
  .note,
  .error,
  .badge,
  .text,
  table,
  .steps span {
    font-size: var(--jg-font-size-sm);
  }
  .error,
  .required,
  .reason,
  .alert,
  .rejected {
    color: var(--jg-color-danger);
  }
  .submitted,
  .under_review,
  .ref {
    color: var(--jg-color-warning);
  }
  .approved,
  .disbursed,
  .success h2 {
    color: var(--jg-color-success);
  }
  .head,
  .actions,
  .steps ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  .actions {
    justify-content: flex-end;
  }
  /* The value keeps its width (an 18-character code stays on one line); the label wraps. */
  .row {
    display: grid;
    grid-template-columns: minmax(5em, 1fr) auto;
    gap: var(--jg-space-2);
  }
  dd,
  th,
  td,
  .draft {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* The page's text styles stop here (docs/theming.md): a legacy intranet's nowrap runs the
     text off a phone, centring and indents misplace it, and a text fill colour paints over the
     theme's colours. A caption and the consents' values start at the start too. */
  :host,
  caption,
  [part='consent'] dd {
    text-align: start;
    white-space: normal;
    text-indent: 0;
    -webkit-text-fill-color: currentColor;
  }
  .badge {
    padding: 0 var(--jg-space-2);
    border: 1px solid;
    border-radius: 999px;
    font-weight: 400;
  }
  legend,
  .label,
  caption,
  .timeline__label {
    font-weight: 600;
  }
  .big {
    font-size: var(--jg-font-size-lg);
    color: var(--jg-color-primary);
  }

  /* Step indicator: a bar under each step, coloured once reached. */
  .steps li {
    flex: 1 0 auto;
    border-bottom: 3px solid var(--jg-color-border);
    color: var(--jg-color-text-muted);
  }
  [part~='step-done'],
  [aria-current] {
    border-color: var(--jg-color-primary);
    color: var(--jg-color-text);
  }
  .steps li > * {
    display: flex;
    align-items: center;
    gap: var(--jg-space-1);
    min-height: var(--jg-target-size);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
  }
  /* Senior mode's 44 px target even on a phone, where only the numbers show. */
  .steps button {
    min-width: 44px;
    cursor: pointer;
  }
  .steps [aria-current] {
    flex-shrink: 1;
    min-width: 0;
    color: var(--jg-color-primary);
    font-weight: 700;
  }
  .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border: 1px solid;
    border-radius: 999px;
  }
  /* One row, the current label shortened if need be; the other labels are hidden from sight
     only, so each step button keeps its name. Every label shows where they all fit (a
     container query, in em so senior mode counts; English needs more room than Chinese); an
     engine without container queries (Chrome < 105) keeps the one row, which fits any width
     (else the labels wrap into up to five rows on a phone, above the form). */
  .steps {
    container-type: inline-size;
  }
  .steps ol {
    flex-wrap: nowrap;
  }
  .steps .label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .steps li:not([aria-current]) .label {
    width: 0;
  }
  @container (width > 42.5em) {
    .steps li:not([aria-current]) .label {
      width: auto;
    }
  }
  @container (max-width: 54em) {
    :host([lang='en']) li:not([aria-current]) .label {
      width: 0;
    }
  }
  /* Where even the six numbers may not fit one row (text at 200 %, senior mode at 320 px): they
     wrap rather than overlap; a wrapping row breaks only where it must. */
  @container (max-width: 15.5em) {
    :host .steps ol {
      flex-wrap: wrap;
    }
  }

  /* Controls: the jg-* inputs bring their own spacing, the form's grid gap is enough. */
  form {
    --jg-input-gap: 0;
  }
  legend,
  .label {
    display: block;
    margin-block-end: var(--jg-space-2);
  }
  .choices {
    display: grid;
    gap: var(--jg-space-2);
  }
  .choice {
    display: flex;
    gap: var(--jg-space-2);
    min-height: var(--jg-target-size);
    cursor: pointer;
  }
  /* As large as an icon. */
  [type='radio'],
  [type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    accent-color: var(--jg-color-primary);
  }
  .input {
    width: 100%;
    min-height: var(--jg-target-size);
    padding: var(--jg-space-2) var(--jg-space-3);
    border: 1px solid var(--jg-input-border-color, var(--jg-color-text-muted));
    border-radius: var(--jg-input-radius, var(--jg-radius-md));
    background: var(--jg-input-background, var(--jg-color-surface));
    color: inherit;
    font: inherit;
    /* 16 px at least: iOS Safari zooms the page into a focused field set smaller. */
    font-size: max(16px, var(--jg-font-size-md));
  }
  [aria-invalid='true'],
  .alert {
    border-color: var(--jg-color-danger);
  }
  /* Thicker too: red is as dark as a valid field's border (and forced colours keep a width). */
  [aria-invalid='true'] {
    border-width: 2px;
  }
  .success {
    border-color: var(--jg-color-success);
  }

  /* Product cards: the whole card chooses the product. */
  .product {
    position: relative;
    grid-template-columns: auto 1fr;
  }
  .product label {
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
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
  /* One block: a range moves to the next line whole, and breaks after its dash only when even
     a line of its own is too narrow (text at 200 %). */
  .apr strong {
    display: inline-block;
    font-size: var(--jg-font-size-xl);
    color: var(--jg-color-primary);
  }

  /* Estimate, schedule and consent text */
  .estimate,
  .text,
  .confirm,
  thead th {
    background: var(--jg-color-surface-2);
  }
  .methods {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
    gap: var(--jg-space-3);
  }
  .schedule,
  .text {
    overflow: auto;
    max-height: 16em;
  }
  .schedule {
    padding: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    padding: var(--jg-space-2);
  }
  th,
  td {
    padding: var(--jg-space-1) var(--jg-space-2);
    border-top: 1px solid var(--jg-color-border);
    white-space: nowrap;
  }
  thead th {
    position: sticky;
    top: 0;
  }

  /* <jg-loan-status> */
  .timeline {
    padding-inline-start: var(--jg-space-5);
  }
  .is-done {
    list-style: disc;
  }
  .is-done::marker {
    color: var(--jg-color-primary);
  }
  .is-pending {
    list-style: circle;
  }
  .timeline span {
    margin-inline-end: var(--jg-space-3);
  }
  .choice .note,
  .timeline__note {
    display: block;
  }

  /* Forced colours (Windows high contrast) draw every step's bar in one colour: the steps to come
     get a dotted one instead of a grey one. They drop shadows too, the chosen card's ring (a
     product, a term, a repayment method, a ticked consent): an outline in Highlight instead. */
  @media (forced-colors: active) {
    .steps li:not([part~='step-done'], [aria-current]) {
      border-bottom-style: dotted;
    }
    .on {
      outline: 2px solid Highlight;
    }
    .choice:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
