import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Order, Product } from '@jiagong/contract';
import type { ApiError } from '@jiagong/client';
import { icon, iconAlert, iconCheck, iconChevron, iconMinus, iconPlus } from '../internal/icons.js';
import { apiErrorMessage, errorCode, errorRequestId, own } from '../internal/localize.js';
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { MallElement } from './mall-element.js';
import { afterRetry, focusIn } from './paged-list.js';
import {
  DELIVERY_FIELDS,
  FIELD_ATTRS,
  attemptFor,
  deliveryFieldError,
  isFinalFailure,
  maxQuantity,
  orderInput,
  type DeliveryDraft,
  type RedemptionAttempt,
} from './redemption.js';

type Failure = { error: unknown; final: boolean };

// Every field empty, built from the field list (which saves spelling each one again).
const blank = () =>
  Object.fromEntries(DELIVERY_FIELDS.map((field) => [field, ''])) as unknown as DeliveryDraft;

/** A `<dt>`/`<dd>` pair of the facts and the confirmation; `cls` marks the row (`out`). */
const row = (label: unknown, value: unknown, cls?: string) =>
  html`<div class=${cls}>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

// A member's attempt whose outcome is unknown outlives its view: <jg-points-mall> renders a new
// product view each time one is opened, and the same order sent from it must carry the same key.
// Kept per session (the member's, not the client, which a language switch replaces).
const lost = new WeakMap<object, RedemptionAttempt>();

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
 * @csspart retry-button - The retry button of the error state.
 * @cssprop --jg-mall-image-radius - Corner radius of the product images.
 * @event jg-redeem - `{ productId, quantity, delivery?, pointsTotal, idempotencyKey }` before each submit. Cancelable.
 * @event jg-order-created - `{ order }` after a successful redemption.
 * @event jg-navigate - `{ view: 'grid' | 'orders' }` from the back / continue / view-orders buttons. Cancelable.
 * @event jg-error - `{ error }` when loading or redeeming fails.
 */
export class JgMallProduct extends MallElement {
  static override properties: PropertyDeclarations = {
    productId: { attribute: 'product-id', reflect: true },
    product: { attribute: false },
    balance: { type: Number },
    loadError: { state: true },
    image: { state: true },
    quantity: { state: true },
    delivery: { state: true },
    touched: { state: true },
    asking: { state: true },
    busy: { state: true },
    failure: { state: true },
    order: { state: true },
  };

  /** The product to show (`prd_…`). */
  productId = '';

  /**
   * The product's data when the host already has it (e.g. from the grid): shown at once, then
   * refreshed from the API.
   */
  product: Product | undefined;

  /**
   * The member's points balance. `<jg-points-mall>` sets it; a standalone element fetches it.
   * Updated from the order after a redemption.
   */
  balance: number | undefined;

  private loadError: unknown;
  private image = 0;
  private quantity = 1;
  private delivery = blank();
  /** Fields whose message shows: left once, changed, or all after a submit. */
  private touched = new Set<string>();
  // These start unset (falsy), which saves their initializers' bytes.
  private asking?: boolean;
  private busy?: boolean;
  private failure?: Failure;
  private order?: Order;

  private attempt?: RedemptionAttempt;
  private loadedId?: string;
  private loadedWith?: unknown;
  private ac?: AbortController;
  private ownBalance?: boolean;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Only a load cut short here starts again on reconnection: a moved product keeps what it shows.
    if (this.ac) {
      this.ac.abort();
      this.loadedId = undefined;
    }
  }

  // update(), not willUpdate(): it runs after the controllers' hostUpdate, so the client is
  // resolved for this cycle (a change there during willUpdate would wait for the next one).
  protected override update(changed: PropertyValues<this>): void {
    const id = this.productId;
    // Another member (a language switch keeps what was typed): nothing the previous member typed,
    // confirmed or redeemed stays.
    const { client, newSession: other } = this.api;
    if (other) {
      this.delivery = blank();
      this.dialog?.close();
    }
    // Another product, or member: start over with the form, the confirmation and any attempt.
    if ((changed.has('productId') && id !== this.loadedId) || other) {
      if (this.product?.id !== id) this.product = undefined;
      this.again();
      this.image = 0;
      this.failure = this.attempt = this.loadError = this.asking = undefined;
    }
    if (client && id && (id !== this.loadedId || client !== this.loadedWith)) {
      this.loadedId = id;
      this.loadedWith = client;
      void this.load();
    }
    super.update(changed);
  }

  /** A fresh form: quantity 1, no messages, no success panel. */
  private again(): void {
    this.order = undefined;
    this.quantity = 1;
    this.touched = new Set();
  }

  /**
   * Loads the product, and the balance unless the host gives it (`points` to ask anyway).
   * `quiet` refreshes what is on screen (after a redemption or a refusal, when the member comes
   * back to the page): a failure then leaves it as it is, and the next load corrects it.
   */
  private async load(
    quiet?: boolean,
    points = this.balance === undefined || this.ownBalance,
  ): Promise<void> {
    const client = this.api.client!;
    this.ac?.abort();
    const { signal } = (this.ac = new AbortController());
    this.loadError = undefined;
    try {
      const [product, balance] = await Promise.all([
        client.mall.products.get(this.productId, { signal }),
        // The balance only matters for redeeming; without a session the product still shows.
        points && client.me.points.get({ signal }).catch(() => {}),
      ]);
      if (signal.aborted) return;
      this.product = product;
      if (balance) {
        this.ownBalance ||= !quiet;
        this.balance = balance.balance;
      }
    } catch (error) {
      if (signal.aborted) return;
      if (!quiet) {
        this.loadError = error;
        emitError(this, error);
      }
    }
    this.ac = undefined;
  }

  protected override back(): void {
    if (this.product) void this.load(true);
  }

  /** Inline messages by field id, '' when valid (the delivery fields only when delivered). */
  private errors(product: Product): Record<string, string> {
    const m = this.m;
    const max = maxQuantity(product);
    const q = this.quantity;
    const errors: Record<string, string> = {
      quantity: Number.isInteger(q) && q >= 1 && q <= max ? '' : m.qtyBad(this.num(max)),
    };
    if (product.fulfilment === 'delivery') {
      for (const field of DELIVERY_FIELDS) {
        errors[field] = deliveryFieldError(field, this.delivery, m);
      }
    }
    return errors;
  }

  private setQuantity(value: number): void {
    this.quantity = value;
    this.touch('quantity');
  }

  private touch(id: string): void {
    if (id && !this.touched.has(id)) this.touched = new Set(this.touched).add(id);
  }

  private onInput(event: Event): void {
    const { id, value } = event.target as HTMLInputElement;
    if (id === 'quantity') this.setQuantity(value.trim() ? Number(value) : NaN);
    else this.delivery = { ...this.delivery, [id]: value };
  }

  /** Validates; shows every message and focuses the first invalid field, or opens the confirmation. */
  private async review(event: Event): Promise<void> {
    event.preventDefault();
    const product = this.product;
    if (!product || this.busy) return;
    const errors = this.errors(product);
    const fields = Object.keys(errors);
    const invalid = fields.find((field) => errors[field]);
    this.touched = new Set(fields);
    if (invalid) return focusIn(this, '#' + invalid);
    // Same body as the attempt not yet over (unsent, or its outcome unknown, however often the
    // confirmation was closed since) → same key; otherwise a new attempt. A final failure or a
    // success ended it already (close(), submit()).
    this.attempt = attemptFor(
      this.attempt ?? lost.get(this.api.session!),
      orderInput(product, this.quantity, this.delivery),
    );
    this.failure = undefined;
    this.asking = true;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  private close(): void {
    if (this.busy) return;
    this.asking = false;
    this.dialog?.close();
    // A final failure ends the attempt; an unknown outcome keeps its key for the same body.
    if (this.failure?.final) this.attempt = undefined;
  }

  /** Sends the attempt. A second click while it is in flight does nothing. */
  private async submit(): Promise<void> {
    const { attempt, product } = this;
    const { client, session } = this.api;
    if (this.busy || !attempt || !client || !product) return;
    const { input, key } = attempt;
    this.busy = true;
    try {
      if (
        !this.emit(
          'jg-redeem',
          { ...input, pointsTotal: product.pointsPrice * input.quantity, idempotencyKey: key },
          { cancelable: true },
        )
      ) {
        return;
      }
      this.failure = undefined;
      const order = await client.me.orders.create(input, { idempotencyKey: key });
      // Another member signed in meanwhile (the attempt ended): the previous one's order is not hers.
      if (this.attempt != attempt) return;
      this.attempt = undefined;
      lost.delete(session!);
      this.order = order;
      this.balance = order.balanceAfter;
      // Show the new stock at once; the refetch below confirms it.
      this.product = { ...product, stock: Math.max(0, product.stock - order.quantity) };
      this.asking = false;
      this.dialog?.close();
      this.emit('jg-order-created', { order });
      void this.load(true);
      await focusIn(this, '#success-title');
    } catch (error) {
      const final = isFinalFailure(error);
      // Kept for the member who sent it, also when the view has moved on meanwhile (a host's
      // router showing another product in it): opened again, the same order has the same key.
      if (final) lost.delete(session!);
      else lost.set(session!, attempt);
      if (this.attempt != attempt) return;
      this.failure = { error, final };
      emitError(this, error);
      const code = errorCode(error);
      if (code === 'insufficient_points' || code === 'out_of_stock') {
        void this.load(true, code === 'insufficient_points');
      }
    } finally {
      this.busy = false;
    }
    // The button in focus was disabled while in flight, which dropped focus to the page: give it
    // to 重试 (or 关闭 after a final failure) so the keyboard and screen reader stay in the dialog.
    // Its last button: 重试, or 关闭 alone after a final failure.
    await focusIn(this, '[open]>.dialog-actions>:last-child');
  }

  override render(): TemplateResult {
    const m = this.m;
    const { loadError, productId } = this;
    const product = this.product?.id === productId ? this.product : undefined;
    return html`<button
        class="jg-button jg-button--link back"
        part="back-button"
        @click=${() => this.nav('grid')}
      >
        ${icon(iconChevron)}${m.back}
      </button>
      ${
        product
          ? this.detail(product)
          : loadError && errorCode(loadError) !== 'not_found'
            ? renderError(loadError, this.t, () => void afterRetry(this, this.load()))
            : loadError || !productId
              ? renderEmpty(m.notFound)
              : renderSkeleton(6, this.t.base.loading)
      }`;
  }

  private detail(product: Product): TemplateResult {
    const m = this.m;
    const { stock, perMemberLimit, name } = product;
    // A fulfilment a newer API added may need details this form cannot ask for: the row says the
    // product cannot be redeemed here, and there is no form.
    const method = own(m.fulfilment, product.fulfilment);
    const images = product.images.length ? product.images : [product.imageUrl];
    const count = images.length;
    const shown = Math.min(this.image, count - 1);
    const order = this.order;
    const { balance, busy, attempt } = this;
    const input = attempt?.input;
    const failure = this.asking ? this.failure : undefined;
    const final = failure?.final;
    const delivery = input?.delivery;
    const after = (balance ?? 0) - product.pointsPrice * (input?.quantity ?? 0);
    return html`<article class="product" aria-labelledby="name">
        <div part="gallery" role="group" aria-label=${m.images}>
          ${
            // A new element for each picture: on a slow network one whose src changed keeps
            // showing the previous picture until the next arrives (the tap seems to do nothing);
            // a new one shows the placeholder at once.
            repeat(
              [images[shown]!],
              (url) => url,
              (url) =>
                html`<img
                  part="image"
                  src=${this.img(url)}
                  alt=${count > 1 ? `${name} (${shown + 1}/${count})` : name}
                  width="800"
                  height="600"
                  decoding="async"
                />`,
            )
          }
          ${
            count > 1
              ? html`<div class="thumbs">
                  ${images.map(
                    (url, i) =>
                      html`<button
                        part="thumbnail"
                        aria-label=${m.image(i + 1, count)}
                        aria-pressed=${i === shown}
                        @click=${() => (this.image = i)}
                      >
                        <img src=${this.img(url)} alt="" loading="lazy" decoding="async" />
                      </button>`,
                  )}
                </div>`
              : nothing
          }
        </div>
        <div class="info">
          <h2 id="name" part="name" tabindex="-1">${name}</h2>
          <p class="muted">${product.summary}</p>
          <p class="price" part="price">${this.price(product)}</p>
          <dl part="facts">
            ${row(m.stock, stock ? this.num(stock) : m.soldOut, stock ? '' : 'out')}
            ${row(m.limit, perMemberLimit ? this.num(perMemberLimit) : m.noLimit)}
            ${row(m.method, method ?? m.here)}
          </dl>
          ${
            order
              ? html`<section class="success" part="success" aria-labelledby="success-title">
                  <h2 id="success-title" tabindex="-1">${icon(iconCheck)} ${m.done}</h2>
                  <p role="status">
                    ${m.spent(this.num(order.pointsTotal), this.num(order.balanceAfter))}
                  </p>
                  ${
                    order.redemptionCode
                      ? html`<p class="code">
                          ${m.code}: <strong>${order.redemptionCode}</strong>
                        </p>`
                      : nothing
                  }
                  <div class="actions">
                    <button class="jg-button jg-button--primary" @click=${() => this.nav('orders')}>
                      ${m.toOrders}
                    </button>
                    <button
                      class="jg-button"
                      @click=${() => {
                        this.again();
                        this.nav('grid');
                      }}
                    >
                      ${m.shop}
                    </button>
                  </div>
                </section>`
              : method && this.form(product)
          }
        </div>
        <section aria-labelledby="description-title">
          <h3 id="description-title">${m.details}</h3>
          <p class="description" part="description">${product.description}</p>
        </section>
      </article>
      <dialog
        part="dialog"
        aria-labelledby="confirm-title"
        @cancel=${(e: Event) => {
          // Escape must not hide a request in flight.
          e.preventDefault();
          this.close();
        }}
        @close=${(e: Event) => {
          // `close` arrives a task later: the confirmation may have been reopened meanwhile.
          if (!(e.target as HTMLDialogElement).open) this.asking = false;
        }}
      >
        ${
          this.asking && input
            ? html`<h2 id="confirm-title">${m.confirm}</h2>
                <dl class="summary-list">
                  ${row(m.product, product.name)} ${row(m.quantity, this.num(input.quantity))}
                  ${row(m.cost, this.price(product, input.quantity))}
                  ${
                    balance === undefined
                      ? nothing
                      : [
                          row(m.before, this.num(balance)),
                          row(
                            m.after,
                            html`<strong>${this.num(after)}</strong>`,
                            after < 0 ? 'out' : '',
                          ),
                        ]
                  }
                  ${
                    delivery
                      ? row(
                          m.delivery,
                          html`&#x2068;${delivery.recipient}&#x2069; · ${delivery.mobile}<br />${delivery.address}`,
                        )
                      : nothing
                  }
                </dl>
                ${failure ? this.why(failure) : nothing}
                <div class="actions dialog-actions">
                  <button class="jg-button" ?disabled=${busy} @click=${this.close}>
                    ${final ? m.close : m.cancel}
                  </button>
                  ${
                    final
                      ? nothing
                      : html`<button
                          class="jg-button jg-button--primary"
                          part="confirm-button"
                          ?disabled=${busy}
                          @click=${this.submit}
                        >
                          ${busy ? m.submitting : failure ? this.t.base.retry : m.confirm}
                        </button>`
                  }
                </div>`
            : nothing
        }
      </dialog>`;
  }

  private form(product: Product): TemplateResult {
    const m = this.m;
    const max = maxQuantity(product);
    const q = this.quantity;
    const errors = this.errors(product);
    const shown = (field: string) => (this.touched.has(field) && errors[field]) || '';
    const short =
      this.balance !== undefined &&
      product.pointsPrice * (Number.isInteger(q) ? q : 0) > this.balance;
    const message = (field: string) =>
      html`<span id="${field}-error" class="field-error" part="field-error">${shown(field)}</span>`;
    const field = (name: keyof typeof FIELD_ATTRS) => {
      const [autocomplete, maxlength] = FIELD_ATTRS[name];
      return html`<div class="field">
        <label for=${name}>${m[name]}</label>
        <input
          id=${name}
          part="field"
          type=${
            // '' is the text type (an empty type's default), a few bytes shorter.
            name == 'mobile' ? 'tel' : ''
          }
          autocomplete=${autocomplete}
          maxlength=${maxlength}
          ?required=${name !== 'district'}
          aria-invalid=${!!shown(name)}
          aria-describedby="${name}-error"
          .value=${this.delivery[name]}
        />
        ${message(name)}
      </div>`;
    };
    return html`<form
      class="redeem"
      novalidate
      @submit=${this.review}
      @input=${this.onInput}
      @change=${this.onInput}
      @focusout=${(e: Event) => this.touch((e.target as HTMLElement).id)}
    >
      ${
        max
          ? html`<div class="field">
                <label for="quantity">${m.quantity}</label>
                <div class="stepper" part="quantity">
                  <button
                    type="button"
                    class="jg-button"
                    aria-label=${m.minus}
                    ?disabled=${!(q > 1)}
                    @click=${() =>
                      // Enabled above 1 only. From above the most (typed, or the stock fell
                      // after 库存不足) one tap brings the most, not one less than typed.
                      this.setQuantity(Math.min(max, Math.ceil(q) - 1))}
                  >
                    ${icon(iconMinus)}
                  </button>
                  <input
                    id="quantity"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max=${max}
                    .value=${isNaN(q) ? '' : q}
                    aria-invalid=${!!shown('quantity')}
                    aria-describedby="quantity-hint quantity-error"
                  />
                  <button
                    type="button"
                    class="jg-button"
                    aria-label=${m.plus}
                    ?disabled=${!(q < max)}
                    @click=${() => this.setQuantity(Math.min(max, (q || 0) + 1))}
                  >
                    ${icon(iconPlus)}
                  </button>
                </div>
                <span id="quantity-hint" class="muted">${m.range(this.num(max))}</span>
                ${message('quantity')}
              </div>
              ${
                product.fulfilment === 'delivery'
                  ? html`<fieldset part="delivery">
                      <legend>${m.delivery}</legend>
                      ${DELIVERY_FIELDS.slice(0, 2).map(field)}
                      <fieldset>
                        <legend>${m.where}</legend>
                        ${DELIVERY_FIELDS.slice(2).map(field)}
                      </fieldset>
                    </fieldset>`
                  : nothing
              }
              ${short ? html`<p class="warning" role="status">${m.short}</p>` : nothing}`
          : nothing
      }
      ${this.failure && !this.asking ? this.why(this.failure) : nothing}
      <button
        type="submit"
        class="jg-button jg-button--primary"
        part="redeem-button"
        ?disabled=${!max || short || this.busy}
      >
        ${max ? m.redeem : m.soldOut}
      </button>
    </form>`;
  }

  private why({ error, final }: Failure): TemplateResult {
    const m = this.m;
    const code = errorCode(error);
    const text = own(m.failure, code) ?? (final ? apiErrorMessage(error, this.t.locale) : '');
    // The server's figures as of now (每人限兑 2 件，您已兑换 1 件…): what this screen shows may be
    // out of date when the member redeemed meanwhile on another phone or tab.
    const now = (error as ApiError).details?.fields?.[0]?.message;
    const requestId = errorRequestId(error);
    return html`<div class="failure" part="failure" role="alert" data-code=${code ?? ''}>
      ${icon(iconAlert)}
      <div>
        <p>${text || m.unknown} ${now}</p>
        ${!final && text ? html`<p>${m.unknown}</p>` : nothing}
        ${requestId ? html`<p class="muted">${this.t.base.requestId(requestId)}</p>` : nothing}
      </div>
    </div>`;
  }
}
