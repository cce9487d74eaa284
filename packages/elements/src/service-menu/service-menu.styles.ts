import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_gap: var(--jg-service-menu-gap, var(--jg-space-3));
    --_icon: var(--jg-service-menu-icon-size, 48px);
  }
  :host([layout='list']) {
    --_gap: var(--jg-service-menu-gap, 0px);
  }
  :host([layout='compact']) {
    --_icon: var(--jg-service-menu-icon-size, 40px);
  }
  :host([senior]) {
    --_icon: var(--jg-service-menu-icon-size, 56px);
  }

  .grid,
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  .row,
  .skeleton {
    grid-template-columns: repeat(var(--_columns, 4), minmax(0, 1fr));
  }
  .row {
    display: grid;
    gap: var(--_gap);
  }
  .cell {
    display: flex;
    min-width: 0;
  }

  .tile {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--jg-space-2);
    width: 100%;
    min-height: var(--jg-target-size);
    padding: var(--jg-space-3) var(--jg-space-2);
    border-radius: var(--jg-service-menu-tile-radius, var(--jg-radius-lg));
    background: var(--jg-service-menu-tile-background, var(--jg-color-surface));
    color: var(--jg-color-text);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  .tile:hover {
    background: var(--jg-color-surface-2);
  }
  .tile:focus-visible {
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
    outline-offset: 0;
    z-index: 1;
  }
  .tile[aria-disabled='true'] {
    cursor: not-allowed;
  }
  .tile[aria-disabled='true'] .tile-icon {
    filter: grayscale(1);
    opacity: 0.55;
  }

  .tile-icon {
    display: grid;
    place-items: center;
    flex: none;
    width: var(--_icon);
    height: var(--_icon);
    border-radius: 50%;
    background: var(--jg-service-menu-icon-background, var(--jg-color-surface-2));
    color: var(--jg-service-menu-icon-color, var(--jg-color-primary));
    font-size: calc(var(--_icon) / 2);
  }
  .tile-icon .jg-icon {
    width: 1em;
    height: 1em;
    vertical-align: 0;
  }
  .tile-text {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .tile-name {
    font-size: var(--jg-font-size-md);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .tile-description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }

  .badge {
    padding: 0 var(--jg-space-2);
    border-radius: 999px;
    font-size: var(--jg-font-size-sm);
    line-height: 1.6;
    white-space: nowrap;
  }
  /* "新" sits on the icon's corner; "暂未开放" is read in the flow, under the name. */
  :host(:not([layout='list'])) .badge-new {
    position: absolute;
    top: var(--jg-space-2);
    inset-inline-start: calc(50% + var(--_icon) / 2 - var(--jg-space-3));
  }
  .badge-new {
    background: var(--jg-color-primary);
    color: var(--jg-color-on-primary);
  }
  .badge-unavailable {
    border: 1px solid var(--jg-color-border);
    background: var(--jg-color-surface-2);
    color: var(--jg-color-text);
  }

  /* compact: icon and name; the description stays for screen readers only. */
  :host([layout='compact']) .tile {
    padding: var(--jg-space-2) var(--jg-space-1);
    gap: var(--jg-space-1);
  }
  :host([layout='compact']) .tile-name {
    font-size: var(--jg-font-size-sm);
    font-weight: 500;
  }
  :host([layout='compact']) .tile-description {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  :host([layout='compact']) .badge {
    padding: 0 var(--jg-space-1);
  }
  :host([layout='compact']) .badge-new {
    top: var(--jg-space-1);
  }

  /* list: one row per service. */
  :host([layout='list']) .tile {
    flex-direction: row;
    align-items: center;
    gap: var(--jg-space-3);
    padding: var(--jg-space-3) var(--jg-space-4);
    border-radius: 0;
    border-bottom: 1px solid var(--jg-color-border);
    text-align: start;
  }
  :host([layout='list']) .tile-text {
    flex: 1;
  }
  :host([layout='list']) .badge {
    flex: none;
  }
  .chevron {
    flex: none;
    color: var(--jg-color-text-muted);
  }

  .skeleton-tile {
    display: grid;
    justify-items: center;
    gap: var(--jg-space-2);
    padding: var(--jg-space-3) var(--jg-space-2);
  }
  :host([layout='list']) .skeleton-tile {
    grid-template-columns: auto 1fr;
    align-items: center;
    justify-items: start;
    padding: var(--jg-space-3) var(--jg-space-4);
  }
  .skeleton-icon {
    width: var(--_icon);
    height: var(--_icon);
    border-radius: 50%;
    background: var(--jg-color-skeleton);
  }
  .skeleton-tile .jg-skeleton__line {
    width: 70%;
  }
`;
