import { css } from 'lit';

/**
 * The filter bar, cards, badges and facts shared by the story list and the course list. Rules are
 * grouped by what they share (muted small text, borders, resets) rather than repeated per class.
 */
export default css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .filters,
  .badges,
  .end {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-1);
  }
  .filters {
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
  .filter > :first-child {
    font-weight: 600;
  }
  .filter > :first-child,
  .muted,
  .badge,
  dt,
  .end {
    color: var(--jg-color-text-muted);
  }
  .filter > :first-child,
  .muted,
  .badge,
  dl,
  .end {
    font-size: var(--jg-font-size-sm);
  }
  select,
  [type='search'],
  .card,
  .badge {
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
  }
  select,
  [type='search'] {
    width: 100%;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    color: inherit;
    font: inherit;
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
