import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { GridLayout } from '@lit-labs/virtualizer/layouts/grid.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { MallCategory, Product } from '@jiagong/contract';
import { icon, iconSearch } from '../internal/icons.js';
import { emitError, renderEmpty, renderError } from '../internal/states.js';
import { MallElement } from './mall-element.js';
import { PagedList, listMore, listState } from './paged-list.js';

export type ProductSort = 'points_asc' | 'points_desc' | 'newest';

/**
 * Ideal cell width and height of the virtualised grid, normal and senior, and the body text size
 * they are drawn for. Cells stretch to fill the row (see `CardGrid`); at a given width their size
 * is fixed, so nothing jumps while images load. Senior cells are ideally 192 px wide so a 296 px
 * row (a 360 px phone in a padded panel) still holds two. Text of senior size or larger takes
 * them, whichever mode set it: in the mall the grid inherits senior mode's tokens, and a host's.
 */
const CELLS = [
  [164, 268, 15],
  [192, 343, 19],
] as const;

/** Columns for a row of `width` px: the nearest whole number of ideal cells, at least one. */
const columns = (width: number, ideal: number) => Math.max(1, Math.round(width / ideal));

/**
 * The grid layout with cells that fill the row (two columns of 148 px rather than one lonely
 * column of 164 on a narrow phone), ideal cells from 0.75 to 1.5 times as wide. The 4:3 image
 * takes 3/4 of a px in height for each px of width, and the text under it more room as the cell
 * narrows (a price or stock line wraps there): a cell grows by half its change in width.
 */
class CardGrid extends GridLayout {
  protected override _updateLayout(): void {
    const width = this._viewDim2;
    const ideal = this._idealSize2;
    const count = width > 0 ? columns(width, ideal) : 0;
    // Floored so the cells never overflow the row (a horizontal scrollbar in a scroller).
    const size = count && Math.floor(width / count);
    // What GridLayout reads (gap2 and padding2 are only its own _updateLayout's).
    this._metrics = {
      rolumns: count,
      itemSize1: Math.round(this._idealSize1 + (size - ideal) / 2),
      itemSize2: size,
      gap1: 0,
      padding1: { start: 0, end: 0 },
      positions: [...Array(count).keys()].map((i) => i * size),
    } as never;
  }
}
/**
 * Cells as large as the text is larger than they are drawn for (a member's text size: Android's
 * and WeChat's font size reach px text too), so enlarged text neither runs out of its cell nor
 * over the next row, and a phone shows fewer, wider cells.
 */
const layout = (px: number) => {
  const [width, height, text] = CELLS[+(px >= 19)]!;
  // 1 when the host has no style yet (outside the flat tree: `px` is NaN).
  const scale = Math.max(1, px / text) || 1;
  return {
    type: CardGrid,
    // Numbers: the layout reads a size with parseInt, the same as `${n}px`.
    itemSize: { width: width * scale, height: height * scale } as never,
  };
};

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
 * @csspart load-more - The button fetching the next page (also fetched on scroll).
 * @csspart skeleton - Placeholder while the first page loads.
 * @csspart empty - Shown when nothing matches.
 * @csspart error - Shown when loading failed, with a retry button.
 * @csspart retry-button - The retry button.
 * @cssprop --jg-mall-grid-height - Height of the grid when it is its own scroller (`scroller`).
 * @cssprop --jg-mall-card-radius - Corner radius of product cards.
 * @event jg-navigate - `{ view: 'product', productId }` when a product is opened. Cancelable.
 * @event jg-error - `{ error }` when loading fails.
 */
