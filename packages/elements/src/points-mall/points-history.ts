import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { PointsTransaction, PointsTransactionType } from '@jiagong/contract';
import { renderEmpty } from '../internal/states.js';
import type { JiagongClient } from '@jiagong/client';
import { MallList } from './mall-list.js';
import { renderList, type PageLoader } from './paged-list.js';
import { formatDate, own } from '../internal/localize.js';

// A filter is one of today's types (the entries may carry others a newer API added).
export type { PointsTransactionType };

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
 * @csspart retry-button - The retry button of the error state.
 * @event jg-error - `{ error }` when loading fails.
 */
export class JgPointsHistory extends MallList<PointsTransaction> {
  static override properties: PropertyDeclarations = { type: {} };

  /** Show only one kind of entry: `earn`, `redeem`, `refund`, `expire` or `adjust`; empty for all. */
  type: PointsTransactionType | '' = '';

  protected pages(client: JiagongClient): PageLoader<PointsTransaction> {
    const type = this.type || undefined;
    return (cursor, signal, limit = 30) =>
      client.me.points.transactions({ limit, type, cursor }, { signal });
  }

  override render(): TemplateResult {
    const m = this.m;
    return html`<div class="toolbar bar">
        <h2 tabindex="-1">${m.views.points}</h2>
        <label>
          ${m.type}
          <select
            part="filter"
            .value=${this.type}
            @change=${(e: Event) => {
              this.type = (e.target as HTMLSelectElement).value as PointsTransactionType;
            }}
          >
            ${Object.entries(m.tx).map(
              ([type, label]) =>
                html`<option value=${type} ?selected=${this.type === type}>${label}</option>`,
            )}
          </select>
        </label>
      </div>
      ${renderList(
        this.list,
        this.t,
        m.more,
        () => renderEmpty(m.noHistory),
        (entry) => {
          const { type, points } = entry;
          return html`<li part="entry entry-${type}" tabindex="-1">
            <div class="main">
              <div class="bar">
                <span class="badge" part="type">${own(m.tx, type) ?? m.other}</span>
                <span class="delta ${points < 0 ? 'out' : 'plus'}" part="delta">
                  ${points > 0 ? '+' : points < 0 ? '−' : ''}${this.num(Math.abs(points))}
                </span>
              </div>
              <p class="description">${entry.description}</p>
              <p class="muted">
                ${formatDate(this.t.locale, entry.createdAt, 'datetime')} ·
                ${m.balanceIs(this.num(entry.balanceAfter))}
                ${
                  entry.expiresAt && points > 0
                    ? ` · ${m.expires(formatDate(this.t.locale, entry.expiresAt))}`
                    : nothing
                }
              </p>
            </div>
          </li>`;
        },
      )}`;
  }
}
