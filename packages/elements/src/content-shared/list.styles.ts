import { css } from 'lit';

/**
 * The search field, cards, badges and facts shared by the story list and the course list (with
 * filters.styles for the rest of the filter bar). Rules are grouped by what they share (muted
 * small text, borders, resets) rather than repeated per class.
 */
export default css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .badges,
  .end {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-1);
  }
  .muted,
  .badge,
  dt,
  .end {
    color: var(--jg-color-text-muted);
  }
  .muted,
  .badge,
  dl,
  .end {
    font-size: var(--jg-font-size-sm);
  }
  [type='search'],
  .card,
  .badge {
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
  }
  /* A field's box is what shows it (3:1 at least, WCAG 1.4.11): not the light divider colour. */
  [type='search'] {
    border-color: var(--jg-color-text-muted);
    width: 100%;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    color: inherit;
    font: inherit;
    /* 16 px at least: iOS Safari zooms the page into a focused field set smaller. */
    font-size: max(16px, var(--jg-font-size-md));
  }
  .list {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(var(--jg-content-columns, 300px), 100%), 1fr)
    );
    gap: var(--jg-space-3);
  }
  .list,
  .badges {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    /* A long unbroken word (an English name, a URL) wraps instead of running off the phone. */
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    gap: var(--jg-space-2);
    height: 100%;
    padding: var(--jg-space-4);
    border-radius: var(--jg-radius-lg);
  }
  .card p,
  .name,
  dd {
    margin: 0;
  }
  .name {
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
    line-height: 1.3;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-1);
    padding: 0 var(--jg-space-2);
    border-radius: 999px;
  }
  .badge--accent {
    border-color: var(--jg-color-primary);
    color: var(--jg-color-primary);
  }
  dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: var(--jg-space-1) var(--jg-space-3);
    margin: 0;
  }
  dd {
    overflow-wrap: anywhere;
  }
  .end {
    justify-content: center;
    margin-block-start: var(--jg-space-4);
  }
`;
