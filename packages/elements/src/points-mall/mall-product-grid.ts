import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { grid } from '@lit-labs/virtualizer/layouts/grid.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { mallEndpoints, type MallCategory, type Product } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import { baseStyles } from '../internal/theme.js';
import { icon, iconSearch } from '../internal/icons.js';
import { emitError, renderEmpty, renderError } from '../internal/states.js';
import { messages } from './messages.js';
import { PagedList } from './paged-list.js';
import { apiBaseOf, productPrice, resolveAssetUrl } from './format.js';
import styles from './mall-product-grid.styles.js';

export type ProductSort = 'points_asc' | 'points_desc' | 'newest';

/** Cell sizes of the virtualised grid; fixed so nothing jumps while images load. */
const CELL = { normal: { width: 164, height: 268 }, senior: { width: 204, height: 352 } };
/** Fetch the next page when the rendered range comes this close to the last loaded product. */
const PREFETCH_ITEMS = 24;
const SEARCH_DEBOUNCE_MS = 300;

type Layout = ReturnType<typeof grid>;
const layouts = new Map<boolean, Layout>();
function layoutFor(senior: boolean): Layout {
  let layout = layouts.get(senior);
  if (!layout) {
    const cell = senior ? CELL.senior : CELL.normal;
    // space-evenly spreads the fixed-size cells over the row; each cell pads its own card so
    // neighbours never touch however narrow the row.
    layout = grid({
      itemSize: { width: `${cell.width}px`, height: `${cell.height}px` },
      gap: '0px',
      justify: 'space-evenly',
    });
    layouts.set(senior, layout);
  }
  return layout;
}

/**
 * The points-mall product grid: categories, debounced search, sort and an "I can afford"
 * filter over a virtualised grid that fetches cursor pages as the member scrolls, so 10,000
 * products cost the same DOM as 100.
 *
 * @tag jg-mall-product-grid
 * @csspart toolbar - The search, sort and filter bar.
 * @csspart search - The search input.
 * @csspart categories - The category buttons.
 * @csspart category - One category button (`category active` when selected).
 * @csspart sort - The sort select.
 * @csspart afford - The "I can afford" checkbox label.
 * @csspart grid - The virtualised list of products.
 * @csspart product - One product card (a button).
 * @csspart product-image - A product image.
 * @csspart product-name - A product name.
 * @csspart product-price - A product's points price.
 * @csspart product-stock - A product's stock line.
 * @csspart status - The count of loaded products.
 * @csspart skeleton - Placeholder while the first page loads.
 * @csspart empty - Shown when nothing matches.
 * @csspart error - Shown when loading failed, with a retry button.
 * @csspart retry-button - The retry button.
 * @cssprop --jg-mall-grid-height - Height of the grid when it is its own scroller (`scroller`).
 * @cssprop --jg-mall-card-radius - Corner radius of product cards.
 * @event jg-navigate - `{ view: 'product', productId }` when a product is opened. Cancelable.
 * @event jg-error - `{ error }` when loading fails.
 */
export class JgMallProductGrid extends JgDataElement {
  static override styles = [baseStyles, styles];
  static override endpoints = mallEndpoints;

  /** Selected category id; empty for all categories. */
  @property({ reflect: true }) category = '';

  /** Search text (applied after a short pause in typing). */
  @property() search = '';

  /** Sort order: `points_asc`, `points_desc` or `newest`; empty for the catalogue's order. */
  @property() sort: ProductSort | '' = '';

  /** Show only products whose points price is at most the member's balance. */
  @property({ type: Boolean, reflect: true }) affordable = false;

  /**
   * The member's points balance, for the "I can afford" filter. `<jg-points-mall>` sets it; a
   * standalone grid fetches it when the filter is first switched on.
   */
  @property({ type: Number }) balance?: number;

  /** Make the grid its own scroll container (height from `--jg-mall-grid-height`) instead of the page. */
  @property({ type: Boolean, reflect: true }) scroller = false;

