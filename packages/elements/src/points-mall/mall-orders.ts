import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { mallEndpoints, type Order } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import { baseStyles } from '../internal/theme.js';
import { apiErrorMessage, errorCode } from '../internal/localize.js';
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { messages, type MallMessages } from './messages.js';
import { PagedList } from './paged-list.js';
import { apiBaseOf, resolveAssetUrl } from './format.js';
import listStyles from './mall-list.styles.js';

/**
 * The member's points-mall orders, newest first, with their status and a cancel button where
 * the API allows it (the points return to the balance).
 *
 * @tag jg-mall-orders
 * @csspart list - The list of orders.
 * @csspart order - One order.
 * @csspart status - An order's status badge (`status status-<value>`).
 * @csspart cancel-button - The cancel button of a cancellable order.
 * @csspart confirm-cancel - The inline cancel confirmation.
 * @csspart load-more - The "load more" button.
 * @csspart skeleton - Placeholder while the first page loads.
 * @csspart empty - Shown when there are no orders.
 * @csspart error - Shown when loading failed, with a retry button.
 * @event jg-order-cancelled - `{ order }` after an order was cancelled.
 * @event jg-navigate - `{ view: 'grid' }` from the empty state's button. Cancelable.
 * @event jg-error - `{ error }` when loading or cancelling fails.
 */
export class JgMallOrders extends JgDataElement {
  static override styles = [baseStyles, listStyles];
  static override endpoints = mallEndpoints;

  @state() private confirmId?: string;
  @state() private cancellingId?: string;
  @state() private cancelFailure?: { id: string; error: unknown };
  @state() private announcement = '';

  private readonly orders = new PagedList<Order>(this, (error) => emitError(this, error));
  private loadedClient?: unknown;
  private assetBase?: string;

  /** Reloads the first page. */
  reload(): Promise<void> {
    return this.orders.reload(this.loader());
  }

  // update(), not willUpdate(): it runs after the controllers' hostUpdate, so the client is
  // resolved for this cycle (a change there during willUpdate would wait for the next one).
  protected override update(changed: PropertyValues<this>): void {
    const client = this.api.client;
    if (client && client !== this.loadedClient) {
      this.loadedClient = client;
      void this.orders.reload(this.loader());
    }
    super.update(changed);
  }

  private loader() {
    const client = this.api.client;
    if (!client) return undefined;
    return (cursor: string | undefined, signal: AbortSignal) =>
      client.me.orders.list(cursor ? { cursor, limit: 20 } : { limit: 20 }, { signal });
  }

