import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ContextProvider } from '@lit/context';
import type { PointsBalance } from '@jiagong/contract';
import { clientContext } from '../internal/context.js';
import { icon, iconClock, iconCoins } from '../internal/icons.js';
import { apiErrorMessage, errorCode, formatDate } from '../internal/localize.js';
import { emitError } from '../internal/states.js';
import type { JgErrorEvent } from '../internal/events.js';
import { MallElement } from './mall-element.js';
import type { JgNavigateEvent, JgOrderCreatedEvent, MallView } from './events.js';
import type { JgMallProductGrid } from './mall-product-grid.js';

const VIEWS: readonly MallView[] = ['grid', 'product', 'orders', 'points'];

/**
 * The 积分商城 points mall in one element: balance and points expiring soon, the product grid,
 * product detail with redemption, the member's orders and the points history. Each view is
 * also its own element (`jg-mall-product-grid`, `jg-mall-product`, `jg-mall-orders`,
 * `jg-points-history`). Hosts keep the view in their router through the `view` and
 * `product-id` attributes and the cancelable `jg-navigate` event.
 *
 * Keyboard: when the member changes view (its tabs, a product, back), the focus moves to the
 * new view, and the grid comes back at the scroll position it was left at.
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
 * @event jg-order-created - `{ order }` after a successful redemption, also one still on its way when the member left its product (Back).
 * @event jg-order-cancelled - `{ order }` after an order was cancelled.
 * @event jg-error - `{ error }` when loading or an action fails.
 */
