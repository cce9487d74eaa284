import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { mallEndpoints, type PointsTransaction } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import { baseStyles } from '../internal/theme.js';
import { apiErrorMessage } from '../internal/localize.js';
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { messages, type MallMessages } from './messages.js';
import { PagedList } from './paged-list.js';
import listStyles from './mall-list.styles.js';

export type PointsTransactionType = PointsTransaction['type'];
const TYPES: readonly PointsTransactionType[] = ['earn', 'redeem', 'refund', 'expire', 'adjust'];

/**
 * The points ledger: earned, spent, refunded, expired and adjusted points, newest first, with
 * the balance after each entry; paginated.
 *
 * @tag jg-points-history
 * @csspart filter - The type filter select.
 * @csspart list - The list of entries.
 * @csspart entry - One ledger entry (`entry entry-<type>`).
 * @csspart type - An entry's type label.
 * @csspart delta - An entry's signed points.
 * @csspart load-more - The "load more" button.
 * @csspart skeleton - Placeholder while the first page loads.
 * @csspart empty - Shown when there are no entries.
 * @csspart error - Shown when loading failed, with a retry button.
 * @event jg-error - `{ error }` when loading fails.
 */
export class JgPointsHistory extends JgDataElement {
  static override styles = [baseStyles, listStyles];
  static override endpoints = mallEndpoints;

  /** Show only one kind of entry: `earn`, `redeem`, `refund`, `expire` or `adjust`; empty for all. */
  @property() type: PointsTransactionType | '' = '';

  private readonly entries = new PagedList<PointsTransaction>(this, (error) =>
    emitError(this, error),
  );
  private loadedClient?: unknown;

  /** Reloads the first page (e.g. after a redemption). */
  reload(): Promise<void> {
    return this.entries.reload(this.loader());
  }

  // update(), not willUpdate(): it runs after the controllers' hostUpdate, so the client is
  // resolved for this cycle (a change there during willUpdate would wait for the next one).
  protected override update(changed: PropertyValues<this>): void {
    const client = this.api.client;
    if (client && (client !== this.loadedClient || changed.has('type'))) {
      this.loadedClient = client;
      void this.entries.reload(this.loader());
    }
    super.update(changed);
  }

  private loader() {
    const client = this.api.client;
    if (!client) return undefined;
    const query = { limit: 30, ...(this.type ? { type: this.type } : {}) };
    return (cursor: string | undefined, signal: AbortSignal) =>
      client.me.points.transactions(cursor ? { ...query, cursor } : query, { signal });
  }

  private onTypeChange(event: Event): void {
    this.type = (event.target as HTMLSelectElement).value as PointsTransactionType | '';
  }

  override render(): TemplateResult {
    const m = this.t.pick(messages);
    const list = this.entries;
    let body: TemplateResult;
    if (list.status === 'error') body = renderError(list.error, this.t, () => void list.retry());
    else if (list.status === 'initial' || list.status === 'loading') {
      body = renderSkeleton(6, this.t.base.loading);
    } else if (list.items.length === 0) body = renderEmpty(m.noHistory);
    else {
      body = html`<ul class="list" part="list">
          ${list.items.map((entry) => this.renderEntry(entry, m))}
        </ul>
        ${this.renderMore(m)}`;
    }
    return html`<div class="header">
        <h2 class="title" tabindex="-1">${m.historyTitle}</h2>
        <label class="filter">
          <span>${m.historyTypeLabel}</span>
          <select part="filter" .value=${this.type} @change=${this.onTypeChange}>
            <option value="" ?selected=${this.type === ''}>${m.allTypes}</option>
            ${TYPES.map(
              (type) =>
                html`<option value=${type} ?selected=${this.type === type}>
                  ${m.txType[type]}
                </option>`,
            )}
          </select>
        </label>
      </div>
      ${body}`;
  }

  private renderMore(m: MallMessages): TemplateResult | typeof nothing {
    const list = this.entries;
    if (list.status === 'more-error') {
      return html`<div class="more" role="alert">
        <span>${apiErrorMessage(list.error, this.t.locale)}</span>
        <button type="button" class="jg-button" @click=${() => void list.retry()}>
          ${this.t.base.retry}
        </button>
      </div>`;
    }
    if (!list.hasMore) return nothing;
    return html`<div class="more">
      <button
        type="button"
        class="jg-button"
        part="load-more"
        ?disabled=${list.loadingMore}
        @click=${() => void list.loadMore()}
      >
        ${list.loadingMore ? this.t.base.loading : m.loadMore}
      </button>
    </div>`;
  }

  private renderEntry(entry: PointsTransaction, m: MallMessages): TemplateResult {
    const sign = entry.points > 0 ? '+' : entry.points < 0 ? '−' : '';
    const magnitude = this.t.formatNumber(Math.abs(entry.points));
    return html`<li class=${`item entry entry-${entry.type}`} part=${`entry entry-${entry.type}`}>
      <div class="main">
        <div class="row">
          <span class=${`type type-${entry.type}`} part="type">${m.txType[entry.type]}</span>
          <span
            class=${entry.points >= 0 ? 'delta delta--plus' : 'delta delta--minus'}
            part="delta"
          >
            ${sign}${magnitude}
          </span>
        </div>
        <p class="description">${entry.description}</p>
        <p class="meta">
          ${this.t.formatDate(entry.createdAt, 'datetime')} ·
          ${m.balanceAfter(this.t.formatNumber(entry.balanceAfter))}
          ${
            entry.expiresAt && entry.points > 0
              ? html` · ${m.expiresAt(this.t.formatDate(entry.expiresAt))}`
              : nothing
          }
        </p>
      </div>
    </li>`;
  }
}
