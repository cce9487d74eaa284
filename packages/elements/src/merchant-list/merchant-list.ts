import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { initialState, Task } from '@lit/task';
import type { JiagongClient } from '@jiagong/client';
import { catalogueEndpoints, type Merchant, type Union } from '@jiagong/contract';
import { loadUnionTree } from '../union-picker/union-tree.js';
import { JgDataElement } from '../internal/data-element.js';
import { merchantsList, unionsTree } from '../internal/endpoints.js';
import { apiUrl } from '../internal/api-url.js';
import { headingLevel } from '../internal/heading-level.js';
import { imageFailed } from '../internal/image-fallback.js';
import { isolate } from '../internal/localize.js';
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
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import filterStyles from '../content-shared/filters.styles.js';
import { Pages, type Page } from '../content-shared/pages.js';
import styles from './merchant-list.styles.js';
import { renderFilters, renderPages, renderSelect, SearchField } from '../content-shared/shared.js';
import { merchantListMessages, type MerchantListMessages } from './messages.js';

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

/** Our own label for a known category (in the element's language), else the API's name. */
function categoryLabel(merchant: Merchant, m: MerchantListMessages): string {
  return (categories as readonly string[]).includes(merchant.category)
    ? m.categories[merchant.category as Category]
    : merchant.categoryName;
}

