import { css } from 'lit';

export default css`
  .worker {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: var(--jg-space-3);
  }
  .body {
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
  .portrait--large {
    width: 128px;
    height: 160px;
  }
  .honour {
    display: flex;
    align-items: center;
    gap: var(--jg-space-1);
    color: var(--jg-color-primary);
    font-weight: 600;
  }
  .read {
    justify-self: start;
    padding-inline: 0;
  }
  .back {
    margin-block-end: var(--jg-space-3);
    padding-inline: 0;
  }
  .story {
    display: grid;
    gap: var(--jg-space-4);
    max-width: 44em;
  }
  .story-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--jg-space-4);
  }
  .story-head .body {
    flex: 1 1 16em;
  }
  .story-name {
    font-size: var(--jg-font-size-xl);
  }
  .story-name:focus {
    outline: none;
  }
  .honours {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .quote {
    margin: 0;
    padding: var(--jg-space-3) var(--jg-space-4);
    border-inline-start: 4px solid var(--jg-color-primary);
    background: var(--jg-color-surface-2);
    border-radius: var(--jg-radius-sm);
    font-size: var(--jg-font-size-lg);
  }
  .quote p,
  .story-text p {
    margin: 0;
  }
  .story-text {
    display: grid;
    gap: var(--jg-space-3);
    line-height: 1.8;
  }
`;
