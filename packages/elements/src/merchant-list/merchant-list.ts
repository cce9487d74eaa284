import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { JiagongClient } from '@jiagong/client';
import { catalogueEndpoints, type Merchant, type Union } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import {
  icon,
  iconClose,
  iconGift,
  iconLocation,
  iconPhone,
  iconQr,
  iconSearch,
  iconStore,
} from '../internal/icons.js';
import {
  emitError,
  renderEmpty,
  renderError,
  renderSkeleton,
  withErrorEvent,
} from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { loadUnionTree } from '../union-picker/union-tree.js';
import { merchantListMessages, type MerchantListMessages } from './messages.js';
import styles from './merchant-list.styles.js';

/** `jg-member-code-request`: the member asked to show their member code at a merchant. */
export type JgMemberCodeRequestEvent = CustomEvent<{ merchantId: string; merchant: Merchant }>;

type Category = keyof MerchantListMessages['categories'];
const categories: readonly Category[] = [
  'dining',
  'retail',
  'health',
  'education',
  'travel',
  'services',
];

const SEARCH_DELAY_MS = 300;

/** Our own label for a known category (in the element's language), else the API's name. */
function categoryLabel(merchant: Merchant, m: MerchantListMessages): string {
  return (categories as readonly string[]).includes(merchant.category)
    ? m.categories[merchant.category as Category]
    : merchant.categoryName;
}

interface MerchantPage {
  data: Merchant[];
  nextCursor: string | null;
}

type PageArgs = readonly [JiagongClient | undefined, string, string, string, number];

interface Filters {
  county?: string;
  category?: Category;
  q?: string;
  limit: number;
}

/**
 * 惠工联盟: the union's partner merchants and their member discounts, with filters by area
 * (county/district of the union tree) and category, a search, and cursor paging ("load more",
 * or automatically with `infinite`). Each merchant has a "出示会员码" action that opens the
 * member's verification QR code (`<jg-member-code>`) in a dialog; cancel
 * `jg-member-code-request` to show it your own way.
 *
 * @tag jg-merchant-list
 * @summary 惠工联盟 partner merchants with filters, search, paging and the member code.
 * @csspart filters - The filter bar (a search landmark).
 * @csspart county-select - The area filter.
 * @csspart category-select - The category filter.
 * @csspart search-input - The search field.
 * @csspart list - The list of merchants.
 * @csspart merchant - One merchant.
 * @csspart merchant-logo - The merchant's logo.
 * @csspart merchant-name - The merchant's name.
 * @csspart merchant-meta - Category and area.
 * @csspart merchant-discount - The member discount text.
 * @csspart merchant-address - The address.
 * @csspart merchant-phone - The phone link.
 * @csspart code-button - "出示会员码" of a merchant.
 * @csspart load-more - The "load more" button.
 * @csspart end - Shown once every merchant is loaded.
 * @csspart code-dialog - The dialog with the member code.
 * @csspart dialog-title - Its title.
 * @csspart dialog-hint - The line naming the merchant.
 * @csspart close-button - Closes the dialog.
 * @csspart member-code - The member code (`<jg-member-code>`) in the dialog.
 * @csspart member-card - The same element, by the name it had when the dialog held a whole `<jg-member-card>`.
 * @csspart clear-filters - Clears the filters (empty state).
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - No merchant (matches the filters).
 * @csspart error - Loading failed (with `retry-button`), for the list or for the next page.
 * @csspart retry-button - Loads again.
 * @csspart icon - Every icon.
 * @cssprop --jg-merchant-list-logo-size - Side of the merchant logos (default 56px).
 * @cssprop --jg-merchant-list-discount-color - Colour of the discount text (default `--jg-color-primary`).
 * @event jg-member-code-request - "出示会员码" was pressed; `detail.merchantId`, `detail.merchant`. Cancelable: `preventDefault()` keeps the dialog closed.
 * @event jg-error - Loading failed; `detail.error` is the typed client error.
 */
export class JgMerchantList extends JgDataElement {
  static override styles = [baseStyles, styles];
  static override endpoints = catalogueEndpoints;

  static override properties: PropertyDeclarations = {
    county: { reflect: true },
    category: { reflect: true },
    search: {},
    pageSize: { type: Number, attribute: 'page-size' },
    infinite: { type: Boolean, reflect: true },
    // Internal state, spread: the manifest analyzer would list every direct entry as an attribute.
    ...{
      _text: { state: true },
      _more: { state: true },
      _cursor: { state: true },
      _moreLoading: { state: true },
      _moreError: { state: true },
      _announcement: { state: true },
      _codeFor: { state: true },
    },
  };

  /** Area filter: a county-level region code (`330402`) or its union id (`u_330402`). */
  county = '';

