import { css } from 'lit';

export default css`
  .worker {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: var(--jg-space-3);
  }
  .body,
  .story,
  .text {
    display: grid;
    gap: var(--jg-space-2);
    min-width: 0;
  }
  .portrait {
    width: 72px;
    height: 90px;
    border-radius: var(--jg-radius-md);
    object-fit: cover;
    background: var(--jg-color-surface-2);
  }
  .head .portrait {
    width: 128px;
    height: 160px;
  }
  .honour {
    display: flex;
    align-items: center;
    gap: var(--jg-space-1);
    font-weight: 600;
  }
  .honour,
  [part='honours'] > :first-child {
    border-color: var(--jg-color-primary);
    color: var(--jg-color-primary);
  }
  .read,
  .back {
    justify-self: start;
    margin-block-end: var(--jg-space-3);
    padding-inline: 0;
  }
  .read {
    margin: 0;
  }
  .story {
    overflow-wrap: anywhere;
    gap: var(--jg-space-4);
    max-width: 44em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-4);
  }
  .head .body {
    flex: 1 1 16em;
  }
  .story .name {
    font-size: var(--jg-font-size-xl);
    outline: none;
  }
  blockquote {
    margin: 0;
    padding: var(--jg-space-3) var(--jg-space-4);
    border-inline-start: 4px solid var(--jg-color-primary);
    border-radius: var(--jg-radius-sm);
    background: var(--jg-color-surface-2);
    font-size: var(--jg-font-size-lg);
  }
  blockquote p,
  .text p {
    margin: 0;
  }
  .text {
    gap: var(--jg-space-3);
    line-height: 1.8;
  }
`;