export class JgPointsMall extends MallElement {
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    productId: { attribute: 'product-id', reflect: true },
    points: { state: true },
    pointsError: { state: true },
  };

  /** The view shown: `grid`, `product`, `orders` or `points`. */
  view: MallView = 'grid';

  /** The product shown in the `product` view. */
  productId = '';

  private points?: PointsBalance;
  private pointsError: unknown;

  // Children inside the shadow root get this element's session (its client source, or the plain
  // client it was given) even when it was configured by its own attributes rather than by a
  // <jg-provider>: a language switch is not another member for them either.
  private readonly provider = new ContextProvider(this, { context: clientContext });
  private pointsFor?: unknown;
  /** The balance a redemption's success message has said. */
  private said?: number;
  private pointsAc?: AbortController;
  // `gridShown` and `refocus` start unset (falsy), which saves their initializers' bytes.
  /** Whether the grid has been shown once; it then stays mounted to keep its pages and scroll. */
  private gridShown?: boolean;
  private gridY = 0;
  private refocus?: boolean;

  constructor() {
    super();
    // Listeners on the host itself: they go with it, nothing to remove on disconnect.
    this.addEventListener('jg-order-created', this.onOrder);
    this.addEventListener('jg-order-cancelled', this.onOrder);
    this.addEventListener('jg-error', (event: JgErrorEvent) => {
      // At the host the target is retargeted to this element; the path says who failed.
      if (
        event.composedPath()[0] !== this &&
        errorCode(event.detail.error) === 'insufficient_points'
      ) {
        void this.loadPoints();
      }
    });
  }

  private get grid(): JgMallProductGrid | null | undefined {
    // No render root yet when rendered on the server.
    return this.renderRoot?.querySelector('jg-mall-product-grid');
  }

  /** The member's balance as last read from the API. */
  get balance(): number | undefined {
    return this.points?.balance;
  }

  /** Reloads the balance (e.g. after points were earned elsewhere). */
  refreshBalance(): Promise<void> {
    return this.loadPoints();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A balance cut short here is asked again on reconnection (a move); a loaded one stays.
    if (this.pointsAc) {
      this.pointsAc.abort();
      this.pointsFor = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!VIEWS.includes(this.view)) this.view = 'grid';
    if (this.view === 'grid') this.gridShown = true;
  }

  // After the controllers' hostUpdate, so the client is resolved for this cycle.
  protected override update(changed: PropertyValues<this>): void {
    const client = this.api.client;
    // Only a session that gave this element a client: a bad key is said once, here.
    this.provider.setValue(client && this.api.session);
    if (client && client !== this.pointsFor) {
      this.pointsFor = client;
      // Another member's client (or language's): the balance on screen is not hers, nor its error.
      this.points = this.pointsError = undefined;
      void this.loadPoints();
    }
    // Leaving the grid for a page-scrolled detail: remember where the member was. (Still on the
    // grid, after a view that fell back to it, this is where the page is: the same.)
    if (changed.get('view') === 'grid') this.gridY = window.scrollY;
    // Back or Forward of a host router sets the view alone: focus in the view that goes (hidden or
    // removed with it) moves to the new one; focus outside the mall stays.
    if (changed.has('view') && this.shadowRoot!.activeElement) this.refocus = true;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.get('view') === undefined) return;
    const view = this.renderRoot.querySelector<HTMLElement>('.view')!;
    if (this.view === 'grid' && this.gridY) window.scrollTo({ top: this.gridY });
    else if (this.refocus) view.scrollIntoView({ block: 'nearest' });
    if (this.refocus) view.focus({ preventScroll: true });
    this.refocus = false;
  }

  protected override back(): void {
    void this.loadPoints();
  }

  private async loadPoints(): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    this.pointsAc?.abort();
    const ac = (this.pointsAc = new AbortController());
    try {
      this.points = await client.me.points.get({ signal: ac.signal });
      this.pointsError = undefined;
    } catch (error) {
      if (ac.signal.aborted) return;
      this.pointsError = error;
      emitError(this, error);
    }
    this.pointsAc = undefined;
  }

  private go(view: MallView, productId?: string): void {
    // Set before asking: a host router that cancels and sets `view` itself moves the focus too
    // (the card or button the member pressed may be hidden or gone with the old view).
    this.refocus = true;
    if (!this.nav(view, productId)) return;
    this.view = view;
    if (productId !== undefined) this.productId = productId;
  }

  /**
   * After a redemption or a cancellation: the order carries the balance right after it (the
   * refetch brings the expiring-soon notice up to date) and the grid's card its new stock.
   */
  private onOrder = ({ type, detail: { order } }: JgOrderCreatedEvent): void => {
    // A redemption's success message says the balance left: the header does not say it again.
    const made = type == 'jg-order-created';
    this.said = made ? order.balanceAfter : undefined;
    if (this.points) this.points = { ...this.points, balance: order.balanceAfter };
    void this.loadPoints();
    const grid = this.grid;
    const product = grid?.loadedProducts.find((item) => item.id === order.productId);
    if (product) {
      const stock = product.stock + (made ? -order.quantity : order.quantity);
      grid!.updateProduct({ ...product, stock: Math.max(0, stock) });
    }
  };

  override render(): TemplateResult {
    const m = this.m;
    const { view, points } = this;
    const balance = points?.balance;
    return html`<div part="header">
        ${
          points
            ? html`<div class="balance" part="balance">
                <span class="label">${icon(iconCoins)} ${m.myPoints}</span>
                <span class="amount" aria-live=${points.balance === this.said ? 'off' : 'polite'}>
                  <strong>${this.num(points.balance)}</strong> ${m.unit}
                </span>
                ${
                  // A count: never negative, so any points are some.
                  points.expiringSoon?.points
                    ? html`<span class="expiring" part="expiring">
                        ${icon(iconClock)}
                        ${m.expiring(
                          this.num(points.expiringSoon!.points),
                          formatDate(this.t.locale, points.expiringSoon!.expiresAt),
                        )}
                      </span>`
                    : nothing
                }
              </div>`
            : this.pointsError
              ? // 重试 pressed again while its balance is on its way (nothing seemed to happen)
                // leaves that one be: starting over, a member tapping on never got it.
                html`<div class="balance" part="balance" role="alert">
                  ${apiErrorMessage(this.pointsError, this.t.locale)}
                  <button
                    class="jg-button jg-button--link"
                    aria-busy=${!!this.pointsAc}
                    @click=${() => this.pointsAc || (this.loadPoints(), this.requestUpdate())}
                  >
                    ${this.t.base.retry}
                  </button>
                </div>`
              : html`<div class="balance" part="balance" role="status" aria-busy="true">
                  <span class="label">${m.myPoints}</span>
                  <span class="jg-skeleton__line"></span>
                  <span class="jg-visually-hidden">${this.t.base.loading}</span>
                </div>`
        }
        <nav part="nav" aria-label=${m.nav}>
          ${(Object.entries(m.views) as [MallView, string][]).map(([item, label]) => {
            const active = item === view || (item === 'grid' && view === 'product');
            return html`<button
              part="nav-item${active ? ' active' : ''}"
              aria-current=${item === view ? 'page' : active}
              @click=${() => this.go(item)}
            >
              ${label}
            </button>`;
          })}
        </nav>
      </div>
      <section
        class="view"
        part="view"
        tabindex="-1"
        aria-label=${m.views[view === 'product' ? 'grid' : view]}
        @jg-navigate=${(event: JgNavigateEvent) => {
          // Children's jg-navigate stops here and leaves as the mall's own event, so the host
          // can cancel it before the view changes.
          if (event.target === this) return;
          event.stopPropagation();
          this.go(event.detail.view, event.detail.productId);
        }}
      >
        ${
          // The views get no theme or senior of their own: the tokens (this element's mode, a
          // host's text size or colours) reach them as they reach the mall; theirs would declare
          // them all again.
          this.gridShown
            ? html`<jg-mall-product-grid
                ?hidden=${view !== 'grid'}
                .balance=${balance}
                .locale=${this.locale}
              ></jg-mall-product-grid>`
            : nothing
        }
        ${
          view === 'product'
            ? // A redemption still on its way when the member left its product (Back) is done in a
              // view no longer in the page: the mall tells the page and the balance (said aloud).
              html`<jg-mall-product
                @jg-order-created=${(e: JgOrderCreatedEvent) =>
                  (e.target as Element).isConnected ||
                  (this.emit('jg-order-created', e.detail), (this.said = undefined))}
                product-id=${this.productId}
                .product=${this.grid?.loadedProducts.find((item) => item.id === this.productId)}
                .balance=${balance}
                .locale=${this.locale}
              ></jg-mall-product>`
            : view === 'orders'
              ? html`<jg-mall-orders .locale=${this.locale}></jg-mall-orders>`
              : view === 'points'
                ? html`<jg-points-history .locale=${this.locale}></jg-points-history>`
                : nothing
        }
      </section>`;
  }
}