export class JgMallProductGrid extends MallElement {
  static override properties: PropertyDeclarations = {
    category: { reflect: true },
    search: {},
    sort: {},
    affordable: { type: Boolean, reflect: true },
    balance: { type: Number },
    scroller: { type: Boolean, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    categories: { state: true },
    catsError: { state: true },
    ownBalance: { state: true },
    pointsError: { state: true },
  };

  /** Selected category id; empty for all categories. */
  category = '';

  /** Search text (applied after a short pause in typing). */
  search: string | undefined = '';

  /** Sort order: `points_asc`, `points_desc` or `newest`; empty for the catalogue's order. */
  sort: ProductSort | '' = '';

  /** Show only products whose points price is at most the member's balance. */
  affordable = false;

  /**
   * The member's points balance, for the "I can afford" filter. `<jg-points-mall>` sets it; a
   * standalone grid fetches it when the filter is first switched on.
   */
  balance: number | undefined;

  /** Make the grid its own scroll container (height from `--jg-mall-grid-height`) instead of the page. */
  scroller = false;

  /** Products per page request (1–100). */
  pageSize = 40;

  private categories: readonly MallCategory[] = [];
  private catsError: unknown;
  private ownBalance?: number;
  private pointsError: unknown;

  private readonly list = new PagedList<Product>(this);
  private timer?: ReturnType<typeof setTimeout>;
  private client?: unknown;
  private query?: string;
  private pointsAc?: AbortController;
  /**
   * Whether the grid has shown products: its virtualizer then stays (hidden while a state
   * shows). A new one on the same container each search kept every earlier one (the library never
   * removes its listener there), with its products, and each re-rendered at every range change.
   */
  private shown?: boolean;
  /** The font size the cells were drawn for. */
  private px?: string;

  /** The loaded products (for hosts and tests); the list grows as the member scrolls. */
  get loadedProducts(): readonly Product[] {
    return this.list.items;
  }

  /**
   * Replaces a loaded product with fresh data (e.g. its stock after a redemption), keeping the
   * scroll position.
   */
  updateProduct(product: Product): void {
    this.list.replace(product);
  }

  /** Reloads the first page with the current filters. */
  reload(): Promise<void> {
    return this.list.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pointsAc?.abort();
  }

  /**
   * Text enlarged with the grid open (Android's or WeChat's font size, a host's own setting)
   * renders no grid, and its cells, sized in render(), cut the larger text off. The element grows
   * with its text (the toolbar, the status line), so its size changing renders it when its font
   * size is no longer the one render() drew the cells for (a new page or a new width is not a
   * new text size: the virtualizer follows the width itself). A frame later, as a new size in
   * the observer's own turn is a "ResizeObserver loop" error on the page.
   */
  protected override firstUpdated(): void {
    new ResizeObserver(() =>
      requestAnimationFrame(
        () => getComputedStyle(this).fontSize != this.px && this.requestUpdate(),
      ),
    ).observe(this);
  }

  // update(), not willUpdate(): it runs after the controllers' hostUpdate, so the client is
  // resolved for this cycle (a change there during willUpdate would wait for the next one).
  protected override update(changed: PropertyValues<this>): void {
    const client = this.api.client;
    const newClient = client !== this.client;
    this.client = client;
    if (newClient) {
      // Another member's client (or language's): "I can afford" asks for the balance again, and
      // the last member's failure to load hers (or her answer still to come) is not this one's.
      this.pointsAc?.abort();
      this.ownBalance = this.pointsAc = this.pointsError = undefined;
      void this.loadCats();
    }
    const { affordable } = this;
    const maxPoints = affordable ? (this.balance ?? this.ownBalance) : undefined;
    if (affordable && maxPoints === undefined && !this.pointsAc && !this.pointsError) {
      void this.loadPoints();
    }
    const query = {
      limit: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 40)),
      category: this.category || undefined,
      q: this.search?.trim().slice(0, 50) || undefined,
      sort: this.sort || undefined,
      maxPoints,
    };
    // One key for everything the product query depends on: reload only when it changes.
    const key = JSON.stringify([query, affordable]);
    if (newClient || key !== this.query) {
      this.query = key;
      // Waiting for the balance before the affordable query avoids showing everything first.
      void this.list.reload(
        client && (!affordable || maxPoints !== undefined)
          ? (cursor, signal) => client.mall.products.list({ ...query, cursor }, { signal })
          : null,
      );
    }
    super.update(changed);
  }

  private async loadCats(): Promise<void> {
    const client = this.api.client;
    this.catsError = undefined;
    if (!client) return;
    try {
      const { data } = await client.mall.categories.list();
      if (client === this.api.client) this.categories = data;
    } catch (error) {
      if (client !== this.api.client) return;
      this.catsError = error;
      emitError(this, error);
    }
  }

  private async loadPoints(): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    const ac = (this.pointsAc = new AbortController());
    this.pointsError = undefined;
    try {
      this.ownBalance = (await client.me.points.get({ signal: ac.signal })).balance;
    } catch (error) {
      if (!ac.signal.aborted) {
        this.pointsError = error;
        emitError(this, error);
      }
    }
    if (this.pointsAc === ac) this.pointsAc = undefined;
  }

  /** Typing, and the end of an IME composition: pinyin being composed is not searched for. */
  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    clearTimeout(this.timer);
    if ((event as InputEvent).isComposing) return;
    // Applied only in the page: a grid removed meanwhile asks for nothing, one moved meanwhile
    // (React re-parenting, a tab container) still applies what was typed.
    this.timer = setTimeout(() => this.isConnected && (this.search = input.value), 300);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.timer);
    // Its first control is the search field.
    this.search = ((event.target as HTMLFormElement)[0] as HTMLInputElement).value;
  }

  private onAfford(event: Event): void {
    this.affordable = (event.target as HTMLInputElement).checked;
    if (this.affordable && this.pointsError) void this.loadPoints();
  }

  /**
   * Arrow keys move between cards, by row up and down; Home and End go to the ends. The card is
   * first scrolled into the rendered range when the virtualizer left it out.
   */
  private async onKey(event: KeyboardEvent): Promise<void> {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!card || event.altKey || event.ctrlKey || event.metaKey) return;
    const gridEl = event.currentTarget as HTMLElement;
    const index = Number(card.dataset.index);
    const last = this.list.items.length - 1;
    // The columns the layout drew: its cells widen with the text (two at 200 % where four were).
    const cols = columns(gridEl.clientWidth, card.parentElement!.offsetWidth);
    const target = (
      {
        ArrowRight: index + 1,
        ArrowLeft: index - 1,
        ArrowDown: index + cols,
        ArrowUp: index - cols,
        Home: 0,
        End: last,
      } as Record<string, number>
    )[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const to = Math.min(last, Math.max(0, target));
    const find = () => gridEl.querySelector<HTMLElement>(`[data-index="${to}"]`);
    if (!find()) {
      const virtualizer = (gridEl as HTMLElement & { [virtualizerRef]?: VirtualizerLike })[
        virtualizerRef
      ];
      virtualizer?.element(to)?.scrollIntoView({ block: 'nearest' });
      await virtualizer?.layoutComplete;
      await this.updateComplete;
    }
    const next = find();
    next?.focus();
    next?.scrollIntoView({ block: 'nearest' });
  }

  override render(): TemplateResult {
    const m = this.m;
    const { list, category } = this;
    const { items, next } = list;
    const state =
      this.affordable && this.pointsError
        ? renderError(this.pointsError, this.t, () => void this.loadPoints())
        : listState(list, this.t, () => renderEmpty(m.none, m.noneHint));
    this.shown ||= !state;
    // One template whatever the state, so the grid's container stays in the document: the
    // virtualizer looks for scrolling ancestors when it starts, and a container freshly cloned
    // into a detached fragment would have none (it would then follow only the window's scroll).
    // The selects bind .value (it follows later changes; options the member picked ignore
    // `selected`) and ?selected (the first render, before the options exist).
    return html`<div class="toolbar" part="toolbar">
        <form class="search" role="search" aria-label=${m.search} @submit=${this.onSubmit}>
          ${icon(iconSearch)}
          <input
            part="search"
            type="search"
            enterkeyhint="search"
            maxlength="50"
            autocomplete="off"
            placeholder=${m.searchHint}
            .value=${this.search ?? ''}
            @input=${this.onInput}
            @compositionend=${this.onInput}
          />
        </form>
        <div class="bar">
          <label>
            ${m.sortBy}
            <select
              part="sort"
              .value=${this.sort}
              @change=${(e: Event) => {
                this.sort = (e.target as HTMLSelectElement).value as ProductSort;
              }}
            >
              ${Object.entries(m.sort).map(
                ([value, label]) =>
                  html`<option value=${value} ?selected=${value === this.sort}>${label}</option>`,
              )}
            </select>
          </label>
          <label class="afford" part="afford">
            <input type="checkbox" .checked=${this.affordable} @change=${this.onAfford} />
            ${m.afford}
          </label>
        </div>
        <div class="chips" part="categories" role="group" aria-label=${m.cats}>
          ${[{ id: '', name: m.all }, ...this.categories].map(({ id, name }) => {
            const on = id === category;
            return html`<button
              class="jg-button${on ? ' jg-button--primary' : ''}"
              part="category${on ? ' active' : ''}"
              aria-pressed=${on}
              @click=${() => (this.category = id)}
            >
              ${name}
            </button>`;
          })}
          ${
            this.catsError
              ? html`<span role="alert">
                  ${m.cats}
                  <button class="jg-button jg-button--link" @click=${this.loadCats}>
                    ${this.t.base.retry}
                  </button>
                </span>`
              : nothing
          }
        </div>
      </div>
      ${
        state ??
        html`<p class="muted" part="status" role="status">
          ${m.loaded(this.num(items.length), next !== null)}
        </p>`
      }
      <div
        class="grid"
        part="grid"
        role="list"
        aria-label=${m.products}
        tabindex=${
          // Its own scroller is a tab stop, so the keyboard can scroll it even when no card is
          // rendered (the virtualizer renders none while the grid is scrolled out of the window).
          this.scroller ? 0 : nothing
        }
        ?hidden=${!!state}
        @rangeChanged=${(e: RangeChangedEvent) => {
          if (e.last >= list.items.length - 24) void list.more();
        }}
        @keydown=${this.onKey}
      >
        ${
          this.shown
            ? virtualize({
                items: items as Product[],
                // After a search the library may still announce the range of the longer list
                // before: past the new one's end there is nothing to render (not a TypeError).
                keyFunction: (product?: Product) => product?.id,
                renderItem: (product: Product | undefined, index: number) =>
                  (product &&
                    html`<div
                      class="cell"
                      role="listitem"
                      aria-posinset=${index + 1}
                      aria-setsize=${next === null ? items.length : -1}
                    >
                      <button
                        class="card"
                        part="product"
                        data-index=${index}
                        @click=${() => this.nav('product', product.id)}
                      >
                        <img
                          part="product-image"
                          src=${this.img(product.imageUrl)}
                          alt=""
                          width="400"
                          height="300"
                          loading="lazy"
                          decoding="async"
                        />
                        <span class="name" part="product-name">${product.name}</span>
                        <span class="price" part="product-price">${this.price(product)}</span>
                        <span class="muted${product.stock ? '' : ' out'}" part="product-stock">
                          ${product.stock ? m.left(this.num(product.stock)) : m.soldOut}
                        </span>
                      </button>
                    </div>`) as TemplateResult,
                layout: layout(parseFloat((this.px = getComputedStyle(this).fontSize))),
                scroller: this.scroller,
              })
            : nothing
        }
      </div>
      ${state ? nothing : listMore(list, this.t, m.more)}`;
  }
}

interface VirtualizerLike {
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
  layoutComplete: Promise<void>;
}
