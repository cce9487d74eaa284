import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Order } from '@jiagong/contract';
import { apiErrorMessage, errorCode, formatDate, own } from '../internal/localize.js';
import { emitError, renderEmpty } from '../internal/states.js';
import type { JiagongClient } from '@jiagong/client';
import { MallList } from './mall-list.js';
import { focusIn, renderList, type PageLoader } from './paged-list.js';

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
 * @csspart retry-button - The retry button of the error state.
 * @event jg-order-cancelled - `{ order }` after an order was cancelled.
 * @event jg-navigate - `{ view: 'grid' }` from the empty state's button. Cancelable.
 * @event jg-error - `{ error }` when loading or cancelling fails.
 */
export class JgMallOrders extends MallList<Order> {
  static override properties: PropertyDeclarations = {
    asking: { state: true },
    busy: { state: true },
    failed: { state: true },
    live: { state: true },
  };

  /** The order whose cancel confirmation is open. */
  private asking?: string;
  private busy?: string;
  private failed?: { id: string; error: unknown };
  private live = '';

  // A new client (another member, or language): the last cancel said is not theirs, or not in it.
  protected pages(client: JiagongClient): PageLoader<Order> {
    this.live = '';
    return (cursor, signal, limit = 20) => client.me.orders.list({ limit, cursor }, { signal });
  }

  /**
   * Opens or closes an order's confirmation, keeping focus on the button that now stands there:
   * 暂不取消 when it opens (as in every confirmation of the SDK), so an older member's double
   * press of Enter keeps the order.
   */
  private async ask(order: Order, open: boolean): Promise<void> {
    this.asking = open ? order.id : undefined;
    this.failed = undefined;
    await focusIn(this, `[data-id="${CSS.escape(order.id)}"]`);
  }

  private async cancel(order: Order): Promise<void> {
    const client = this.api.client;
    if (!client || this.busy) return;
    this.busy = order.id;
    this.failed = undefined;
    try {
      const cancelled = await client.me.orders.cancel(order.id);
      // Answered after the app signed another member in: neither said nor told as hers.
      if (client == this.api.client) {
        this.list.replace(cancelled);
        this.asking = undefined;
        this.live = this.m.cancelled(this.num(cancelled.pointsTotal));
        this.emit('jg-order-cancelled', { order: cancelled });
      }
    } catch (error) {
      this.failed = { id: order.id, error };
      // His, failed after the switch: not an error of her page.
      if (client == this.api.client) emitError(this, error);
      // Someone else (the partner's staff, another tab) changed it: show what it is now.
      if (errorCode(error) === 'order_not_cancellable') {
        this.asking = undefined;
        client.me.orders.get(order.id).then(
          (fresh) => this.list.replace(fresh),
          () => {},
        );
      }
    }
    this.busy = undefined;
    // The focused button was disabled in flight, which dropped focus to the page. Give it back:
    // to the order when the confirmation is gone, else to 确定取消 (to try again), the first
    // button after the question.
    await focusIn(this, `#order-${CSS.escape(order.id)}${this.asking ? '-q+*>*' : ''}`);
  }

  override render(): TemplateResult {
    const m = this.m;
    return html`<div class="toolbar bar"><h2 tabindex="-1">${m.views.orders}</h2></div>
      <p class="jg-visually-hidden" role="status">${this.live}</p>
      ${renderList(
        this.list,
        this.t,
        m.more,
        () =>
          html`${renderEmpty(m.noOrders, m.noOrdersHint)}
            <div class="more empty-action">
              <button class="jg-button jg-button--primary" @click=${() => this.nav('grid')}>
                ${m.shop}
              </button>
            </div>`,
        (order) => {
          const { id, status, delivery } = order;
          const busy = this.busy === id;
          const failure = this.failed?.id === id && this.failed.error;
          return html`<li part="order" tabindex="-1">
            <img src=${this.img(order.imageUrl)} alt="" loading="lazy" decoding="async" />
            <div class="main">
              <div class="bar">
                <h3 id="order-${id}" tabindex="-1">${order.productName}</h3>
                <span class="badge status-${status}" part="status status-${status}">
                  ${own(m.status, status) ?? m.other}
                </span>
              </div>
              <p class="muted">
                ${m.orderNo(id)} ·
                ${m.orderedAt(formatDate(this.t.locale, order.createdAt, 'datetime'))}
              </p>
              <p>
                <span aria-hidden="true">×</span
                ><span class="jg-visually-hidden">${m.quantity}</span>
                ${this.num(order.quantity)} · ${m.total}
                <strong>${this.num(order.pointsTotal)} ${m.unit}</strong>
                ${this.cash(order.cashTotalFen)}
              </p>
              ${
                delivery
                  ? html`<p class="muted">
                      ${m.recipient}: &#x2068;${delivery.recipientMasked}&#x2069;
                      ${delivery.mobileMasked} · ${delivery.address}
                    </p>`
                  : nothing
              }
              ${
                order.redemptionCode && status !== 'cancelled'
                  ? html`<p class="muted">${m.code}: <strong>${order.redemptionCode}</strong></p>`
                  : nothing
              }
              ${
                failure
                  ? html`<p class="failure" role="alert">
                      ${apiErrorMessage(failure, this.t.locale)}
                    </p>`
                  : nothing
              }
              ${
                !order.cancellable || status === 'cancelled'
                  ? nothing
                  : this.asking === id
                    ? html`<div
                        class="confirm"
                        part="confirm-cancel"
                        role="group"
                        aria-labelledby="order-${id}-q"
                      >
                        <p id="order-${id}-q">
                          ${
                            // The name isolated (FSI … PDI): a right-to-left override it opens and
                            // never closes would otherwise turn the rest of the question around.
                            m.cancelAsk(`\u2068${order.productName}\u2069`)
                          }
                        </p>
                        <div class="actions">
                          <button
                            class="jg-button jg-button--primary"
                            ?disabled=${busy}
                            @click=${() => void this.cancel(order)}
                          >
                            ${busy ? m.cancelling : m.cancelYes}
                          </button>
                          <button
                            class="jg-button"
                            ?disabled=${busy}
                            data-id=${id}
                            @click=${() => void this.ask(order, false)}
                          >
                            ${m.cancelNo}
                          </button>
                        </div>
                      </div>`
                    : html`<div class="actions">
                        <button
                          class="jg-button"
                          part="cancel-button"
                          data-id=${id}
                          aria-describedby="order-${id}"
                          @click=${() => void this.ask(order, true)}
                        >
                          ${m.cancelIt}
                        </button>
                      </div>`
              }
            </div>
          </li>`;
        },
      )}`;
  }
}
