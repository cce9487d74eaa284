import { css } from 'lit';

export default css`
  :host {
    display: grid;
    justify-items: center;
    gap: var(--jg-space-2);
    text-align: center;
  }
  p {
    margin: 0;
  }
  /* A grid item (so a block): no display of its own. */
  .qr {
    /* 220px, 260px in senior mode (from the target size token, which senior mode raises). */
    width: min(var(--jg-member-card-qr-size, calc(var(--jg-target-size) * 5 + 20px)), 100%);
    aspect-ratio: 1;
    border-radius: var(--jg-radius-sm);
    background: var(--jg-color-surface-2);
    /* Forced colours (Windows high contrast) would paint the QR code's white the canvas's black
       under its black modules: nothing to scan. */
    forced-color-adjust: none;
  }
  [part='code-text'] {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-weight: 700;
    letter-spacing: 0.06em;
    overflow-wrap: anywhere;
    /* Too long for a narrow screen, it breaks into even lines, not "… 3987" and a lonely "68". */
    text-wrap: balance;
  }
  [part='countdown'] {
    display: flex;
    align-items: center;
    gap: var(--jg-space-1);
    color: var(--jg-color-text-muted);
    font-size: var(--jg-font-size-sm);
    font-variant-numeric: tabular-nums;
  }
`;