/**
 * 惠工联盟: the union's partner merchants and their member discounts, with filters by area
 * (county/district of the union tree) and category, a search, and cursor paging ("load more",
 * or automatically with `infinite`). Each merchant has a "出示会员码" action that opens the
 * member's verification QR code (`<jg-member-code>`) in a dialog; cancel
 * `jg-member-code-request` to show it your own way.
 *
 * Keyboard: the code opens in a modal dialog that holds the focus; Escape or its close button
 * closes it and puts the focus back on the merchant's "出示会员码". After "加载更多" the focus
 * moves to the first merchant it loaded.
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
  static override styles = [baseStyles, hostResetStyles, filterStyles, styles];
  static override endpoints = {
    'services.list': catalogueEndpoints['services.list'],
    'unions.tree': unionsTree,
    'merchants.list': merchantsList,
  };

  static override properties: PropertyDeclarations = {
    county: { reflect: true },
    category: { reflect: true },
    search: {},
    pageSize: { type: Number, attribute: 'page-size' },
    infinite: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    // Internal state, spread: the manifest analyzer would list every direct entry as an attribute.
    ...{ _codeFor: { state: true } },
  };

  /** Area filter: a county-level region code (`330402`) or its union id (`u_330402`). */
  county = '';

  /** Category filter: `dining`, `retail`, `health`, `education`, `travel` or `services`. */
  category = '';

  /** Search text (name, address or offer). */
  search: string | undefined = '';

  /** Merchants per page (1–100). */
  pageSize = 10;

  /** Load the next page automatically when the end of the list scrolls into view. */
  infinite = false;

  /** Heading level (2–6) of the merchants' names, to fit the host page's outline. */
  headingLevel = 3;

  private _codeFor?: Merchant;

  private readonly _searchField = new SearchField(this);
  private _observer?: IntersectionObserver;
  private _observed?: Element | null;
  /** The list as the end of it was last watched (infinite scroll). */
  private _watched?: Page<Merchant>;
  private _returnFocus?: HTMLElement;

  private readonly _list = new Pages<Merchant>(
    this,
    // A page-size that is not a number (NaN, never equal to itself) would ask again at every
    // render: 0 stands for it, sent as 10.
    () => [this.api.client, this.county, this.category, this.search?.trim(), this.pageSize || 0],
    (signal, cursor) =>
      this.api.client?.merchants.list(
        {
          county: this.county?.trim() || undefined,
          category: (categories as string[]).includes(this.category)
            ? (this.category as Category)
            : undefined,
          q: this.search?.trim().slice(0, 50) || undefined,
          limit: Math.min(100, Math.max(1, Math.floor(this.pageSize) || 10)),
          cursor,
        },
        { signal },
      ),
  );

  private readonly _counties = new Task(this, {
    // Asked again when the list's error changes: a retry that brings the list back (offline
    // when the page opened) brings the areas back too. (A tree loaded once is not asked again.)
    args: () => [this.api.client, this._list.error] as const,
    task: async ([client]: readonly [JiagongClient | undefined, unknown]) => {
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
    return [...(this._list.value?.data ?? [])];
  }

  /** Whether another page can be loaded. */
  get hasMore(): boolean {
    return !!this._list.value?.nextCursor;
  }

  /** Loads the next page (what "加载更多" does). Resolves once it is shown. */
  async loadMore(): Promise<void> {
    await this._list.more();
    await this.updateComplete;
  }

  /** Clears the area, category and search filters. */
  clearFilters(): void {
    this._searchField.clear();
    this.county = this.category = '';
  }

  /** Opens the member code dialog for a merchant (as its "出示会员码" button does). */
  async showCode(merchant: Merchant): Promise<void> {
    this._codeFor = merchant;
    await this.updateComplete;
    const dialog = this._dialog;
    if (dialog && !dialog.open) dialog.showModal();
    // Loaded on first use: most visits never open a member code. Only the code view, not the
    // member card family (the card, its benefits). After the dialog opens, with a skeleton until
    // the code view is defined: on a slow link a tap answered nothing for the module's round trip.
    if (!customElements.get('jg-member-code')) {
      try {
        (await import('../member-card/member-code.js')).defineMemberCode();
      } catch (error) {
        this.closeCode();
        throw error;
      }
    }
  }

  /** Closes the member code dialog. */
  closeCode(): void {
    this._dialog?.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observed = null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const page = this._list.value;
    this._watchEnd(page !== this._watched);
    this._watched = page;
  }

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get _m(): MerchantListMessages {
    return this.t.pick(merchantListMessages);
  }

  /** Infinite scroll: observe the end of the list; re-observe after a page so a short list fills up. */
  private _watchEnd(pageChanged: boolean): void {
    // Rendered only with `infinite`, below a "load more" (more to load, and no failed page).
    const sentinel = this.renderRoot.querySelector('.sentinel');
    if (this._observed == sentinel && !pageChanged) return;
    // It watches one sentinel at most: the new one in place of the last, or none.
    this._observer?.disconnect();
    if ((this._observed = sentinel)) {
      (this._observer ??= new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) void this.loadMore();
        },
        { rootMargin: '200px' },
      )).observe(sentinel);
    }
  }

  /** "加载更多" and its retry: both leave (the last page, a failure, a retry). */
  private async _onLoadMoreClick(): Promise<void> {
    const before = this.merchants.length;
    await this.loadMore();
    // The focus moves on to the first new merchant, or to the retry when the page failed, rather
    // than fall back to the page's start with the button.
    this.renderRoot
      .querySelector<HTMLElement>(`[data-index="${before}"],[part~=retry-button]`)
      ?.focus();
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
    // (A button gone meanwhile, its list reloaded, takes no focus.)
    this._returnFocus?.focus();
    this._returnFocus = undefined;
  }

  protected override render(): TemplateResult {
    const m = this._m;
    const page = this._list.value;
    const n = page?.data.length;
    const counties = (this._counties.value as Union[] | undefined) ?? [];
    const county = this.county;
    // `county` may be a region code or a union id; the options carry region codes.
    const chosen = counties.find((union) => county === union.regionCode || county === union.id);
    // Said in the live region too: an empty state, new in the page, is not reliably read out.
    const empty = county || this.category || this.search?.trim() ? m.emptyFiltered : m.empty;
    return html`
      ${renderFilters(
        m.filters,
        html`${renderSelect(
          m.county,
          'county-select',
          chosen ? (chosen.regionCode ?? chosen.id) : county,
          [
            ['', m.allCounties],
            ...counties.map(
              (union) => [union.regionCode ?? union.id, union.name.replace(/总工会$/, '')] as const,
            ),
          ],
          (value) => (this.county = value),
        )}
        ${renderSelect(
          m.category,
          'category-select',
          this.category,
          [['', m.allCategories], ...categories.map((c) => [c, m.categories[c]] as const)],
          (value) => (this.category = value),
        )}
        ${this._searchField.render(m.search, m.searchPlaceholder, icon(iconSearch))}`,
      )}
      <div class="results">
        ${renderPages(this._list, this.t, 4, () => this._renderList(empty))}
      </div>
      <div class="jg-visually-hidden" role="status">
        ${n ? m.loaded(n, !!page.nextCursor) : page ? empty : ''}
      </div>
      ${this._renderDialog()}
    `;
  }

  private _renderList(empty: string): TemplateResult {
    const m = this._m;
    const merchants = this.merchants;
    if (!merchants.length) {
      return html`${renderEmpty(empty)}${
        empty == m.emptyFiltered
          ? html`<div class="center">
              <button
                class="jg-button"
                part="clear-filters"
                @click=${() => {
                  // The button leaves with the empty state: the focus goes to the search.
                  this.clearFilters();
                  this.renderRoot.querySelector('input')!.focus();
                }}
              >
                ${m.clearFilters}
              </button>
            </div>`
          : nothing
      }`;
    }
    return html`
      <ul part="list" class="list ${this.effectiveSenior ? 'senior' : ''}" aria-label=${m.label}>
        ${merchants.map((merchant, index) => this._renderMerchant(merchant, index))}
      </ul>
      ${this._renderFooter()}
    `;
  }

  private _renderMerchant(merchant: Merchant, index: number): TemplateResult {
    const m = this._m;
    const id = `m${index}`;
    return html`<li part="merchant" class="merchant">
      <article aria-labelledby=${id} tabindex="-1" data-index=${index}>
        ${
          merchant.logoUrl
            ? html`<img
                part="merchant-logo"
                class="logo"
                src=${apiUrl(merchant.logoUrl, this.apiBase ?? this.settings.apiBase)}
                alt=""
                loading="lazy"
                decoding="async"
                width="56"
                height="56"
                @error=${imageFailed}
              />`
            : html`<span part="merchant-logo" class="logo logo--empty">${icon(iconStore)}</span>`
        }
        <div class="body">
          <div
            part="merchant-name"
            class="name"
            id=${id}
            role="heading"
            aria-level=${headingLevel(this.headingLevel, 3)}
          >
            ${merchant.name}
          </div>
          <p part="merchant-discount" class="discount">
            ${icon(iconGift)}<span class="jg-visually-hidden">${m.discount}${m.colon}</span
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
            ${icon(iconLocation)}<span class="jg-visually-hidden">${m.address}${m.colon}</span
            >${merchant.address}
          </p>
          ${
            // Dialled in NFKC: a phone typed with a Chinese IME in full-width form (０５７３－８２…)
            // gave a tel: link without a digit. Shown as the merchant wrote it.
            merchant.phone
              ? html`<p class="phone">
                  ${icon(iconPhone)}<span class="jg-visually-hidden">${m.phone}${m.colon}</span
                  ><a
                    part="merchant-phone"
                    href=${`tel:${merchant.phone.normalize('NFKC').replace(/^[^\d+]+|[^\d+\s().-][^]*|[^\d+]/g, '')}`}
                    >${merchant.phone}</a
                  >
                </p>`
              : nothing
          }
        </div>
        <button
          part="code-button"
          class="jg-button jg-button--primary code-button"
          @click=${(event: Event) => this._onCodeClick(event, merchant)}
        >
          ${icon(iconQr)}<span>${m.showCode}</span
          ><span class="jg-visually-hidden">${m.colon}<bdi>${merchant.name}</bdi></span>
        </button>
      </article>
    </li>`;
  }

  private _renderFooter(): TemplateResult {
    const m = this._m;
    const list = this._list;
    if (list.moreError !== undefined) {
      return renderError(list.moreError, this.t, () => void this._onLoadMoreClick());
    }
    if (!this.hasMore) {
      return html`<p part="end" class="end">${m.allLoaded}</p>`;
    }
    return html`<div class="center">
      <button
        part="load-more"
        class="jg-button load-more"
        aria-disabled=${list.busy}
        @click=${this._onLoadMoreClick}
      >
        ${list.busy ? m.loadingMore : m.loadMore}
      </button>
      ${this.infinite ? html`<div class="sentinel"></div>` : nothing}
    </div>`;
  }

  private _renderDialog(): TemplateResult {
    const m = this._m;
    const merchant = this._codeFor;
    // Its own attributes configure its client (rather than a provider). (An unset key is written
    // as '', as Lit writes undefined.)
    const own = !!this.apiBase;
    return html`<dialog
      part="code-dialog"
      class="dialog"
      aria-labelledby="code-title"
      @close=${this._onDialogClose}
    >
      <div class="dialog-head">
        <h2 id="code-title" part="dialog-title" class="dialog-title">${m.codeTitle}</h2>
        <button
          part="close-button"
          class="jg-button jg-button--link close"
          aria-label=${m.close}
          @click=${this.closeCode}
        >
          ${icon(iconClose)}
        </button>
      </div>
      ${
        merchant
          ? // The name isolated: a right-to-left override it opens and never closes would
            // otherwise turn the rest of the sentence around.
            // No theme or senior of its own: the tokens (this element's mode, a host's text size
            // or colours) reach it as they reach the list; its own would declare them all again.
            html`<p part="dialog-hint" class="dialog-hint">${m.codeHint(isolate(merchant.name))}</p>
              <jg-member-code
                part="member-card member-code"
                locale=${this.effectiveLocale}
                api-base=${own ? this.apiBase : nothing}
                publishable-key=${own ? this.publishableKey : nothing}
                token-endpoint=${own && this.tokenEndpoint ? this.tokenEndpoint : nothing}
                .getSessionToken=${own ? this.getSessionToken : undefined}
                >${renderSkeleton(3, this.t.base.loading)}</jg-member-code
              >`
          : nothing
      }
    </dialog>`;
  }
}