  /** Category filter: `dining`, `retail`, `health`, `education`, `travel` or `services`. */
  category = '';

  /** Search text (name, address or offer). */
  search = '';

  /** Merchants per page (1–100). */
  pageSize = 10;

  /** Load the next page automatically when the end of the list scrolls into view. */
  infinite = false;

  private _text = '';
  private _more: Merchant[] = [];
  private _cursor: string | null = null;
  private _moreLoading = false;
  private _moreError?: unknown;
  private _announcement = '';
  private _codeFor?: Merchant;

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get _sentinel(): HTMLElement | null {
    return this.renderRoot.querySelector('.sentinel');
  }

  private _filters: Filters = { limit: 10 };
  private _searchTimer?: ReturnType<typeof setTimeout>;
  private _moreAbort?: AbortController;
  private _observer?: IntersectionObserver;
  private _observed?: Element;
  private _returnFocus?: HTMLElement;

  private readonly _page = new Task<PageArgs, MerchantPage>(this, {
    args: () => [this.api.client, this.county, this.category, this.search.trim(), this.pageSize],
    task: withErrorEvent(
      this,
      async ([client, county, category, q, limit]: PageArgs, { signal }) => {
        this._moreAbort?.abort();
        if (!client) return initialState;
        const filters: Filters = {
          county: county.trim() || undefined,
          category: (categories as string[]).includes(category)
            ? (category as Category)
            : undefined,
          q: q.slice(0, 50) || undefined,
          limit: Math.min(100, Math.max(1, Math.floor(limit) || 10)),
        };
        const page: MerchantPage = await client.merchants.list(filters, { signal });
        this._filters = filters;
        return page;
      },
    ),
    onComplete: (page) => {
      this._more = [];
      this._cursor = page.nextCursor;
      this._moreError = undefined;
      this._announce(page.data.length, !!page.nextCursor);
    },
  });

  private readonly _counties = new Task(this, {
    args: () => [this.api.client] as const,
    task: async ([client]: readonly [JiagongClient | undefined]) => {
      if (!client) return initialState;
      // The filter is a convenience: without the union tree the list still works.
      try {
        const tree = await loadUnionTree(client);
        return tree.all.filter((union) => union.level === 2);
      } catch {
        return [] as Union[];
      }
    },
  });

  /** The merchants loaded so far, across pages. */
  get merchants(): Merchant[] {
    const first = this._page.status === TaskStatus.COMPLETE ? this._page.value : undefined;
    return first ? [...first.data, ...this._more] : [];
  }

  /** Whether another page can be loaded. */
  get hasMore(): boolean {
    return this._page.status === TaskStatus.COMPLETE && !!this._cursor;
  }

  /** Loads the next page (what "加载更多" does). Resolves once it is shown. */
  async loadMore(): Promise<void> {
    const client = this.api.client;
    const cursor = this._cursor;
    if (!client || !cursor || this._moreLoading || !this.hasMore) return;
    const abort = new AbortController();
    this._moreAbort = abort;
    this._moreLoading = true;
    this._moreError = undefined;
    try {
      const page = await client.merchants.list(
        { ...this._filters, cursor },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this._more = [...this._more, ...page.data];
      this._cursor = page.nextCursor;
      this._announce(this.merchants.length, !!page.nextCursor);
    } catch (error) {
      if (abort.signal.aborted) return;
      this._moreError = error;
      emitError(this, error);
    } finally {
      if (this._moreAbort === abort) {
        this._moreAbort = undefined;
        this._moreLoading = false;
      }
    }
    await this.updateComplete;
  }

  /** Clears the area, category and search filters. */
  clearFilters(): void {
    clearTimeout(this._searchTimer);
    this.county = '';
    this.category = '';
    this.search = '';
    this._text = '';
  }

  /** Opens the member code dialog for a merchant (as its "出示会员码" button does). */
  async showCode(merchant: Merchant): Promise<void> {
    // Loaded on first use: most visits never open a member code. Only the code view, not the
    // member card family (the card, its benefits).
    if (!customElements.get('jg-member-code')) {
      const { defineMemberCode } = await import('../member-card/member-code.js');
      defineMemberCode();
    }
    this._codeFor = merchant;
    await this.updateComplete;
    const dialog = this._dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the member code dialog. */
  closeCode(): void {
    this._dialog?.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._searchTimer);
    this._moreAbort?.abort();
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('search') && this.search !== this._text) this._text = this.search ?? '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._watchEnd(changed.has('_more') || changed.has('_cursor'));
  }

  private get _messages(): MerchantListMessages {
    return this.t.pick(merchantListMessages);
  }

