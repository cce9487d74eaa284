import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .groups {
    display: grid;
    gap: var(--jg-space-5);
  }
  .group {
    display: grid;
    gap: var(--jg-space-3);
  }
  .group__title {
    display: flex;
    align-items: center;
    gap: var(--jg-space-2);
    font-size: var(--jg-font-size-lg);
    font-weight: 700;
    color: var(--jg-color-text);
  }
  .group__title .jg-icon {
    color: var(--jg-color-primary);
  }
  .group__count {
    font-size: var(--jg-font-size-sm);
    font-weight: 400;
    color: var(--jg-color-text-muted);
  }

  .list {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(var(--jg-card-benefits-columns, 240px), 100%), 1fr)
    );
    gap: var(--jg-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .benefit {
    display: flex;
    flex-direction: column;
    gap: var(--jg-space-2);
    padding: var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-card-benefits-radius, var(--jg-radius-md));
    background: var(--jg-color-surface);
  }
  .benefit__title {
    margin: 0;
    font-size: var(--jg-font-size-md);
    font-weight: 700;
    color: var(--jg-color-text);
  }
  .benefit__description {
    flex: 1;
    margin: 0;
    font-size: var(--jg-font-size-sm);
    color: var(--jg-color-text-muted);
  }
  .benefit__action {
    align-self: flex-start;
    color: var(--jg-color-primary);
    border-color: var(--jg-color-primary);
    font-weight: 600;
  }
`;
