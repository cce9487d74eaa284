import { css } from 'lit';

// The layouts differ mostly by sizes, so they set a few private properties on :host and the
// rules below read them, instead of each layout repeating the rules:
//   --_g  space between tiles    --_d  icon diameter (--_i once the partner's size is applied)
//   --_p  tile spacing (gaps, padding, the badge's inset): 8px, 4px in the compact layout
// The icon follows the target size token, which senior mode raises (48 → 56px, compact 40 → 48)
// on the element or on its provider alike: a :host([senior]) rule saw only the element's own.
// The loading skeleton reuses the tile rules, so it has the shape of the menu it stands for.
export default css`
  :host {
    display: block;
    --_g: var(--jg-space-3);
    --_d: calc(var(--jg-target-size) + 8px);
    --_p: var(--jg-space-2);
  }
  :host([layout='list']) {
    --_g: 0px;
  }
  :host([layout='compact']) {
    --_d: var(--jg-target-size);
    --_p: var(--jg-space-1);
  }

  .grid,
  .row {
    display: grid;
    gap: var(--jg-service-menu-gap, var(--_g));
  }
  .row {
    grid-template-columns: repeat(var(--_columns, 4), minmax(0, 1fr));
  }
  .cell {
    display: flex;
    min-width: 0;
  }

  .tile {
    --_i: var(--jg-service-menu-icon-size, var(--_d));
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_p);
    width: 100%;
    min-height: var(--jg-target-size);
    padding: calc(var(--_p) + var(--jg-space-1)) var(--_p);
    border-radius: var(--jg-service-menu-tile-radius, var(--jg-radius-lg));
    background: var(--jg-service-menu-tile-background, var(--jg-color-surface));
    color: inherit;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  a:hover {
    background: var(--jg-color-surface-2);
  }
  /* The base ring, drawn inside the tile so the neighbours do not cover it. */
  a:focus-visible {
    outline-offset: 0;
    z-index: 1;
  }
  [aria-disabled] {
    cursor: not-allowed;
  }
  [aria-disabled] .icon {
    filter: grayscale(1);
    opacity: 0.55;
  }

  .icon {
    display: grid;
    place-items: center;
    flex: none;
    width: var(--_i);
    height: var(--_i);
    border-radius: 50%;
    background: var(--jg-service-menu-icon-background, var(--jg-color-surface-2));
    color: var(--jg-service-menu-icon-color, var(--jg-color-primary));
    /* The base's icons are 1.25em: half the circle. */
    font-size: calc(var(--_i) / 2.5);
  }
  [part='skeleton'] .icon {
    background: var(--jg-color-skeleton);
  }

  .text {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* A name or badge on two lines breaks near its middle (暂未/开放, 答题/拉力赛), not before its
     last character (暂未开/放) in a narrow tile. */
  .name,
  .badge {
    text-wrap: balance;
  }
  /* Whole, never cut to two lines: with large text a tile's line holds three characters, and
     the member must read what the module is (the tile grows; its row with it). */
  .description {
    color: var(--jg-color-text-muted);
  }
  .description,
  .badge,
  :host([layout='compact']) .name {
    font-size: var(--jg-font-size-sm);
  }
  :host([layout='compact']) .name {
    font-weight: 500;
  }

  /* A badge wraps (and in a list row shrinks) rather than run over the name beside it or the
     next tile when the text is large. */
  .badge {
    padding: 0 var(--_p);
    border-radius: 999px;
    line-height: 1.6;
  }
  /* "新" sits on the icon's corner; "暂未开放" is read in the flow, under the name. Its end is
     placed, not its start: a wider "New" in a narrow tile grows over the icon, not past the
     tile (cut off at the menu's edge, or under the next tile). */
  :host(:not([layout='list'])) .badge-new {
    position: absolute;
    top: var(--_p);
    inset-inline-end: max(0px, 50% - var(--_i) / 2 - var(--jg-space-3));
  }
  .badge-new {
    background: var(--jg-color-primary);
    color: var(--jg-color-on-primary);
  }
  .badge-unavailable {
    overflow-wrap: anywhere;
    border: 1px solid var(--jg-color-border);
    background: var(--jg-color-surface-2);
  }

  /* list: one row per service. */
  :host([layout='list']) .tile {
    flex-flow: row wrap;
    gap: var(--jg-space-3);
    padding: var(--jg-space-3) var(--jg-space-4);
    border-radius: 0;
    border-bottom: 1px solid var(--jg-color-border);
    text-align: start;
  }
  /* Three characters at least before the badge moves to a line of its own (the row wraps) when
     the text is large. */
  :host([layout='list']) .text {
    flex: 3em;
  }
  .chevron {
    color: var(--jg-color-text-muted);
  }
`;
