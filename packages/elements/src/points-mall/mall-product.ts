import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { mallEndpoints, type Order, type Product } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import { baseStyles } from '../internal/theme.js';
import { icon, iconAlert, iconCheck, iconChevron, iconMinus, iconPlus } from '../internal/icons.js';
import { apiErrorMessage, errorCode, errorRequestId } from '../internal/localize.js';
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { messages, type MallMessages } from './messages.js';
import { apiBaseOf, productPrice, resolveAssetUrl } from './format.js';
import {
  DELIVERY_FIELDS,
  RedemptionAttempt,
  deliveryFieldError,
  isFinalFailure,
  maxQuantity,
  orderInput,
  type DeliveryDraft,
  type DeliveryField,
} from './redemption.js';
import styles from './mall-product.styles.js';

type Failure = { error: unknown; final: boolean };

/**
 * One points-mall product and its redemption: images, description, points price, stock,
 * per-member limit and fulfilment; quantity and delivery details; a confirmation showing the
 * balance after redemption; then one submit whose `Idempotency-Key` is kept for the whole
 * attempt, so double clicks, retries and lost answers never charge twice.
 *
 * @tag jg-mall-product
 * @csspart back-button - The "back to products" button.
 * @csspart gallery - The images.
 * @csspart image - The main image.
 * @csspart thumbnail - An image thumbnail button.
 * @csspart name - The product name.
 * @csspart price - The points price.
 * @csspart facts - Stock, per-member limit and fulfilment.
 * @csspart description - The description (plain text).
 * @csspart quantity - The quantity stepper.
 * @csspart delivery - The delivery details fieldset.
 * @csspart field - A delivery input.
 * @csspart field-error - An inline field message.
 * @csspart redeem-button - The button opening the confirmation.
 * @csspart dialog - The confirmation dialog.
 * @csspart confirm-button - The button that submits the redemption.
 * @csspart failure - Why a redemption failed.
 * @csspart success - The success panel after redemption.
 * @csspart skeleton - Placeholder while the product loads.
 * @csspart empty - Shown when the product does not exist.
 * @csspart error - Shown when loading failed, with a retry button.
 * @cssprop --jg-mall-image-radius - Corner radius of the product images.
 * @event jg-redeem - `{ productId, quantity, delivery?, pointsTotal, idempotencyKey }` before each submit. Cancelable.
 * @event jg-order-created - `{ order }` after a successful redemption.
 * @event jg-navigate - `{ view: 'grid' | 'orders' }` from the back / continue / view-orders buttons. Cancelable.
 * @event jg-error - `{ error }` when loading or redeeming fails.
 */
export class JgMallProduct extends JgDataElement {
  static override styles = [baseStyles, styles];
  static override endpoints = mallEndpoints;

  /** The product to show (`prd_…`). */
  @property({ attribute: 'product-id', reflect: true }) productId = '';

  /**
   * The product's data when the host already has it (e.g. from the grid): shown at once, then
   * refreshed from the API.
   */
  @property({ attribute: false }) product?: Product;

  /**
   * The member's points balance. `<jg-points-mall>` sets it; a standalone element fetches it.
   * Updated from the order after a redemption.
   */
  @property({ type: Number }) balance?: number;

  @state() private loadError: unknown;
  @state() private loading = false;
  @state() private imageIndex = 0;
  @state() private quantity = 1;
  @state() private delivery: DeliveryDraft = { recipient: '', mobile: '', address: '' };
  @state() private touched = new Set<DeliveryField | 'quantity'>();
  @state() private confirming = false;
  @state() private submitting = false;
  @state() private failure?: Failure;
  @state() private order?: Order;

  @query('dialog') private dialog?: HTMLDialogElement;

