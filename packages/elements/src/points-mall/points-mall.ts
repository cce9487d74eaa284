import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { mallEndpoints, type Order, type PointsBalance, type Product } from '@jiagong/contract';
import { clientContext } from '../internal/context.js';
import { JgDataElement } from '../internal/data-element.js';
import { baseStyles } from '../internal/theme.js';
import { icon, iconClock, iconCoins } from '../internal/icons.js';
import { apiErrorMessage, errorCode } from '../internal/localize.js';
import { emitError } from '../internal/states.js';
import type { JgErrorEvent } from '../internal/events.js';
import { messages, type MallMessages } from './messages.js';
import {
  isMallView,
  type JgNavigateEvent,
  type JgOrderCancelledEvent,
  type JgOrderCreatedEvent,
  type MallView,
} from './events.js';
import type { JgMallProductGrid } from './mall-product-grid.js';
import styles from './points-mall.styles.js';

/**
 * The 积分商城 points mall in one element: balance and points expiring soon, the product grid,
 * product detail with redemption, the member's orders and the points history. Each view is
 * also its own element (`jg-mall-product-grid`, `jg-mall-product`, `jg-mall-orders`,
 * `jg-points-history`). Hosts keep the view in their router through the `view` and
 * `product-id` attributes and the cancelable `jg-navigate` event.
 *
 * @tag jg-points-mall
 * @csspart header - The balance bar.
 * @csspart balance - The points balance.
 * @csspart expiring - The "points expiring soon" notice.
 * @csspart nav - The view tabs.
 * @csspart nav-item - One view tab (`nav-item active` for the current one).
 * @csspart view - The container of the current view.
 * @cssprop --jg-mall-header-background - Background of the balance bar.
 * @event jg-navigate - `{ view, productId? }` before the mall changes view. Cancelable: a host that routes itself prevents it and sets `view` / `product-id`.
 * @event jg-redeem - `{ productId, quantity, delivery?, pointsTotal, idempotencyKey }` before a redemption is submitted. Cancelable.
 * @event jg-order-created - `{ order }` after a successful redemption.
 * @event jg-order-cancelled - `{ order }` after an order was cancelled.
 * @event jg-error - `{ error }` when loading or an action fails.
 */
export class JgPointsMall extends JgDataElement {
  static override styles = [baseStyles, styles];
  static override endpoints = mallEndpoints;

  /** The view shown: `grid`, `product`, `orders` or `points`. */
  @property({ reflect: true }) view: MallView = 'grid';

  /** The product shown in the `product` view. */
  @property({ attribute: 'product-id', reflect: true }) productId = '';

  @state() private points?: PointsBalance;
  @state() private pointsError: unknown;

  @query('jg-mall-product-grid') private grid?: JgMallProductGrid;
  @query('.view') private viewEl?: HTMLElement;

  // Children inside the shadow root get this element's client even when it was configured by
  // its own attributes rather than by a <jg-provider>.
  readonly #client = new ContextProvider(this, { context: clientContext });
  private pointsFor?: unknown;
  private pointsRequest?: AbortController;
  /** Whether the grid has been shown once; it then stays mounted to keep its pages and scroll. */
  private gridMounted = false;
  private gridScroll = 0;
  private focusView = false;

  /** The member's balance as last read from the API. */
  get balance(): number | undefined {
    return this.points?.balance;
  }

