import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .panel,
  .jg-skeleton,
  .jg-state {
    max-width: 40em;
  }
  .panel,
  fieldset,
  .box,
  ol,
  ol > li {
    display: grid;
    gap: var(--jg-space-3);
    margin: 0;
  }
  .panel {
    /* One column no wider than the panel: long words wrap, the leaderboard scrolls. */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
  }
  .panel p {
    margin: 0;
  }
  .title,
  .bar,
  .timer,
  .option,
  .nav,
  .box p,
  .mark,
  summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--jg-space-2);
  }
  .title {
    /* The icon stays beside the first line of a long title. */
    flex-wrap: nowrap;
    font-size: var(--jg-font-size-xl);
    font-weight: 700;
    line-height: 1.3;
  }
  .title .jg-icon,
  .points,
  summary {
    color: var(--jg-color-primary);
  }
  .title:focus,
  legend:focus,
  .box p:focus {
    outline: none;
  }
  .rules,
  .bar,
  .option b,
  thead,
  .muted {
    color: var(--jg-color-text-muted);
  }
  .rules {
    padding-inline-start: 1.25em;
  }
  .panel > div > .jg-button,
  .panel > .jg-button,
  .box .jg-button {
    justify-self: start;
  }
  .bar,
  .nav {
    justify-content: space-between;
  }
  progress {
    width: 100%;
    height: 6px;
  }
  progress,
  .option input {
    accent-color: var(--jg-color-primary);
  }
  .timer {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--jg-color-text);
  }
  [part~='timer-low'],
  .error,
  .ko .mark {
    color: var(--jg-color-danger);
  }
  fieldset {
    gap: var(--jg-space-2);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--jg-space-3);
    font-weight: 600;
  }
  legend,
  .score,
  caption {
    font-size: var(--jg-font-size-lg);
    font-weight: 600;
  }
  .option {
    gap: var(--jg-space-3);
    min-height: var(--jg-target-size);
    padding: var(--jg-space-2) var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    cursor: pointer;
  }
  /* Apart from .box: an engine without :has() (Chrome < 105) drops a whole rule that names it. */
  .option:has(:checked) {
    border-color: var(--jg-color-primary);
    background: var(--jg-color-surface-2);
  }
  .option:focus-within {
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
  }
  /* The answer wraps beside its letter, not below it on a line of its own. */
  .option span {
    flex: 1;
  }
  .option input {
    width: 1.2em;
    height: 1.2em;
    margin: 0;
  }
  .box {
    gap: var(--jg-space-2);
    padding: var(--jg-space-3);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface-2);
  }
  .points {
    font-size: var(--jg-font-size-xl);
    font-weight: 700;
  }
  .muted,
  table {
    font-size: var(--jg-font-size-sm);
  }
  summary {
    flex-wrap: nowrap;
    min-height: var(--jg-target-size);
    cursor: pointer;
  }
  /* The caption wraps in the box's width and stays in sight as the table scrolls: as wide as
     the table, its end was cut off ('Union branc') in English at 200 %. */
  .scroll {
    container-type: inline-size;
    overflow-x: auto;
    overflow-wrap: normal;
  }
  caption {
    position: sticky;
    left: 0;
    max-width: 100cqi;
  }
  /* The table is the tab stop: its ring inside, where the scroll box does not clip it. */
  table:focus-visible {
    outline-offset: calc(-1 * var(--jg-focus-width));
  }
  ol {
    padding-inline-start: 1.5em;
  }
  ol > li {
    gap: var(--jg-space-1);
  }
  .q {
    font-weight: 600;
  }
  .ok .mark {
    color: var(--jg-color-success);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption,
  th,
  td {
    padding: var(--jg-space-2) var(--jg-space-1);
    text-align: start;
  }
  th,
  td {
    border-block-end: 1px solid var(--jg-color-border);
  }
  tbody th {
    font-weight: 400;
  }
  /* Forced colours (high contrast) keep an icon's own colour: the page's red on the member's
     background (dim on black, pale pink on white in the dark theme). It takes the title's. The
     chosen answer's border colour and background are dropped there too (every box alike): its
     border is thicker instead, which they keep. */
  @media (forced-colors: active) {
    .title .jg-icon {
      color: inherit;
    }
    /* The confirmation's and the error's edge was their background. */
    .box {
      border: 1px solid;
    }
    /* Its own rule: an engine without :has() drops a whole rule that names it. */
    .option:has(:checked) {
      border-width: 2px;
    }
  }
`;
