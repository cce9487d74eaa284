import { css } from 'lit';

export default css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .toolbar {
    display: grid;
    gap: var(--jg-space-3);
    padding-block-end: var(--jg-space-3);
  }

  .search {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search-icon {
    position: absolute;
    inset-inline-start: var(--jg-space-3);
    color: var(--jg-color-text-muted);
    display: flex;
  }
  .search input {
    width: 100%;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-3) 0 calc(var(--jg-space-3) * 2 + 1.25em);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    font: inherit;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--jg-space-3);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-2);
  }
  .sort select {
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-2);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    font: inherit;
  }
  .afford {
    display: inline-flex;
    align-items: center;
    gap: var(--jg-space-2);
    min-height: var(--jg-target-size);
    cursor: pointer;
  }
  .afford input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--jg-color-primary);
  }

  .categories {
    display: flex;
    gap: var(--jg-space-2);
    overflow-x: auto;
    scrollbar-width: thin;
    padding-block: 2px;
  }
  .chip {
    flex: none;
    min-height: var(--jg-target-size);
    padding: 0 var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: 999px;
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    font: inherit;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--jg-color-primary);
    background: var(--jg-color-primary);
    color: var(--jg-color-on-primary);
  }
  .chip-skeleton {
    flex: none;
    width: 4.5em !important;
    height: var(--jg-target-size);
    border-radius: 999px;
  }
  .categories-error {
    display: flex;
    align-items: center;
    gap: var(--jg-space-2);
    color: var(--jg-color-text-muted);
  }

  .status {
    margin: 0 0 var(--jg-space-2);
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }

  .grid {
    /* The virtualizer sizes this box to the full list height and positions cells in it. */
    display: block;
    position: relative;
    width: 100%;
  }
  .grid[hidden] {
    display: none;
  }
  :host([scroller]) .grid {
    height: var(--jg-mall-grid-height, 70vh);
    overflow: auto;
  }
  .cell {
    padding: 6px;
  }
  .card {
    display: grid;
    grid-template-rows: auto auto auto 1fr;
    align-content: start;
    gap: var(--jg-space-1);
    width: 100%;
    height: 100%;
    padding: 0 0 var(--jg-space-2);
    overflow: hidden;
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-mall-card-radius, var(--jg-radius-lg));
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
    contain: strict;
  }
  .card:hover {
    box-shadow: var(--jg-shadow);
  }
  .card img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    background: var(--jg-color-surface-2);
  }
  .name,
  .price,
  .stock {
    padding-inline: var(--jg-space-2);
  }
  .name {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    line-height: 1.45;
    min-height: 2.9em;
  }
  .price {
    color: var(--jg-color-primary);
    font-size: var(--jg-font-size-sm);
  }
  .price strong {
    font-size: var(--jg-font-size-lg);
  }
  .price .cash {
    margin-inline-start: var(--jg-space-1);
  }
  .stock {
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .stock--out {
    color: var(--jg-color-danger);
  }

  .more,
  .more-error {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--jg-space-3);
    margin: var(--jg-space-3) 0;
    color: var(--jg-color-text-muted);
    font-size: var(--jg-font-size-sm);
  }

  .skeleton-grid {
    display: grid;
    /* Follows the target-size token, so senior mode from a provider widens it too. */
    grid-template-columns: repeat(auto-fill, minmax(calc(var(--jg-target-size) * 3.8), 1fr));
    gap: var(--jg-space-3);
  }
  .skeleton-card {
    display: grid;
    gap: var(--jg-space-2);
    padding-block-end: var(--jg-space-3);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-mall-card-radius, var(--jg-radius-lg));
    overflow: hidden;
  }
  .skeleton-card .jg-skeleton__line {
    margin-inline: var(--jg-space-2);
  }
  .skeleton-card .skeleton-image {
    width: auto !important;
    height: auto;
    aspect-ratio: 4 / 3;
    margin: 0;
    border-radius: 0;
  }
`;
