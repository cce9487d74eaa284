import { css } from 'lit';

/** Filters, cards and badges shared by the story list and the course list. */
export default css`
  :host {
    display: block;
    container-type: inline-size;
  }
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
  .filter-label {
    font-size: var(--jg-font-size-sm);
    font-weight: 600;
    color: var(--jg-color-text-muted);
  }
  select,
  input[type='search'] {
    width: 100%;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    font: inherit;
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--jg-space-2);
    min-height: var(--jg-target-size);
    flex: 1 1 100%;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--jg-color-primary);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(var(--jg-content-columns, 300px), 100%), 1fr)
    );
    gap: var(--jg-space-3);
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
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-lg);
    background: var(--jg-color-surface);
  }
  .card p {
    margin: 0;
  }
  .name {
    margin: 0;
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
    line-height: 1.3;
  }
  .muted {
    color: var(--jg-color-text-muted);
    font-size: var(--jg-font-size-sm);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-1);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-1);
    padding: 0 var(--jg-space-2);
    border: 1px solid var(--jg-color-border);
    border-radius: 999px;
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
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
    font-size: var(--jg-font-size-sm);
  }
  dt {
    color: var(--jg-color-text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .center,
  .end {
    display: flex;
    justify-content: center;
    margin-block: var(--jg-space-4) 0;
  }
  .end {
    color: var(--jg-color-text-muted);
    font-size: var(--jg-font-size-sm);
  }
`;
