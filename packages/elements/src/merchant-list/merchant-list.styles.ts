import { css } from 'lit';

export default css`
  :host {
    display: block;
    /* The layout follows the element's own width (a side column, a dialog), not the viewport's. */
    container-type: inline-size;
  }

  /*
   * The search field is a box with the search icon beside the input. It shrinks with its label:
   * else the input's intrinsic width pushes it past the filter bar at some widths.
   */
  .search-box {
    display: flex;
    align-items: center;
    gap: var(--jg-space-2);
    min-width: 0;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-3);
    border: 1px solid var(--jg-color-text-muted);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: var(--jg-color-text-muted);
  }
  .search-box:focus-within {
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
    outline-offset: 1px;
  }
  .search-box input {
    flex: 1;
    min-width: 0;
    min-height: calc(var(--jg-target-size) - 2px);
    border: 0;
    background: transparent;
    color: var(--jg-color-text);
    font: inherit;
    /* 16 px at least: iOS Safari zooms the page into a focused field set smaller. */
    font-size: max(16px, var(--jg-font-size-md));
  }
  .search-box input:focus {
    outline: none;
  }
  .search-box input::placeholder {
    color: var(--jg-color-text-muted);
  }
  /* A 320 px phone (less the page's margins): the decorative icon gives its room to the
     placeholder, whole at 16 px (19 px in senior mode) in Chinese and in English. */
  @container (max-width: 300px) {
    .search-box {
      padding: 0 var(--jg-space-2);
    }
    .search-box .jg-icon {
      display: none;
    }
  }

  .list {
    display: grid;
    gap: var(--jg-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .merchant article {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: start;
    gap: var(--jg-space-3);
    padding: var(--jg-space-3) var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
  }
  .logo {
    width: var(--jg-merchant-list-logo-size, 56px);
    height: var(--jg-merchant-list-logo-size, 56px);
    border-radius: var(--jg-radius-md);
    object-fit: cover;
    background: var(--jg-color-surface-2);
  }
  .logo--empty {
    display: grid;
    place-items: center;
    color: var(--jg-color-text-muted);
    font-size: var(--jg-font-size-xl);
  }
  .body {
    display: grid;
    gap: 2px;
    min-width: 0;
    /* A name, offer or address with a word longer than the card (a URL, an English name)
       breaks inside the card rather than pushing it, and the code button, off the screen. */
    overflow-wrap: anywhere;
  }
  .body p {
    margin: 0;
  }
  .name {
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
    line-height: 1.3;
  }
  .discount {
    color: var(--jg-merchant-list-discount-color, var(--jg-color-primary));
    font-weight: 600;
  }
  .meta,
  .address,
  .phone,
  .end,
  .dialog-hint {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  /* Taller to the finger than its line (44 px and more), the lines unchanged: 1pc is 16 px. */
  .phone a {
    padding: 1pc 0;
    color: inherit;
  }
  .discount .jg-icon,
  .address .jg-icon,
  .phone .jg-icon {
    margin-inline-end: var(--jg-space-1);
  }
  .code-button {
    align-self: center;
    white-space: nowrap;
  }
  @container (max-width: 520px) {
    .merchant article {
      grid-template-columns: auto minmax(0, 1fr);
    }
    /* A row of its own: the label wraps rather than run past a phone's edge (200 % text). */
    .code-button {
      grid-column: 1 / -1;
      white-space: normal;
    }
  }
  /* Engines without container queries (Chrome < 105) go by the viewport (a page margin aside). */
  @supports not (container-type: inline-size) {
    @media (max-width: 340px) {
      .search-box {
        padding: 0 var(--jg-space-2);
      }
      .search-box .jg-icon {
        display: none;
      }
    }
    @media (max-width: 520px) {
      .merchant article {
        grid-template-columns: auto minmax(0, 1fr);
      }
      .code-button {
        grid-column: 1 / -1;
      }
    }
  }
  /* By class: senior mode may come from the provider, which a :host([senior]) rule misses. */
  .senior article {
    grid-template-columns: minmax(0, 1fr);
  }
  .senior .logo {
    display: none;
  }

  .center {
    display: grid;
    justify-items: center;
    margin-block-start: var(--jg-space-4);
  }
  .load-more[aria-disabled='true'] {
    cursor: progress;
  }
  .sentinel {
    width: 100%;
    height: 1px;
  }
  .end {
    margin: var(--jg-space-4) 0 0;
    text-align: center;
  }

  .dialog {
    width: min(420px, calc(100vw - 2 * var(--jg-space-4)));
    max-height: calc(100vh - 2 * var(--jg-space-4));
    padding: var(--jg-space-4);
    border: 0;
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    box-shadow: var(--jg-shadow);
    /* Its edge is the shadow, which forced colours (high contrast) drop; they paint this one. */
    outline: 1px solid transparent;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-2);
  }
  .dialog-title {
    margin: 0;
    font-size: var(--jg-font-size-lg);
  }
  .close {
    color: var(--jg-color-text-muted);
  }
  .dialog-hint {
    margin: var(--jg-space-2) 0 var(--jg-space-3);
  }
`;