  private async askCancel(order: Order): Promise<void> {
    this.confirmId = order.id;
    this.cancelFailure = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-confirm="${CSS.escape(order.id)}"]`)?.focus();
  }

  private async keep(order: Order): Promise<void> {
    this.confirmId = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-cancel="${CSS.escape(order.id)}"]`)?.focus();
  }

  private async cancel(order: Order): Promise<void> {
    const client = this.api.client;
    if (!client || this.cancellingId) return;
    this.cancellingId = order.id;
    this.cancelFailure = undefined;
    const m = this.t.pick(messages);
    try {
      const cancelled = await client.me.orders.cancel(order.id);
      this.orders.update(
        (item) => item.id === cancelled.id,
        () => cancelled,
      );
      this.confirmId = undefined;
      this.announcement = m.cancelled(this.t.formatNumber(cancelled.pointsTotal));
      this.emit('jg-order-cancelled', { order: cancelled });
    } catch (error) {
      this.cancelFailure = { id: order.id, error };
      emitError(this, error);
      // Someone else (the partner's staff, another tab) changed it: show what it is now.
      if (errorCode(error) === 'order_not_cancellable') {
        this.confirmId = undefined;
        void client.me.orders.get(order.id).then(
          (fresh) =>
            this.orders.update(
              (item) => item.id === fresh.id,
              () => fresh,
            ),
          () => undefined,
        );
      }
    } finally {
      this.cancellingId = undefined;
    }
    // The confirmation (and the focused button in it) is gone: keep focus on this order.
    if (this.confirmId === undefined) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#order-${CSS.escape(order.id)}`)?.focus();
    }
  }

  override render(): TemplateResult {
    const m = this.t.pick(messages);
    const list = this.orders;
    let body: TemplateResult;
    if (list.status === 'error') {
      body = renderError(list.error, this.t, () => void list.retry());
    } else if (list.status === 'initial' || list.status === 'loading') {
      body = renderSkeleton(6, this.t.base.loading);
    } else if (list.items.length === 0) {
      body = html`${renderEmpty(m.noOrders, m.noOrdersDetail)}
        <div class="empty-action">
          <button
            type="button"
            class="jg-button jg-button--primary"
            @click=${() => this.emit('jg-navigate', { view: 'grid' }, { cancelable: true })}
          >
            ${m.continueShopping}
          </button>
        </div>`;
    } else {
      this.assetBase = apiBaseOf(this);
      body = html`<ul class="list" part="list">
          ${list.items.map((order) => this.renderOrder(order, m))}
        </ul>
        ${this.renderMore(m)}`;
    }
    return html`<h2 class="title" tabindex="-1">${m.ordersTitle}</h2>
      <p class="jg-visually-hidden" role="status">${this.announcement}</p>
      ${body}`;
  }

  private renderMore(m: MallMessages): TemplateResult | typeof nothing {
    const list = this.orders;
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

  private renderOrder(order: Order, m: MallMessages): TemplateResult {
    const base = this.assetBase;
    const confirming = this.confirmId === order.id;
    const cancelling = this.cancellingId === order.id;
    const failure = this.cancelFailure?.id === order.id ? this.cancelFailure.error : undefined;
    const titleId = `order-${order.id}`;
    return html`<li class="item order" part="order">
      <img
        class="thumb"
        src=${resolveAssetUrl(order.imageUrl, base)}
        alt=""
        width="64"
        height="64"
        loading="lazy"
        decoding="async"
      />
      <div class="main">
        <div class="row">
          <h3 id=${titleId} class="item-title" tabindex="-1">${order.productName}</h3>
          <span class=${`status status-${order.status}`} part=${`status status-${order.status}`}>
            ${m.orderStatus[order.status]}
          </span>
        </div>
        <p class="meta">
          ${m.orderNumber(order.id)} ·
          ${m.orderedAt(this.t.formatDate(order.createdAt, 'datetime'))}
        </p>
        <p class="amount">
          × ${this.t.formatNumber(order.quantity)} · ${m.orderTotal}
          <strong>${m.points(this.t.formatNumber(order.pointsTotal))}</strong>
          ${order.cashTotalFen > 0 ? m.cashPlus(this.t.formatFen(order.cashTotalFen)) : nothing}
        </p>
        ${
          order.delivery
            ? html`<p class="meta">
                ${m.deliverTo}: ${order.delivery.recipientMasked} ${order.delivery.mobileMasked} ·
                ${order.delivery.address}
              </p>`
            : nothing
        }
        ${
          order.redemptionCode && order.status !== 'cancelled'
            ? html`<p class="meta">
                ${m.redemptionCode}: <strong>${order.redemptionCode}</strong>
              </p>`
            : nothing
        }
        ${
          failure
            ? html`<p class="failure" role="alert">${apiErrorMessage(failure, this.t.locale)}</p>`
            : nothing
        }
        ${
          order.cancellable && order.status !== 'cancelled'
            ? confirming
              ? html`<div
                  class="confirm"
                  part="confirm-cancel"
                  role="group"
                  aria-labelledby=${`${titleId}-q`}
                >
                  <p id=${`${titleId}-q`}>${m.cancelConfirm(order.productName)}</p>
                  <div class="actions">
                    <button
                      type="button"
                      class="jg-button jg-button--primary"
                      data-confirm=${order.id}
                      ?disabled=${cancelling}
                      @click=${() => void this.cancel(order)}
                    >
                      ${cancelling ? m.cancelling : m.cancelYes}
                    </button>
                    <button
                      type="button"
                      class="jg-button"
                      ?disabled=${cancelling}
                      @click=${() => void this.keep(order)}
                    >
                      ${m.cancelNo}
                    </button>
                  </div>
                </div>`
              : html`<div class="actions">
                  <button
                    type="button"
                    class="jg-button"
                    part="cancel-button"
                    data-cancel=${order.id}
                    aria-describedby=${titleId}
                    @click=${() => void this.askCancel(order)}
                  >
                    ${m.cancelOrder}
                  </button>
                </div>`
            : nothing
        }
      </div>
    </li>`;
  }
}