  private _announce(count: number, more: boolean): void {
    const m = this._messages;
    this._announcement = count ? m.loaded(count, more) : '';
  }

  /** Infinite scroll: observe the end of the list; re-observe after a page so a short list fills up. */
  private _watchEnd(pageChanged: boolean): void {
    const sentinel = this.infinite && this.hasMore && !this._moreError ? this._sentinel : null;
    if (!sentinel || typeof IntersectionObserver !== 'function') {
      this._observer?.disconnect();
      this._observed = undefined;
      return;
    }
    this._observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.loadMore();
      },
      { rootMargin: '200px' },
    );
    if (this._observed === sentinel && !pageChanged) return;
    if (this._observed) this._observer.unobserve(this._observed);
    this._observer.observe(sentinel);
    this._observed = sentinel;
  }

  private _onSearchInput(event: Event): void {
    this._text = (event.target as HTMLInputElement).value;
    clearTimeout(this._searchTimer);
    this._searchTimer = setTimeout(() => {
      this.search = this._text;
    }, SEARCH_DELAY_MS);
  }

  private _onSearchKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(this._searchTimer);
    this.search = this._text;
  }

  private async _onLoadMoreClick(): Promise<void> {
    const before = this.merchants.length;
    await this.loadMore();
    // The button may be gone (last page): move focus to the first new merchant.
    if (this.merchants.length > before) {
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${before}"]`)?.focus();
    }
  }

  private _onCodeClick(event: Event, merchant: Merchant): void {
    this._returnFocus = event.currentTarget as HTMLElement;
    const proceed = this.emit(
      'jg-member-code-request',
      { merchantId: merchant.id, merchant },
      { cancelable: true },
    );
    // The member code's module loads on first use; a failed load is reported like any error.
    if (proceed) this.showCode(merchant).catch((error: unknown) => emitError(this, error));
  }

  private _onDialogClose(): void {
    // Removing the code view stops its renewal.
    this._codeFor = undefined;
    const back = this._returnFocus;
    this._returnFocus = undefined;
    if (back?.isConnected) back.focus();
  }

  protected override render(): TemplateResult {
    return html`
      ${this._renderFilters()}
      <div class="results">
        ${this._page.render({
          initial: () => renderSkeleton(4, this.t.base.loading),
          pending: () => renderSkeleton(4, this.t.base.loading),
          complete: () => this._renderList(),
          error: (error) => renderError(error, this.t, () => void this._page.run()),
        })}
      </div>
      <div class="jg-visually-hidden" role="status">${this._announcement}</div>
      ${this._renderDialog()}
    `;
  }

  private _renderFilters(): TemplateResult {
    const m = this._messages;
    const counties = (this._counties.value as Union[] | undefined) ?? [];
    const county = this.county;
    // `county` may be a region code or a union id; the options carry region codes.
    const chosen = counties.find((union) => county === union.regionCode || county === union.id);
    const countyValue = chosen ? (chosen.regionCode ?? chosen.id) : county;
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${m.filters}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <label class="filter">
        <span class="filter-label">${m.county}</span>
        <select
          part="county-select"
          .value=${live(countyValue)}
          @change=${(event: Event) => {
            this.county = (event.target as HTMLSelectElement).value;
          }}
        >
          <option value="" ?selected=${!county}>${m.allCounties}</option>
          ${counties.map((union) => {
            const value = union.regionCode ?? union.id;
            return html`<option value=${value} ?selected=${union === chosen}>
              ${union.name.replace(/总工会$/, '')}
            </option>`;
          })}
        </select>
      </label>
      <label class="filter">
        <span class="filter-label">${m.category}</span>
        <select
          part="category-select"
          .value=${live(this.category)}
          @change=${(event: Event) => {
            this.category = (event.target as HTMLSelectElement).value;
          }}
        >
          <option value="" ?selected=${!this.category}>${m.allCategories}</option>
          ${categories.map(
            (category) =>
              html`<option value=${category} ?selected=${this.category === category}>
                ${m.categories[category]}
              </option>`,
          )}
        </select>
      </label>
      <label class="filter filter-search">
        <span class="filter-label">${m.search}</span>
        <span class="search-box">
          ${icon(iconSearch)}
          <input
            part="search-input"
            type="search"
            enterkeyhint="search"
            maxlength="50"
            autocomplete="off"
            placeholder=${m.searchPlaceholder}
            .value=${live(this._text)}
            @input=${this._onSearchInput}
            @keydown=${this._onSearchKey}
          />
        </span>
      </label>
    </form>`;
  }

  private _renderList(): TemplateResult {
    const m = this._messages;
    const merchants = this.merchants;
    if (!merchants.length) {
      const filtered = !!(this.county || this.category || this.search.trim());
      return html`${renderEmpty(filtered ? m.emptyFiltered : m.empty)}${
        filtered
          ? html`<div class="center">
              <button
                type="button"
                class="jg-button"
                part="clear-filters"
                @click=${() => this.clearFilters()}
              >
                ${m.clearFilters}
              </button>
            </div>`
          : nothing
      }`;
    }
    return html`
      <ul part="list" class="list" aria-label=${m.label}>
        ${merchants.map((merchant, index) => this._renderMerchant(merchant, index))}
      </ul>
      ${this._renderFooter()}
    `;
  }

  private _renderMerchant(merchant: Merchant, index: number): TemplateResult {
    const m = this._messages;
    const id = `m${index}`;
    return html`<li part="merchant" class="merchant">
      <article aria-labelledby=${id} tabindex="-1" data-index=${index}>
        ${
          merchant.logoUrl
            ? html`<img
                part="merchant-logo"
                class="logo"
                src=${merchant.logoUrl}
                alt=""
                loading="lazy"
                decoding="async"
                width="56"
                height="56"
              />`
            : html`<span part="merchant-logo" class="logo logo--empty">${icon(iconStore)}</span>`
        }
        <div class="body">
          <h3 part="merchant-name" class="name" id=${id}>${merchant.name}</h3>
          <p part="merchant-discount" class="discount">
            ${icon(iconGift)}<span class="jg-visually-hidden">${m.discount}：</span
            >${merchant.discount}
          </p>
          <p part="merchant-meta" class="meta">
            <span>${categoryLabel(merchant, m)}</span>${
              merchant.countyName
                ? html`<span aria-hidden="true"> · </span><span>${merchant.countyName}</span>`
                : nothing
            }
          </p>
          <p part="merchant-address" class="address">
            ${icon(iconLocation)}<span class="jg-visually-hidden">${m.address}：</span
            >${merchant.address}
          </p>
          ${
            merchant.phone
              ? html`<p class="phone">
                  ${icon(iconPhone)}<span class="jg-visually-hidden">${m.phone}：</span
                  ><a part="merchant-phone" href=${`tel:${merchant.phone.replace(/[^\d+]/g, '')}`}
                    >${merchant.phone}</a
                  >
                </p>`
              : nothing
          }
        </div>
        <button
          type="button"
          part="code-button"
          class="jg-button jg-button--primary code-button"
          @click=${(event: Event) => this._onCodeClick(event, merchant)}
        >
          ${icon(iconQr)}<span>${m.showCode}</span
          ><span class="jg-visually-hidden">：${merchant.name}</span>
        </button>
      </article>
    </li>`;
  }

  private _renderFooter(): TemplateResult {
    const m = this._messages;
    if (this._moreError) {
      return renderError(this._moreError, this.t, () => void this.loadMore());
    }
    if (!this.hasMore) {
      return html`<p part="end" class="end">${m.allLoaded}</p>`;
    }
    return html`<div class="center">
      <button
        type="button"
        part="load-more"
        class="jg-button load-more"
        aria-disabled=${this._moreLoading ? 'true' : 'false'}
        @click=${() => void this._onLoadMoreClick()}
      >
        ${this._moreLoading ? m.loadingMore : m.loadMore}
      </button>
      ${this.infinite ? html`<div class="sentinel" aria-hidden="true"></div>` : nothing}
    </div>`;
  }

  private _renderDialog(): TemplateResult {
    const m = this._messages;
    const merchant = this._codeFor;
    const own = this.api.standalone;
    return html`<dialog
      part="code-dialog"
      class="dialog"
      aria-labelledby="code-title"
      @close=${this._onDialogClose}
    >
      <div class="dialog-head">
        <h2 id="code-title" part="dialog-title" class="dialog-title">${m.codeTitle}</h2>
        <button
          type="button"
          part="close-button"
          class="jg-button jg-button--link close"
          aria-label=${m.close}
          @click=${() => this.closeCode()}
        >
          ${icon(iconClose)}
        </button>
      </div>
      ${
        merchant
          ? html`<p part="dialog-hint" class="dialog-hint">${m.codeHint(merchant.name)}</p>
              <jg-member-code
                part="member-card member-code"
                locale=${this.effectiveLocale}
                theme=${this.effectiveTheme}
                ?senior=${this.effectiveSenior}
                api-base=${own ? (this.apiBase ?? '') : nothing}
                publishable-key=${own ? (this.publishableKey ?? '') : nothing}
                token-endpoint=${own && this.tokenEndpoint ? this.tokenEndpoint : nothing}
                .getSessionToken=${own ? this.getSessionToken : undefined}
              ></jg-member-code>`
          : nothing
      }
    </dialog>`;
  }
}
