import { css } from 'lit';

/**
 * The filter bar that renderFilters, renderSelect and SearchField render: the bar, each labelled
 * filter and the selects. Each list styles its search input itself (a plain bordered field, or a
 * box with an icon).
 */
export default css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--jg-space-3);
    margin-block-end: var(--jg-space-4);
  }
  .filter {
    display: grid;
    gap: var(--jg-space-1);
    flex: 1 1 9em;
    min-width: 0;
  }
  .filter-search {
    flex: 3 1 14em;
  }
  /* The label's text (renderSelect and SearchField render it as the label's first span). */
  .filter > :first-child {
    font-size: var(--jg-font-size-sm);
    font-weight: 600;
    color: var(--jg-color-text-muted);
  }
  select {
    width: 100%;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    /* A field's box is what shows it (3:1 at least, WCAG 1.4.11): not the light divider colour. */
    border: 1px solid var(--jg-color-text-muted);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: inherit;
    font: inherit;
    /* 16 px at least: iOS Safari zooms the page into a focused field set smaller. */
    font-size: max(16px, var(--jg-font-size-md));
  }
`;
