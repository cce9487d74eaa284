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
  .qr {
    display: block;
    /* 220px, 260px in senior mode (from the target size token, which senior mode raises). */
    width: min(var(--jg-member-card-qr-size, calc(var(--jg-target-size) * 5 + 20px)), 100%);
    aspect-ratio: 1;
    border-radius: var(--jg-radius-sm);
    background: var(--jg-color-surface-2);
  }
  /* Dark modules on white in every theme: scanners cannot read them on a dark surface. By its
     part, not by svg: that lost to the placeholder's surface above and whitened the icons. */
  [part='qr'] {
    background: #fff;
    /* Forced colours (Windows high contrast) would drop the white and leave the black modules on a
       black canvas: nothing to scan. */
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