  private attempt?: RedemptionAttempt;
  private loadedFor?: string;
  private loadedClient?: unknown;
  private request?: AbortController;
  private ownBalance = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
    this.loadedFor = undefined;
  }

  // update(), not willUpdate(): it runs after the controllers' hostUpdate, so the client is
  // resolved for this cycle (a change there during willUpdate would wait for the next one).
  protected override update(changed: PropertyValues<this>): void {
    const client = this.api.client;
    if (changed.has('productId') && this.productId !== this.loadedFor) this.resetForm();
    if (
      client &&
      this.productId &&
      (this.productId !== this.loadedFor || client !== this.loadedClient)
    ) {
      this.loadedFor = this.productId;
      this.loadedClient = client;
      void this.load();
    }
    super.update(changed);
  }

  /** Starts over for another product: the form, the confirmation and any attempt. */
  private resetForm(): void {
    if (this.product && this.product.id !== this.productId) this.product = undefined;
    this.imageIndex = 0;
    this.quantity = 1;
    this.touched = new Set();
    this.confirming = false;
    this.failure = undefined;
    this.order = undefined;
    this.attempt = undefined;
    this.loadError = undefined;
  }

  private async load(): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    this.request?.abort();
    const request = (this.request = new AbortController());
    const { signal } = request;
    this.loading = true;
    this.loadError = undefined;
    const wantBalance = this.balance === undefined || this.ownBalance;
    try {
      const [product, points] = await Promise.all([
        client.mall.products.get(this.productId, { signal }),
        // The balance only matters for redeeming; without a session the product still shows.
        wantBalance ? client.me.points.get({ signal }).catch(() => undefined) : undefined,
      ]);
      if (signal.aborted) return;
      this.product = product;
      if (points) {
        this.ownBalance = true;
        this.balance = points.balance;
      }
    } catch (error) {
      if (signal.aborted) return;
      this.loadError = error;
      emitError(this, error);
    } finally {
      if (!signal.aborted) this.loading = false;
    }
  }

  /** Refetches stock and balance after a failed or successful redemption (quietly). */
  private async refresh(what: { product?: boolean; balance?: boolean }): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    const id = this.productId;
    await Promise.all([
      what.product
        ? client.mall.products.get(id).then(
            (product) => {
              if (this.productId === id) this.product = product;
            },
            () => undefined,
          )
        : undefined,
      what.balance
        ? client.me.points.get().then(
            (points) => {
              this.balance = points.balance;
            },
            () => undefined,
          )
        : undefined,
    ]);
  }

  private navigate(view: 'grid' | 'orders'): void {
    this.emit('jg-navigate', { view }, { cancelable: true });
  }

  // --- form ---------------------------------------------------------------------------------

  private get max(): number {
    return this.product ? maxQuantity(this.product) : 0;
  }

  private quantityError(m: MallMessages): string {
    const max = this.max;
    return Number.isInteger(this.quantity) && this.quantity >= 1 && this.quantity <= max
      ? ''
      : m.quantityInvalid(this.t.formatNumber(max));
  }

  private setQuantity(value: number): void {
    this.quantity = value;
    this.touched = new Set(this.touched).add('quantity');
  }

  private onQuantityInput(event: Event): void {
    const raw = (event.target as HTMLInputElement).value.trim();
    this.setQuantity(raw === '' ? NaN : Number(raw));
  }

  private onFieldInput(field: DeliveryField, event: Event): void {
    this.delivery = { ...this.delivery, [field]: (event.target as HTMLInputElement).value };
  }

  private onFieldBlur(field: DeliveryField): void {
    if (!this.touched.has(field)) this.touched = new Set(this.touched).add(field);
  }

  private get needsDelivery(): boolean {
    return this.product?.fulfilment === 'delivery';
  }

  private pointsTotal(): number {
    return (this.product?.pointsPrice ?? 0) * (Number.isInteger(this.quantity) ? this.quantity : 0);
  }

  /** Validates; shows every message and focuses the first invalid field, or opens the confirmation. */
  private async openConfirmation(): Promise<void> {
    const product = this.product;
    if (!product || this.submitting) return;
    const m = this.t.pick(messages);
    const invalid: string[] = [];
    if (this.quantityError(m)) invalid.push('quantity');
    if (this.needsDelivery) {
      for (const field of DELIVERY_FIELDS) {
        if (deliveryFieldError(field, this.delivery[field], m)) invalid.push(field);
      }
    }
    this.touched = new Set(['quantity', ...DELIVERY_FIELDS]);
    if (invalid.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${invalid[0]}`)?.focus();
      return;
    }
    // Same body as an attempt whose outcome is still unknown → same key; otherwise a new attempt.
    this.attempt = RedemptionAttempt.resume(
      this.failure && !this.failure.final ? this.attempt : undefined,
      orderInput(product, this.quantity, this.delivery),
    );
    this.failure = undefined;
    this.confirming = true;
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  private closeConfirmation(): void {
    if (this.submitting) return;
    this.confirming = false;
    this.dialog?.close();
    // A final failure ends the attempt; an unknown outcome keeps its key for the same body.
    if (this.failure?.final) this.attempt = undefined;
  }

  private onDialogCancel(event: Event): void {
    // Escape must not hide a request in flight.
    event.preventDefault();
    this.closeConfirmation();
  }

  private onDialogClose(event: Event): void {
    // `close` arrives a task later: the confirmation may have been reopened meanwhile.
    if (!(event.target as HTMLDialogElement).open) this.confirming = false;
  }

  /** Sends the attempt. A second click while it is in flight does nothing. */
  private async submit(): Promise<void> {
    const attempt = this.attempt;
    const client = this.api.client;
    const product = this.product;
    if (this.submitting || !attempt || !client || !product) return;
    this.submitting = true;
    const proceed = this.emit(
      'jg-redeem',
      { ...attempt.input, pointsTotal: this.pointsTotal(), idempotencyKey: attempt.key },
      { cancelable: true },
    );
    if (!proceed) {
      this.submitting = false;
      return;
    }
    this.failure = undefined;
    try {
      const order = await client.me.orders.create(attempt.input, {
        idempotencyKey: attempt.key,
      });
      this.attempt = undefined;
      this.order = order;
      this.balance = order.balanceAfter;
      // Show the new stock at once; the refetch below confirms it.
      this.product = { ...product, stock: Math.max(0, product.stock - order.quantity) };
      this.submitting = false;
      this.confirming = false;
      this.dialog?.close();
      this.emit('jg-order-created', { order });
      void this.refresh({ product: true });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.success h2')?.focus();
    } catch (error) {
      const final = isFinalFailure(error);
      this.failure = { error, final };
      this.submitting = false;
      emitError(this, error);
      const code = errorCode(error);
      if (code === 'insufficient_points') void this.refresh({ balance: true });
      if (code === 'out_of_stock') void this.refresh({ product: true });
    }
  }

  // --- render -------------------------------------------------------------------------------

  override render(): TemplateResult {
    const m = this.t.pick(messages);
    const back = html`<button
      type="button"
      class="jg-button jg-button--link back"
      part="back-button"
      @click=${() => this.navigate('grid')}
    >
      <span class="back-icon" aria-hidden="true">${icon(iconChevron)}</span>${m.backToGrid}
    </button>`;
    if (this.loadError && !this.product) {
      if (errorCode(this.loadError) === 'not_found') {
        return html`${back}${renderEmpty(m.productNotFound)}`;
      }
      return html`${back}${renderError(this.loadError, this.t, () => void this.load())}`;
    }
    if (!this.productId) return html`${back}${renderEmpty(m.productNotFound)}`;
    const product = this.product?.id === this.productId ? this.product : undefined;
    if (!product) return html`${back}${renderSkeleton(6, this.t.base.loading)}`;
    return html`${back}
      <article class="product" aria-labelledby="name">
        ${this.renderGallery(product)}
        <div class="info">
          <h2 id="name" class="name" part="name" tabindex="-1">${product.name}</h2>
          <p class="summary">${product.summary}</p>
          <p class="price" part="price">${productPrice(product, this.t, m)}</p>
          ${this.renderFacts(product, m)}
          ${this.order ? this.renderSuccess(this.order, m) : this.renderForm(product, m)}
        </div>
        <section class="description-block" aria-labelledby="description-title">
          <h3 id="description-title">${m.description}</h3>
          <p class="description" part="description">${product.description}</p>
        </section>
      </article>
      ${this.renderDialog(product, m)}`;
  }

  private renderGallery(product: Product): TemplateResult {
    const m = this.t.pick(messages);
    const images = product.images.length ? product.images : [product.imageUrl];
    const index = Math.min(this.imageIndex, images.length - 1);
    const base = apiBaseOf(this);
    return html`<div class="gallery" part="gallery" role="group" aria-label=${m.productImages}>
      <img
        class="main-image"
        part="image"
        src=${resolveAssetUrl(images[index]!, base)}
        alt=${images.length > 1 ? `${product.name} (${index + 1}/${images.length})` : product.name}
        width="800"
        height="600"
        decoding="async"
      />
      ${
        images.length > 1
          ? html`<div class="thumbnails">
              ${images.map(
                (url, i) =>
                  html`<button
                    type="button"
                    class="thumbnail"
                    part="thumbnail"
                    aria-label=${m.showImage(i + 1, images.length)}
                    aria-pressed=${i === index ? 'true' : 'false'}
                    @click=${() => (this.imageIndex = i)}
                  >
                    <img
                      src=${resolveAssetUrl(url, base)}
                      alt=""
                      width="80"
                      height="60"
                      loading="lazy"
                      decoding="async"
                    />
                  </button>`,
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderFacts(product: Product, m: MallMessages): TemplateResult {
    return html`<dl class="facts" part="facts">
      <div>
        <dt>${m.stock}</dt>
        <dd class=${product.stock === 0 ? 'out' : ''}>
          ${product.stock === 0 ? m.soldOut : this.t.formatNumber(product.stock)}
        </dd>
      </div>
      <div>
        <dt>${m.perMemberLimit}</dt>
        <dd>
          ${
            product.perMemberLimit === null
              ? m.noLimit
              : this.t.formatNumber(product.perMemberLimit)
          }
        </dd>
      </div>
      <div>
        <dt>${m.fulfilmentLabel}</dt>
        <dd>${m.fulfilment[product.fulfilment]}</dd>
      </div>
    </dl>`;
  }

  private renderForm(product: Product, m: MallMessages): TemplateResult {
    const max = maxQuantity(product);
    const soldOut = max === 0;
    const quantityError = this.touched.has('quantity') ? this.quantityError(m) : '';
    const total = this.pointsTotal();
    const short = this.balance !== undefined && total > this.balance;
    return html`<form class="redeem" novalidate @submit=${this.onSubmitForm}>
      ${
        soldOut
          ? nothing
          : html`<div class="field-row">
              <label for="quantity">${m.quantity}</label>
              <div class="stepper" part="quantity">
                <button
                  type="button"
                  class="jg-button step"
                  aria-label=${m.decrease}
                  ?disabled=${!(this.quantity > 1)}
                  @click=${() => this.setQuantity(Math.max(1, (this.quantity || 1) - 1))}
                >
                  ${icon(iconMinus)}
                </button>
                <input
                  id="quantity"
                  type="number"
                  inputmode="numeric"
                  min="1"
                  max=${max}
                  step="1"
                  .value=${live(Number.isNaN(this.quantity) ? '' : String(this.quantity))}
                  aria-invalid=${quantityError ? 'true' : 'false'}
                  aria-describedby="quantity-hint quantity-error"
                  @input=${this.onQuantityInput}
                />
                <button
                  type="button"
                  class="jg-button step"
                  aria-label=${m.increase}
                  ?disabled=${!(this.quantity < max)}
                  @click=${() => this.setQuantity(Math.min(max, (this.quantity || 0) + 1))}
                >
                  ${icon(iconPlus)}
                </button>
              </div>
              <span id="quantity-hint" class="hint"
                >${m.quantityRange(this.t.formatNumber(max))}</span
              >
              <span id="quantity-error" class="field-error" part="field-error"
                >${quantityError}</span
              >
            </div>`
      }
      ${this.needsDelivery && !soldOut ? this.renderDelivery(m) : nothing}
      ${
        short && !soldOut
          ? html`<p class="warning" role="status">${m.notEnoughPoints}</p>`
          : nothing
      }
      ${this.failure && !this.confirming ? this.renderFailure(this.failure, m) : nothing}
      <button
        type="submit"
        class="jg-button jg-button--primary redeem-button"
        part="redeem-button"
        ?disabled=${soldOut || short || this.submitting}
      >
        ${soldOut ? m.soldOut : m.redeem}
      </button>
    </form>`;
  }

  private onSubmitForm(event: Event): void {
    event.preventDefault();
    void this.openConfirmation();
  }

  private renderDelivery(m: MallMessages): TemplateResult {
    const field = (
      name: DeliveryField,
      label: string,
      attrs: { type: string; autocomplete: string; inputmode?: string; maxlength: number },
    ) => {
      const error = this.touched.has(name) ? deliveryFieldError(name, this.delivery[name], m) : '';
      return html`<div class="field">
        <label for=${name}>${label}</label>
        ${
          name === 'address'
            ? html`<textarea
                id=${name}
                part="field"
                rows="2"
                autocomplete=${attrs.autocomplete}
                maxlength=${attrs.maxlength}
                required
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${`${name}-error`}
                .value=${live(this.delivery[name])}
                @input=${(e: Event) => this.onFieldInput(name, e)}
                @blur=${() => this.onFieldBlur(name)}
              ></textarea>`
            : html`<input
                id=${name}
                part="field"
                type=${attrs.type}
                autocomplete=${attrs.autocomplete}
                inputmode=${attrs.inputmode ?? 'text'}
                maxlength=${attrs.maxlength}
                required
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${`${name}-error`}
                .value=${live(this.delivery[name])}
                @input=${(e: Event) => this.onFieldInput(name, e)}
                @blur=${() => this.onFieldBlur(name)}
              />`
        }
        <span id=${`${name}-error`} class="field-error" part="field-error">${error}</span>
      </div>`;
    };
    return html`<fieldset class="delivery" part="delivery">
      <legend>${m.deliveryTitle}</legend>
      ${field('recipient', m.recipient, { type: 'text', autocomplete: 'name', maxlength: 40 })}
      ${field('mobile', m.mobile, {
        type: 'tel',
        autocomplete: 'tel-national',
        inputmode: 'tel',
        maxlength: 20,
      })}
      ${field('address', m.address, {
        type: 'text',
        autocomplete: 'street-address',
        maxlength: 200,
      })}
    </fieldset>`;
  }

  private renderFailure(failure: Failure, m: MallMessages): TemplateResult {
    const code = errorCode(failure.error);
    const specific =
      code && code in m.failure ? m.failure[code as keyof MallMessages['failure']] : undefined;
    const text = specific ?? (failure.final ? apiErrorMessage(failure.error, this.t.locale) : '');
    const requestId = errorRequestId(failure.error);
    return html`<div class="failure" part="failure" role="alert" data-code=${code ?? ''}>
      ${icon(iconAlert)}
      <div>
        <p>${text || m.outcomeUnknown}</p>
        ${!failure.final && text ? html`<p>${m.outcomeUnknown}</p>` : nothing}
        ${requestId ? html`<p class="request-id">${this.t.base.requestId(requestId)}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderDialog(product: Product, m: MallMessages): TemplateResult {
    const attempt = this.attempt;
    const input = attempt?.input;
    const total = product.pointsPrice * (input?.quantity ?? 0);
    const after = this.balance === undefined ? undefined : this.balance - total;
    const failure = this.confirming ? this.failure : undefined;
    const retryable = failure && !failure.final;
    return html`<dialog
      part="dialog"
      aria-labelledby="confirm-title"
      @cancel=${this.onDialogCancel}
      @close=${this.onDialogClose}
    >
      ${
        this.confirming && input
          ? html`<h2 id="confirm-title">${m.confirmTitle}</h2>
              <dl class="summary-list">
                <div>
                  <dt>${m.confirmProduct}</dt>
                  <dd>${product.name}</dd>
                </div>
                <div>
                  <dt>${m.confirmQuantity}</dt>
                  <dd>${this.t.formatNumber(input.quantity)}</dd>
                </div>
                <div>
                  <dt>${m.confirmCost}</dt>
                  <dd class="cost">${productPrice(product, this.t, m, input.quantity)}</dd>
                </div>
                ${
                  this.balance !== undefined
                    ? html`<div>
                          <dt>${m.confirmBalance}</dt>
                          <dd>${this.t.formatNumber(this.balance)}</dd>
                        </div>
                        <div class="after">
                          <dt>${m.confirmBalanceAfter}</dt>
                          <dd class=${after !== undefined && after < 0 ? 'negative' : ''}>
                            ${this.t.formatNumber(after ?? 0)}
                          </dd>
                        </div>`
                    : nothing
                }
                ${
                  input.delivery
                    ? html`<div>
                        <dt>${m.confirmDelivery}</dt>
                        <dd>
                          ${input.delivery.recipient} · ${input.delivery.mobile}<br />${
                            input.delivery.address
                          }
                        </dd>
                      </div>`
                    : nothing
                }
              </dl>
              ${failure ? this.renderFailure(failure, m) : nothing}
              <div class="dialog-actions">
                <button
                  type="button"
                  class="jg-button"
                  ?disabled=${this.submitting}
                  @click=${this.closeConfirmation}
                >
                  ${failure?.final ? this.t.base.close : this.t.base.cancel}
                </button>
                ${
                  failure?.final
                    ? nothing
                    : html`<button
                        type="button"
                        class="jg-button jg-button--primary"
                        part="confirm-button"
                        aria-disabled=${this.submitting ? 'true' : 'false'}
                        ?disabled=${this.submitting}
                        @click=${this.submit}
                      >
                        ${
                          this.submitting
                            ? m.submitting
                            : retryable
                              ? this.t.base.retry
                              : m.confirmSubmit
                        }
                      </button>`
                }
              </div>`
          : nothing
      }
    </dialog>`;
  }

  private renderSuccess(order: Order, m: MallMessages): TemplateResult {
    return html`<section class="success" part="success" aria-labelledby="success-title">
      <h2 id="success-title" tabindex="-1">${icon(iconCheck)} ${m.successTitle}</h2>
      <p role="status">
        ${m.successBody(
          this.t.formatNumber(order.pointsTotal),
          this.t.formatNumber(order.balanceAfter),
        )}
      </p>
      ${
        order.redemptionCode
          ? html`<p class="code">${m.redemptionCode}: <strong>${order.redemptionCode}</strong></p>`
          : nothing
      }
      <div class="success-actions">
        <button
          type="button"
          class="jg-button jg-button--primary"
          @click=${() => this.navigate('orders')}
        >
          ${m.viewOrders}
        </button>
        <button type="button" class="jg-button" @click=${this.continueShopping}>
          ${m.continueShopping}
        </button>
      </div>
    </section>`;
  }

  private continueShopping(): void {
    this.order = undefined;
    this.quantity = 1;
    this.touched = new Set();
    this.navigate('grid');
  }
}
