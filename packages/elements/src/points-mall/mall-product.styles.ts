import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .back {
    margin-block-end: var(--jg-space-2);
    padding-inline: 0;
  }
  .back-icon {
    display: inline-flex;
    transform: scaleX(-1);
  }

  .product {
    display: grid;
    gap: var(--jg-space-4);
  }
  @media (min-width: 720px) {
    .product {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .description-block {
      grid-column: 1 / -1;
    }
  }

  .gallery {
    display: grid;
    gap: var(--jg-space-2);
  }
  .main-image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--jg-mall-image-radius, var(--jg-radius-lg));
    background: var(--jg-color-surface-2);
  }
  .thumbnails {
    display: flex;
    gap: var(--jg-space-2);
    overflow-x: auto;
  }
  .thumbnail {
    flex: none;
    padding: 2px;
    border: 2px solid transparent;
    border-radius: var(--jg-radius-md);
    background: none;
    cursor: pointer;
    min-width: var(--jg-target-size);
    min-height: var(--jg-target-size);
  }
  .thumbnail[aria-pressed='true'] {
    border-color: var(--jg-color-primary);
  }
  .thumbnail img {
    display: block;
    width: 64px;
    height: 48px;
    object-fit: cover;
    border-radius: var(--jg-radius-sm);
  }

  .info {
    display: grid;
    gap: var(--jg-space-3);
    align-content: start;
  }
  h2,
  h3 {
    margin: 0;
  }
  .name {
    font-size: var(--jg-font-size-xl);
    line-height: 1.3;
  }
  .summary {
    margin: 0;
    color: var(--jg-color-text-muted);
  }
  .price {
    margin: 0;
    color: var(--jg-color-primary);
  }
  .price strong,
  .cost strong {
    font-size: var(--jg-font-size-xl);
  }
  .cash {
    margin-inline-start: var(--jg-space-1);
  }

  .facts,
  .summary-list {
    display: grid;
    gap: var(--jg-space-2);
    margin: 0;
  }
  .facts div,
  .summary-list div {
    display: flex;
    justify-content: space-between;
    gap: var(--jg-space-3);
    padding-block: var(--jg-space-1);
    border-bottom: 1px solid var(--jg-color-border);
  }
  dt {
    color: var(--jg-color-text-muted);
  }
  dd {
    margin: 0;
    text-align: end;
  }
  dd.out,
  dd.negative {
    color: var(--jg-color-danger);
  }
  .summary-list .after dd {
    font-weight: 600;
  }

  .redeem {
    display: grid;
    gap: var(--jg-space-3);
  }
  .field-row,
  .field {
    display: grid;
    gap: var(--jg-space-1);
  }
  .stepper {
    display: inline-flex;
    align-items: stretch;
    gap: var(--jg-space-1);
  }
  .step {
    padding: 0;
  }
  .stepper input {
    width: 5em;
    text-align: center;
  }
  input,
  textarea {
    min-height: var(--jg-target-size);
    padding: var(--jg-space-2) var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--jg-color-danger);
  }
  .hint {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .field-error {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-danger);
  }
  .field-error:empty {
    display: none;
  }
  fieldset {
    display: grid;
    gap: var(--jg-space-3);
    margin: 0;
    padding: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
  }
  legend {
    padding-inline: var(--jg-space-1);
    font-weight: 600;
  }
  .warning {
    margin: 0;
    color: var(--jg-color-warning);
  }
  .redeem-button {
    width: 100%;
    font-size: var(--jg-font-size-lg);
  }

  .failure {
    display: flex;
    gap: var(--jg-space-2);
    padding: var(--jg-space-3);
    border: 1px solid var(--jg-color-danger);
    border-radius: var(--jg-radius-md);
    color: var(--jg-color-danger);
  }
  .failure p {
    margin: 0;
  }
  .failure .request-id {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
    word-break: break-all;
  }

  dialog {
    width: min(92vw, 420px);
    max-height: 90vh;
    padding: var(--jg-space-4);
    border: none;
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    box-shadow: var(--jg-shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h2 {
    margin-block-end: var(--jg-space-3);
    font-size: var(--jg-font-size-lg);
  }
  dialog .failure {
    margin-block-start: var(--jg-space-3);
  }
  .dialog-actions,
  .success-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--jg-space-2);
    margin-block-start: var(--jg-space-4);
  }

  .success {
    display: grid;
    gap: var(--jg-space-2);
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-success);
    border-radius: var(--jg-radius-md);
  }
  .success h2 {
    display: flex;
    align-items: center;
    gap: var(--jg-space-2);
    color: var(--jg-color-success);
    font-size: var(--jg-font-size-lg);
  }
  .success p {
    margin: 0;
  }
  .success .success-actions {
    justify-content: flex-start;
    margin-block-start: var(--jg-space-2);
  }

  .description-block h3 {
    font-size: var(--jg-font-size-lg);
    margin-block-end: var(--jg-space-2);
  }
  .description {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
`;
