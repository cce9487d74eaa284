import { css } from 'lit';

export default css`
  /* A word wider than a phone's column (English at 200 % text) breaks rather than widen it. */
  :host {
    display: block;
    overflow-wrap: anywhere;
  }
  [part='groups'] {
    display: grid;
    gap: var(--jg-space-5);
  }
  [part~='group'] {
    display: grid;
    gap: var(--jg-space-3);
  }
  /* The count moves under a group name it cannot share a row with (large text). */
  [part='group-title'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--jg-space-2);
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
  }
  [part='group-title'] .jg-icon,
  [part='action'] {
    color: var(--jg-color-primary);
  }
  /* Forced colours (high contrast) keep an icon's own colour: the page's red on the member's
     background (dim on black, pale pink on white in the dark theme). It takes the heading's. */
  @media (forced-colors: active) {
    [part='group-title'] .jg-icon {
      color: inherit;
    }
  }
  /* The count of benefits beside the group's name. */
  [part='group-title'] span + span {
    /* One piece ("3 benefits"), not a column squeezed beside a long group name. */
    white-space: nowrap;
    font-size: var(--jg-font-size-sm);
    font-weight: 400;
    color: var(--jg-color-text-muted);
  }
  [part='list'] {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(var(--jg-card-benefits-columns, 240px), 100%), 1fr)
    );
    gap: var(--jg-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='benefit'] {
    display: flex;
    flex-direction: column;
    gap: var(--jg-space-2);
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-card-benefits-radius, var(--jg-radius-md));
    background: var(--jg-color-surface);
  }
  p {
    margin: 0;
  }
  [part='benefit-title'] {
    font-weight: 700;
  }
  [part='benefit-description'] {
    flex: 1;
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  [part='action'] {
    align-self: flex-start;
    border-color: currentColor;
    font-weight: 600;
  }
`;
