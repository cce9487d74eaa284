import { css } from 'lit';

export default css`
  /* A word wider than its line (Jiagong, Suspended at 200 % text in senior mode on a narrow
     phone) breaks rather than widen the card past the element and the screen's edge. */
  :host {
    display: block;
    max-width: var(--jg-member-card-max-width, 440px);
    overflow-wrap: anywhere;
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .wrap,
  .card {
    display: grid;
    gap: var(--jg-space-3);
  }
  .row,
  .line {
    display: flex;
    align-items: center;
    gap: var(--jg-space-2);
  }
  /* The status badge too: its word goes under its icon where both do not fit on a line. */
  .row,
  [part~='status'] {
    flex-wrap: wrap;
    justify-content: space-between;
  }
  .small,
  [part='logo'],
  [part~='status'],
  dt,
  .note {
    font-size: var(--jg-font-size-sm);
  }

  .card {
    /* Inactive cards swap the surface only; the faint arc stays, as printed on the card. */
    --surface: var(
      --jg-member-card-background,
      linear-gradient(135deg, var(--jg-color-brand), var(--jg-color-brand-strong))
    );
    align-content: space-between;
    min-width: 0;
    /* The ID-1 card shape; taller content (senior mode, long names) grows it rather than clip. */
    aspect-ratio: 1.586;
    padding: var(--jg-space-4);
    border-radius: var(--jg-member-card-radius, var(--jg-radius-lg));
    background:
      radial-gradient(circle at 88% 120%, rgb(255 255 255 / 0.1) 0 48%, transparent 48.5%),
      var(--surface);
    color: var(--jg-member-card-color, var(--jg-color-on-brand));
    box-shadow: var(--jg-shadow);
    container-type: inline-size;
  }
  .card--suspended,
  .card--other,
  .card--expired {
    --surface: var(--jg-member-card-inactive-background, linear-gradient(135deg, #55504d, #34302e));
    --jg-color-on-brand: #fff;
  }
  .card--loading {
    background: var(--jg-color-surface-2);
  }
  .actions--loading {
    height: var(--jg-target-size);
  }
  .senior .card {
    aspect-ratio: auto;
  }

  .emblem {
    display: inline-grid;
    place-items: center;
    width: 1.9em;
    height: 1.9em;
    border: 2px solid;
    border-radius: 50%;
    font-weight: 700;
  }
  /* The headings (elements with role="heading", at the level the page's outline needs). */
  [id$='title'] {
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
  }
  #title {
    letter-spacing: 0.08em;
  }
  [part='logo'] {
    gap: var(--jg-space-1);
    font-weight: 600;
  }
  /* A fixed height, width from the logo's own aspect ratio (an SVG may only have a viewBox). */
  [part='logo'] ::slotted(img),
  [part='logo'] ::slotted(svg) {
    display: block;
    height: 1.75em;
    width: auto;
    max-width: 9em;
  }
  /* On one line, as printed on a card: a 19-digit number (23 characters with spaces) fits at
     6.2% of the card's width. Never above the large size; at the floor, on the narrowest screens
     in senior mode, it breaks between groups of four, into even lines. */
  [part='number'] {
    font-size: clamp(var(--jg-font-size-sm), 6.2cqi, var(--jg-font-size-lg));
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
    word-spacing: 0.1em;
    text-wrap: balance;
  }
  dl {
    align-items: start;
    justify-content: start;
    column-gap: var(--jg-space-5);
  }
  dl div {
    min-width: 0;
  }
  dd {
    font-weight: 600;
  }
  [part~='status'] {
    gap: var(--jg-space-1);
    padding: 2px var(--jg-space-2);
    border-radius: 999px;
    background: var(--jg-color-surface);
    font-weight: 700;
    color: var(--jg-color-success);
  }
  [part~='status-suspended'] {
    color: var(--jg-color-danger);
  }
  [part~='status-expired'] {
    color: var(--jg-color-warning);
  }

  [part='actions'] .jg-button {
    flex: auto;
  }
  .note {
    display: flex;
    gap: var(--jg-space-2);
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface-2);
  }
  .error {
    color: var(--jg-color-danger);
  }

  [part='code'] {
    display: grid;
    gap: var(--jg-space-2);
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
    text-align: center;
    /* Scrolled up to when it opens, while the code loads: room for the digits and countdown
       lines that arrive with it. */
    scroll-margin-bottom: 5em;
  }
  [part='code'] p {
    color: var(--jg-color-text-muted);
  }

  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
  }
`;
