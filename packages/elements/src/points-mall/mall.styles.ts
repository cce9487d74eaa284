import { css } from 'lit';

// One sheet for the whole family (constructable, so shared by every shadow root): form controls,
// lists, chips and badges look the same in each view. Buttons, skeletons and states come from
// the base styles.
export default css`
  :host {
    display: block;
    /* The page's text styles stop here (docs/theming.md): a legacy intranet's nowrap runs the
       text off a phone, centring and indents misplace it, and a text fill colour paints over
       the theme's colours. */
    white-space: normal;
    text-align: start;
    text-indent: 0;
    -webkit-text-fill-color: currentColor;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  p,
  ul,
  dl,
  dd {
    margin: 0;
    font-size: inherit;
  }
  h2,
  .product h3,
  .price strong {
    font-size: var(--jg-font-size-lg);
  }
  /* API text (names, addresses, reasons) may hold a word longer than a phone is wide: it wraps
     rather than widening the whole view past the screen; so does a six-figure balance in senior
     mode at 200 % text with a member's letter spacing (128,000 ran off a 320 px phone). */
  h2,
  h3,
  p,
  dd,
  .name,
  .balance,
  .muted {
    overflow-wrap: anywhere;
  }
  /* Controls and their labels may shrink below their intrinsic width (an input's 20 characters,
     the longest option) or a senior-mode toolbar sticks out of a narrow phone. */
  label {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-2);
    min-width: 0;
  }
  /* The whole label takes the tap: a target as tall as a button (44 px or more in senior mode). */
  .afford {
    min-height: var(--jg-target-size);
  }
  input,
  select {
    min-width: 0;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    border: 1px solid var(--jg-color-text-muted);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: inherit;
    font: inherit;
    /* 16 px at least: iOS Safari zooms the page into a focused field set smaller. */
    font-size: max(16px, var(--jg-font-size-md));
  }
  [type='checkbox'] {
    min-height: 0;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--jg-color-primary);
  }
  /* Thicker too: red is as dark as a valid field's border (and forced colours keep a width). */
  [aria-invalid='true'] {
    border-color: var(--jg-color-danger);
    border-width: 2px;
  }
  .muted,
  .badge {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }

  /* The balance bar and the view tabs of <jg-points-mall>. */
  .balance {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--jg-space-2) var(--jg-space-3);
    padding: var(--jg-space-4);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-mall-header-background, var(--jg-color-primary));
    color: var(--jg-color-on-primary);
  }
  .balance strong,
  .info > h2 {
    font-size: var(--jg-font-size-xl);
  }
  .expiring {
    flex-basis: 100%;
    font-size: var(--jg-font-size-sm);
  }
  .balance .jg-skeleton__line {
    width: 6em;
    opacity: 0.6;
  }
  .balance[role='alert'] {
    background: var(--jg-color-surface-2);
    color: var(--jg-color-text);
  }
  /* The tabs wrap rather than scroll: a tab hidden beyond a narrow phone's edge (senior type,
     English) is one an older member never finds. */
  nav {
    display: flex;
    flex-wrap: wrap;
    margin-block: var(--jg-space-3) var(--jg-space-4);
    border-bottom: 1px solid var(--jg-color-border);
  }
  nav button {
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-3);
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--jg-color-text-muted);
    font: inherit;
    cursor: pointer;
  }
  nav [part~='active'] {
    border-color: var(--jg-color-primary);
    color: var(--jg-color-text);
    font-weight: 600;
  }
  .view:focus {
    outline: 0;
  }

  /* Toolbars: the grid's search, sort and filter; the lists' title and filter. */
  .toolbar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--jg-space-3);
    margin-block-end: var(--jg-space-3);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-3);
  }
  .search {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search .jg-icon {
    position: absolute;
    inset-inline-start: var(--jg-space-3);
    color: var(--jg-color-text-muted);
  }
  .search input {
    flex: 1;
    padding-inline-start: 2.5em;
  }
  /* Room inside the sideways scrollers for the focus ring (2 px + 2 px offset, senior 3 + 2),
     which they would clip. */
  .chips,
  .thumbs {
    display: flex;
    gap: var(--jg-space-2);
    overflow-x: auto;
    padding: 6px;
    scroll-padding: 6px;
  }
  .chips {
    align-items: center;
    margin-block: -6px;
  }
  .chips button {
    flex: none;
    border-radius: 999px;
  }

  /* The virtualised product grid: fixed-size cells, so nothing jumps while images load. */
  :host([scroller]) .grid {
    height: var(--jg-mall-grid-height, 70vh);
    overflow: auto;
  }
  .cell {
    padding: 6px;
    container-type: inline-size;
  }
  .card {
    display: grid;
    align-content: start;
    gap: var(--jg-space-1);
    width: 100%;
    height: 100%;
    padding: 0 0 var(--jg-space-2);
    overflow: hidden;
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-mall-card-radius, var(--jg-radius-lg));
    background: var(--jg-color-surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    contain: strict;
  }
  .card:hover {
    box-shadow: var(--jg-shadow);
  }
  img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--jg-mall-image-radius, var(--jg-radius-lg));
    background: var(--jg-color-surface-2);
    position: relative;
  }
  /* An image that does not load (its host refused by a proxy or a CSP, a 404, offline): Chromium
     and Firefox draw this over the broken-image icon and the alt text, so the tile's placeholder
     shows. Loaded images draw no generated content. */
  img::after {
    content: '';
    position: absolute;
    inset: 0;
    background: inherit;
    border-radius: inherit;
  }
  .card img {
    border-radius: 0;
  }
  .card > span {
    padding-inline: var(--jg-space-2);
  }
  .name {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    min-height: 2.9em;
    line-height: 1.45;
  }
  /* A cell narrow for its text (one column on a phone at 200 %, senior mode's two) has room for
     a third line of the name, which two cut off when the member spaces the text out. */
  @container (width < 8.5em) {
    .name {
      -webkit-line-clamp: 3;
    }
  }
  .price,
  .main strong {
    color: var(--jg-color-primary);
  }
  .out,
  .field-error,
  .failure {
    color: var(--jg-color-danger);
  }
  .more {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--jg-space-3);
    margin-block-start: var(--jg-space-3);
  }

  /* Product detail and redemption. */
  .product,
  .info,
  .redeem,
  .field,
  fieldset,
  .success,
  .list,
  .main,
  .confirm {
    display: grid;
    gap: var(--jg-space-3);
    align-content: start;
    min-width: 0;
  }
  .back {
    margin-block-end: var(--jg-space-2);
    padding-inline: 0;
  }
  .back .jg-icon {
    transform: scaleX(-1);
  }
  @media (min-width: 720px) {
    .product {
      grid-template-columns: 1fr 1fr;
    }
    .product > section {
      grid-column: 1 / -1;
    }
  }
  .thumbs {
    margin-block: 2px -6px;
  }
  .thumbs button {
    flex: none;
    padding: 2px;
    border: 2px solid transparent;
    border-radius: var(--jg-radius-md);
    background: none;
    cursor: pointer;
  }
  .thumbs [aria-pressed='true'] {
    border-color: var(--jg-color-primary);
  }
  .thumbs img {
    width: 64px;
    border-radius: var(--jg-radius-sm);
  }
  /* A label and a value too long for one line (领取方式 暂时不能在这里兑换 at 320 px) take a
     line each rather than break the label (领取/方式); a label longer than the screen (English
     at 200 %) wraps within it. */
  dl div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--jg-space-3);
    padding-block: var(--jg-space-1);
    border-bottom: 1px solid var(--jg-color-border);
  }
  dt {
    color: var(--jg-color-text-muted);
  }
  dd {
    text-align: end;
  }
  .field {
    gap: var(--jg-space-1);
  }
  /* No wider than its column (half of a 320 px mall on a wide page is 154 px): the field
     shrinks, not the + button pushed out. */
  .stepper {
    display: flex;
    gap: var(--jg-space-2);
    min-width: 0;
  }
  /* Five characters wide, less when the text is large (senior mode at 200 % on a phone). */
  .stepper input {
    flex: 0 1 5em;
    text-align: center;
  }
  .stepper button {
    padding: 0;
  }
  .field-error:empty {
    display: none;
  }
  fieldset {
    margin: 0;
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
  }
  legend {
    font-weight: 600;
  }
  .failure,
  .success,
  .confirm {
    gap: var(--jg-space-2);
    padding: var(--jg-space-3);
    border: 1px solid;
    border-radius: var(--jg-radius-md);
  }
  .failure {
    display: flex;
  }
  .success {
    border-color: var(--jg-color-success);
  }
  .confirm {
    border: 0;
    background: var(--jg-color-surface-2);
  }
  dialog {
    width: min(92vw, 420px);
    padding: var(--jg-space-4);
    border: 0;
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
    color: inherit;
    box-shadow: var(--jg-shadow);
    /* Its edge is the shadow, which forced colours (high contrast) drop; they paint this one. */
    outline: 1px solid transparent;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog > * + * {
    margin-block-start: var(--jg-space-3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-2);
  }
  dialog .actions {
    justify-content: flex-end;
  }
  .description {
    white-space: pre-line;
  }

  /* Orders and the points history. */
  .list {
    gap: var(--jg-space-2);
    padding: 0;
    list-style: none;
  }
  .list li {
    display: flex;
    /* An order's text under its picture when the text is large for the row beside it (200 % on a
       phone): a column a third narrower broke its words in two. */
    flex-wrap: wrap;
    gap: var(--jg-space-3);
    padding: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
  }
  .list img {
    /* 64 px, larger in senior mode (the token grows there). */
    width: calc(var(--jg-target-size) * 1.6);
    /* A height of its own: the row is a flex line, which stretches a picture without one to the
       order's text (aspect-ratio does not stop that). */
    height: calc(var(--jg-target-size) * 1.6);
    flex: none;
    border-radius: var(--jg-radius-sm);
  }
  .main {
    flex: 1 10em;
    gap: var(--jg-space-1);
  }
  .main .bar {
    align-items: baseline;
  }
  .badge {
    padding: 0 var(--jg-space-2);
    border: 1px solid;
    border-radius: 999px;
    white-space: nowrap;
  }
  .warning,
  .status-confirmed,
  .status-shipped {
    color: var(--jg-color-warning);
  }
  .status-completed,
  .plus,
  .success h2 {
    color: var(--jg-color-success);
  }
  .delta {
    font-weight: 600;
    font-size: var(--jg-font-size-lg);
    font-variant-numeric: tabular-nums;
  }

  /* Forced colours (Windows high contrast) draw every border alike and drop the backgrounds: the
     current tab, category and picture would look like the others. */
  @media (forced-colors: active) {
    [part~='active'],
    button[aria-pressed='true'] {
      /* Kept as set: forced, the text gets a canvas backplate (black text on black). */
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* An icon keeps its own colour there: grey on the member's background. */
    .search .jg-icon {
      color: inherit;
    }
  }
`;