  /** Products per page request (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 40;

  @state() private categories: readonly MallCategory[] | undefined;
  @state() private categoriesError: unknown;
  @state() private ownBalance?: number;
  @state() private balanceError: unknown;
  @state() private searchDraft = '';

  @query('.grid') private gridEl?: HTMLElement;

  private readonly products = new PagedList<Product>(this, (error) => emitError(this, error));
  private searchTimer?: ReturnType<typeof setTimeout>;
  private categoriesFor?: unknown;
  private balanceRequest?: AbortController;
  private queriedClient?: unknown;
  private queriedKey?: string;
  private assetBase?: string;

  /** The loaded products (for hosts and tests); the list grows as the member scrolls. */
  get loadedProducts(): readonly Product[] {
    return this.products.items;
  }

  /**
   * Replaces a loaded product with fresh data (e.g. its stock after a redemption), keeping the
   * scroll position.
   */
  updateProduct(product: Product): void {
    this.products.update(
      (item) => item.id === product.id,
      () => product,
    );
  }

  /** Reloads the first page with the current filters. */
  reload(): Promise<void> {
    return this.products.reload(this.loader());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.balanceRequest?.abort();
  }

  // update(), not willUpdate(): it runs after the controllers' hostUpdate, so the client is
  // resolved for this cycle (a change there during willUpdate would wait for the next one).
  protected override update(changed: PropertyValues<this>): void {
    if (changed.has('search')) this.searchDraft = this.search;
    const client = this.api.client;
    if (client !== this.categoriesFor) {
      this.categoriesFor = client;
      void this.loadCategories();
    }
    if (this.affordable && this.balance === undefined && this.ownBalance === undefined) {
      if (!this.balanceRequest && !this.balanceError) void this.loadBalance();
    }
    // One key for everything the product query depends on: reload only when it changes.
    const key = JSON.stringify([
      this.category,
      this.search.trim(),
      this.sort,
      this.maxPoints,
      this.affordable,
      this.pageSize,
    ]);
    if (client !== this.queriedClient || key !== this.queriedKey) {
      this.queriedClient = client;
      this.queriedKey = key;
      void this.products.reload(this.loader());
    }
    super.update(changed);
  }

  private get maxPoints(): number | undefined {
    return this.affordable ? (this.balance ?? this.ownBalance) : undefined;
  }

