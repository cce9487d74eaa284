import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: var(--jg-member-card-max-width, 440px);
  }

  .wrap {
    display: grid;
    gap: var(--jg-space-3);
  }

  .card {
    display: grid;
    align-content: space-between;
    gap: var(--jg-space-3);
    min-width: 0;
    /* The ID-1 card shape; taller content (senior mode, long names) grows it rather than clip. */
    aspect-ratio: 1.586;
    padding: var(--jg-space-4);
    border-radius: var(--jg-member-card-radius, var(--jg-radius-lg));
    /* A faint arc over the surface, as printed cards have (a gradient: nothing to clip). */
    background:
      radial-gradient(circle at 88% 120%, rgb(255 255 255 / 0.1) 0 48%, transparent 48.5%),
      var(
        --jg-member-card-background,
        linear-gradient(135deg, var(--jg-color-brand) 0%, var(--jg-color-brand-strong) 100%)
      );
    color: var(--jg-member-card-color, var(--jg-color-on-brand));
    box-shadow: var(--jg-shadow);
  }
  .card--loading {
    background: var(--jg-color-surface-2);
    color: var(--jg-color-text);
  }
  .card--suspended,
  .card--expired {
    background:
      radial-gradient(circle at 88% 120%, rgb(255 255 255 / 0.08) 0 48%, transparent 48.5%),
      var(--jg-member-card-inactive-background, linear-gradient(135deg, #55504d 0%, #34302e 100%));
    color: var(--jg-member-card-color, #ffffff);
  }
  .wrap--senior .card {
    aspect-ratio: auto;
  }

  .card__top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  .card__brand {
    display: flex;
    align-items: center;
    gap: var(--jg-space-2);
  }
  .card__emblem {
    display: inline-grid;
    place-items: center;
    width: 1.9em;
    height: 1.9em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
  }
  .card__title {
    margin: 0;
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
    letter-spacing: 0.08em;
  }
  .card__logo {
    display: flex;
    align-items: center;
    gap: var(--jg-space-1);
    font-size: var(--jg-font-size-sm);
    font-weight: 600;
  }
  /* A fixed height, width from the logo's own aspect ratio (an SVG may only have a viewBox). */
  .card__logo ::slotted(img),
  .card__logo ::slotted(svg) {
    display: block;
    height: 1.75em;
    width: auto;
    max-width: 9em;
  }

  .card__number {
    margin: 0;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: var(--jg-font-size-lg);
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
    word-spacing: 0.1em;
  }

  .card__details {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-2) var(--jg-space-5);
    margin: 0;
  }
  .card__details div {
    min-width: 0;
  }
  .card__details dt {
    font-size: var(--jg-font-size-sm);
  }
  .card__details dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .card__bottom {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  .card__status {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-1);
    margin: 0;
    padding: 2px var(--jg-space-2);
    border-radius: 999px;
    background: var(--jg-color-surface);
    font-size: var(--jg-font-size-sm);
    font-weight: 700;
  }
  .status--active {
    color: var(--jg-color-success);
  }
  .status--suspended {
    color: var(--jg-color-danger);
  }
  .status--expired {
    color: var(--jg-color-warning);
  }
  .card__issuer {
    margin: 0;
    font-size: var(--jg-font-size-sm);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-2);
  }
  .actions .jg-button {
    flex: 1 1 auto;
  }

  .note {
    display: flex;
    gap: var(--jg-space-2);
    margin: 0;
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface-2);
    color: var(--jg-color-text);
    font-size: var(--jg-font-size-sm);
  }
  .note--error {
    color: var(--jg-color-danger);
  }

  .code {
    display: grid;
    justify-items: center;
    gap: var(--jg-space-2);
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    text-align: center;
  }
  .code__title {
    margin: 0;
    font-size: var(--jg-font-size-lg);
  }
  .code__hint {
    margin: 0;
    color: var(--jg-color-text-muted);
    font-size: var(--jg-font-size-sm);
  }
  .qr {
    display: block;
    width: min(var(--jg-member-card-qr-size, 220px), 100%);
    height: auto;
    aspect-ratio: 1;
    border-radius: var(--jg-radius-sm);
  }
  .wrap--senior .qr {
    width: min(var(--jg-member-card-qr-size, 260px), 100%);
  }
  .qr--loading {
    background: var(--jg-color-surface-2);
  }
  .code-text {
    margin: 0;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: var(--jg-font-size-md);
    font-weight: 700;
    letter-spacing: 0.06em;
    overflow-wrap: anywhere;
  }
  .countdown {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-1);
    margin: 0;
    color: var(--jg-color-text-muted);
    font-size: var(--jg-font-size-sm);
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
  }
`;