  /** Reloads the balance (e.g. after points were earned elsewhere). */
  refreshBalance(): Promise<void> {
    return this.loadPoints();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('jg-order-created', this.onOrderCreated);
    this.addEventListener('jg-order-cancelled', this.onOrderCancelled);
    this.addEventListener('jg-error', this.onChildError);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('jg-order-created', this.onOrderCreated);
    this.removeEventListener('jg-order-cancelled', this.onOrderCancelled);
    this.removeEventListener('jg-error', this.onChildError);
    this.pointsRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && !isMallView(this.view)) this.view = 'grid';
    if (this.view === 'grid') this.gridMounted = true;
  }

  // After the controllers' hostUpdate, so the client is resolved for this cycle.
  protected override update(changed: PropertyValues<this>): void {
    const client = this.api.client;
    if (this.#client.value !== client) this.#client.setValue(client);
    if (client && client !== this.pointsFor) {
      this.pointsFor = client;
      void this.loadPoints();
    }
    // Leaving the grid for a page-scrolled detail: remember where the member was.
    if (changed.get('view') === 'grid' && this.view !== 'grid') this.gridScroll = window.scrollY;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('view') || changed.get('view') === undefined) return;
    if (this.view === 'grid' && this.gridScroll) window.scrollTo({ top: this.gridScroll });
    else if (this.focusView) this.viewEl?.scrollIntoView?.({ block: 'nearest' });
    if (this.focusView) {
      this.focusView = false;
      this.viewEl?.focus({ preventScroll: true });
    }
  }

  private async loadPoints(): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    this.pointsRequest?.abort();
    const request = (this.pointsRequest = new AbortController());
    try {
      const points = await client.me.points.get({ signal: request.signal });
      this.points = points;
      this.pointsError = undefined;
    } catch (error) {
      if (request.signal.aborted) return;
      this.pointsError = error;
      emitError(this, error);
    }
  }

  /**
   * Children's `jg-navigate` stops here and leaves as the mall's own event, so the host can
   * cancel it before the view changes.
   */
  private onChildNavigate = (event: JgNavigateEvent): void => {
    if (event.target === this) return;
    event.stopPropagation();
    this.navigate(event.detail.view, event.detail.productId);
  };

  private navigate(view: MallView, productId?: string): void {
    const detail = productId ? { view, productId } : { view };
    if (!this.emit('jg-navigate', detail, { cancelable: true })) return;
    this.focusView = true;
    this.view = view;
    if (productId !== undefined) this.productId = productId;
  }

  private onOrderCreated = (event: JgOrderCreatedEvent): void => {
    const { order } = event.detail;
    this.applyBalance(order);
    this.patchStock(order.productId, -order.quantity);
  };

  private onOrderCancelled = (event: JgOrderCancelledEvent): void => {
    const { order } = event.detail;
    this.applyBalance(order);
    this.patchStock(order.productId, order.quantity);
  };

  private onChildError = (event: JgErrorEvent): void => {
    // At the host the target is retargeted to this element; the path says who failed.
    if (event.composedPath()[0] === this) return;
    if (errorCode(event.detail.error) === 'insufficient_points') void this.loadPoints();
  };

  /** The order carries the balance right after it; the refetch brings the expiring-soon notice up to date. */
  private applyBalance(order: Order): void {
    if (this.points) this.points = { ...this.points, balance: order.balanceAfter };
    void this.loadPoints();
  }

  private patchStock(productId: string, delta: number): void {
    const grid = this.grid;
    const product = grid?.loadedProducts.find((item) => item.id === productId);
    if (grid && product)
      grid.updateProduct({ ...product, stock: Math.max(0, product.stock + delta) });
  }

  private productFromGrid(): Product | undefined {
    return this.grid?.loadedProducts.find((item) => item.id === this.productId);
  }

  override render(): TemplateResult {
    const m = this.t.pick(messages);
    const view = this.view;
    return html`
      <div class="header" part="header">
        ${this.renderBalance(m)}
        <nav part="nav" aria-label=${m.viewsLabel}>
          ${(['grid', 'orders', 'points'] as const).map((item) => {
            const active = item === view || (item === 'grid' && view === 'product');
            return html`<button
              type="button"
              class="nav-item"
              part=${active ? 'nav-item active' : 'nav-item'}
              aria-current=${item === view ? 'page' : active ? 'true' : 'false'}
              @click=${() => this.navigate(item)}
            >
              ${m.views[item]}
            </button>`;
          })}
        </nav>
      </div>
      <section
        class="view"
        part="view"
        tabindex="-1"
        aria-label=${view === 'product' ? m.views.grid : m.views[view]}
        @jg-navigate=${this.onChildNavigate}
      >
        ${
          this.gridMounted
            ? html`<jg-mall-product-grid
                ?hidden=${view !== 'grid'}
                .balance=${this.points?.balance}
                .locale=${this.locale}
                ?senior=${this.effectiveSenior}
              ></jg-mall-product-grid>`
            : nothing
        }
        ${
          view === 'product'
            ? html`<jg-mall-product
                product-id=${this.productId}
                .product=${this.productFromGrid()}
                .balance=${this.points?.balance}
                .locale=${this.locale}
                ?senior=${this.effectiveSenior}
              ></jg-mall-product>`
            : view === 'orders'
              ? html`<jg-mall-orders
                  .locale=${this.locale}
                  ?senior=${this.effectiveSenior}
                ></jg-mall-orders>`
              : view === 'points'
                ? html`<jg-points-history
                    .locale=${this.locale}
                    ?senior=${this.effectiveSenior}
                  ></jg-points-history>`
                : nothing
        }
      </section>
    `;
  }

  private renderBalance(m: MallMessages): TemplateResult {
    const points = this.points;
    if (!points && this.pointsError) {
      return html`<div class="balance balance--error" part="balance" role="alert">
        <span>${apiErrorMessage(this.pointsError, this.t.locale)}</span>
        <button
          type="button"
          class="jg-button jg-button--link"
          @click=${() => void this.loadPoints()}
        >
          ${this.t.base.retry}
        </button>
      </div>`;
    }
    if (!points) {
      return html`<div class="balance" part="balance" role="status" aria-busy="true">
        <span class="label">${m.balanceLabel}</span>
        <span class="jg-skeleton__line balance-skeleton"></span>
        <span class="jg-visually-hidden">${this.t.base.loading}</span>
      </div>`;
    }
    const expiring = points.expiringSoon;
    return html`<div class="balance" part="balance">
      <span class="label">${icon(iconCoins)} ${m.balanceLabel}</span>
      <span class="amount" aria-live="polite">
        <strong>${this.t.formatNumber(points.balance)}</strong>
        <span class="unit">${m.pointsUnit}</span>
      </span>
      ${
        expiring && expiring.points > 0
          ? html`<span class="expiring" part="expiring">
              ${icon(iconClock)}
              ${m.expiringSoon(
                this.t.formatNumber(expiring.points),
                this.t.formatDate(expiring.expiresAt),
              )}
            </span>`
          : nothing
      }
    </div>`;
  }
}