  private loader() {
    const client = this.api.client;
    if (!client) return undefined;
    // Waiting for the balance before the affordable query avoids showing everything first.
    if (this.affordable && this.maxPoints === undefined) return undefined;
    const query = {
      limit: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 40)),
      ...(this.category ? { category: this.category } : {}),
      ...(this.search.trim() ? { q: this.search.trim().slice(0, 50) } : {}),
      ...(this.sort ? { sort: this.sort } : {}),
      ...(this.maxPoints !== undefined ? { maxPoints: this.maxPoints } : {}),
    };
    return async (cursor: string | undefined, signal: AbortSignal) =>
      client.mall.products.list(cursor ? { ...query, cursor } : query, { signal });
  }

  private async loadCategories(): Promise<void> {
    const client = this.api.client;
    this.categoriesError = undefined;
    if (!client) return;
    try {
      const { data } = await client.mall.categories.list();
      if (client === this.api.client) this.categories = data;
    } catch (error) {
      if (client !== this.api.client) return;
      this.categoriesError = error;
      emitError(this, error);
    }
  }

  private async loadBalance(): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    const request = (this.balanceRequest = new AbortController());
    this.balanceError = undefined;
    try {
      const points = await client.me.points.get({ signal: request.signal });
      this.ownBalance = points.balance;
    } catch (error) {
      if (request.signal.aborted) return;
      this.balanceError = error;
      emitError(this, error);
    } finally {
      if (this.balanceRequest === request) this.balanceRequest = undefined;
    }
  }

  private onSearchInput(event: Event): void {
    this.searchDraft = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DEBOUNCE_MS);
  }

  private onSearchSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.applySearch();
  }

  private applySearch(): void {
    if (this.search !== this.searchDraft) this.search = this.searchDraft;
  }

  private selectCategory(id: string): void {
    this.category = id;
  }

  private onSortChange(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as ProductSort | '';
  }

  private onAffordChange(event: Event): void {
    this.affordable = (event.target as HTMLInputElement).checked;
    if (this.affordable && this.balanceError) {
      this.balanceError = undefined;
      void this.loadBalance();
    }
  }

  private open(product: Product): void {
    this.emit('jg-navigate', { view: 'product', productId: product.id }, { cancelable: true });
  }

  private onRangeChanged(event: RangeChangedEvent): void {
    if (event.last >= this.products.items.length - PREFETCH_ITEMS) void this.products.loadMore();
  }

  /** Arrow keys move between cards, by row up and down; Home and End go to the ends. */
  private onGridKeydown(event: KeyboardEvent): void {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!card || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(card.dataset.index);
    const cell = this.effectiveSenior ? CELL.senior : CELL.normal;
    const columns = Math.max(1, Math.floor((this.gridEl?.clientWidth ?? 0) / cell.width));
    const last = this.products.items.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index + columns,
      ArrowUp: index - columns,
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    void this.focusCard(Math.min(last, Math.max(0, target)));
  }

  private async focusCard(index: number): Promise<void> {
    const host = this.gridEl as (HTMLElement & { [virtualizerRef]?: VirtualizerLike }) | undefined;
    const virtualizer = host?.[virtualizerRef];
    const find = () => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!find()) {
      virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
      await virtualizer?.layoutComplete;
      await this.updateComplete;
    }
    const card = find();
    card?.focus();
    card?.scrollIntoView?.({ block: 'nearest' });
  }

  override render(): TemplateResult {
    const m = this.t.pick(messages);
    return html`
      <div class="toolbar" part="toolbar">
        <form class="search" role="search" @submit=${this.onSearchSubmit}>
          <label class="jg-visually-hidden" for="search">${m.searchLabel}</label>
          <span class="search-icon" aria-hidden="true">${icon(iconSearch)}</span>
          <input
            id="search"
            part="search"
            type="search"
            enterkeyhint="search"
            maxlength="50"
            autocomplete="off"
            .value=${this.searchDraft}
            placeholder=${m.searchPlaceholder}
            @input=${this.onSearchInput}
          />
        </form>
        <div class="filters">
          <label class="sort">
            <span>${m.sortLabel}</span>
            <select part="sort" .value=${this.sort} @change=${this.onSortChange}>
              ${(['', 'points_asc', 'points_desc', 'newest'] as const).map(
                (value) =>
                  html`<option value=${value} ?selected=${value === this.sort}>
                    ${m.sort[value || 'default']}
                  </option>`,
              )}
            </select>
          </label>
          <label class="afford" part="afford">
            <input type="checkbox" .checked=${this.affordable} @change=${this.onAffordChange} />
            <span>${m.affordLabel}</span>
          </label>
        </div>
        ${this.renderCategories()}
      </div>
      ${this.renderBody()}
    `;
  }

  private renderCategories(): TemplateResult | typeof nothing {
    const m = this.t.pick(messages);
    if (this.categoriesError) {
      return html`<div class="categories-error" role="alert">
        <span>${m.categoriesLabel}</span>
        <button type="button" class="jg-button jg-button--link" @click=${this.loadCategories}>
          ${this.t.base.retry}
        </button>
      </div>`;
    }
    if (!this.categories) {
      return html`<div class="categories categories--loading" aria-hidden="true">
        ${[0, 1, 2, 3].map(() => html`<span class="chip-skeleton jg-skeleton__line"></span>`)}
      </div>`;
    }
    const all = [{ id: '', name: m.allCategories }, ...this.categories];
    return html`<div
      class="categories"
      part="categories"
      role="group"
      aria-label=${m.categoriesLabel}
    >
      ${all.map(
        (category) =>
          html`<button
            type="button"
            class="chip"
            part=${category.id === this.category ? 'category active' : 'category'}
            aria-pressed=${category.id === this.category ? 'true' : 'false'}
            @click=${() => this.selectCategory(category.id)}
          >
            ${category.name}
          </button>`,
      )}
    </div>`;
  }

  /** Skeleton, error or empty state; `nothing` once there are products to show. */
  private renderState(): TemplateResult | typeof nothing {
    const m = this.t.pick(messages);
    const list = this.products;
    if (this.affordable && this.balanceError) {
      return renderError(this.balanceError, this.t, () => {
        this.balanceError = undefined;
        void this.loadBalance();
      });
    }
    if (list.status === 'error') return renderError(list.error, this.t, () => void list.retry());
    if (list.status === 'initial' || list.status === 'loading') return this.renderSkeletonGrid();
    if (list.items.length === 0) return renderEmpty(m.noProducts, m.noProductsDetail);
    return nothing;
  }

  private renderBody(): TemplateResult {
    const m = this.t.pick(messages);
    const list = this.products;
    const state = this.renderState();
    const ready = state === nothing;
    if (ready) this.assetBase = apiBaseOf(this);
    // One template whatever the state, so the grid's container stays in the document: the
    // virtualizer looks for scrolling ancestors when it starts, and a container freshly cloned
    // into a detached fragment would have none (it would then follow only the window's scroll).
    return html`
      ${state}
      ${
        ready
          ? html`<p class="status" part="status" role="status">
              ${m.loadedCount(this.t.formatNumber(list.items.length), list.hasMore)}
            </p>`
          : nothing
      }
      <div
        class="grid"
        part="grid"
        role="list"
        aria-label=${m.productsLabel}
        ?hidden=${!ready}
        @rangeChanged=${this.onRangeChanged}
        @keydown=${this.onGridKeydown}
      >
        ${
          ready
            ? virtualize({
                items: list.items as Product[],
                keyFunction: (product: Product) => product.id,
                renderItem: (product: Product, index: number) => this.renderCard(product, index),
                layout: layoutFor(this.effectiveSenior),
                scroller: this.scroller,
              })
            : nothing
        }
      </div>
      ${
        !ready
          ? nothing
          : list.status === 'more-error'
            ? html`<div class="more-error" role="alert">
                <span>${m.loadingMore}</span>
                <button type="button" class="jg-button" @click=${() => void list.retry()}>
                  ${this.t.base.retry}
                </button>
              </div>`
            : list.loadingMore
              ? html`<p class="more" aria-hidden="true">${m.loadingMore}</p>`
              : nothing
      }
    `;
  }

  private renderCard(product: Product, index: number): TemplateResult {
    const m = this.t.pick(messages);
    const total = this.products.hasMore ? -1 : this.products.items.length;
    const soldOut = product.stock === 0;
    return html`<div class="cell" role="listitem" aria-posinset=${index + 1} aria-setsize=${total}>
      <button
        type="button"
        class="card"
        part="product"
        data-index=${index}
        @click=${() => this.open(product)}
      >
        <img
          part="product-image"
          src=${resolveAssetUrl(product.imageUrl, this.assetBase)}
          alt=""
          width="400"
          height="300"
          loading="lazy"
          decoding="async"
        />
        <span class="name" part="product-name">${product.name}</span>
        <span class="price" part="product-price">${productPrice(product, this.t, m)}</span>
        <span class=${soldOut ? 'stock stock--out' : 'stock'} part="product-stock">
          ${soldOut ? m.soldOut : m.stockLeft(this.t.formatNumber(product.stock))}
        </span>
      </button>
    </div>`;
  }

  private renderSkeletonGrid(): TemplateResult {
    return html`<div class="skeleton-grid" part="skeleton" role="status" aria-busy="true">
      <span class="jg-visually-hidden">${this.t.base.loading}</span>
      ${Array.from(
        { length: 6 },
        () =>
          html`<div class="skeleton-card" aria-hidden="true">
            <div class="jg-skeleton__line skeleton-image"></div>
            <div class="jg-skeleton__line"></div>
            <div class="jg-skeleton__line"></div>
          </div>`,
      )}
    </div>`;
  }
}

interface VirtualizerLike {
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
  layoutComplete: Promise<void>;
}
