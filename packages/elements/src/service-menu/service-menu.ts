import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { JiagongClient } from '@jiagong/client';
import { serviceEndpoints, type Service } from '@jiagong/contract';
import { apiUrl } from '../internal/api-url.js';
import { whenOnline } from '../internal/back-online.js';
import { JgPublicDataElement } from '../internal/data-element.js';
import { isolate } from '../internal/localize.js';
import {
  icon,
  iconBank,
  iconBook,
  iconBriefcase,
  iconChevron,
  iconGift,
  iconHeart,
  iconMedal,
  iconQuiz,
  iconScales,
  iconSchool,
  iconStar,
  iconStore,
  iconTools,
  type IconPath,
} from '../internal/icons.js';
import { mayMoveFocus, renderEmpty, renderError, withErrorEvent } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import { serviceMenuMessages } from './messages.js';
import styles from './service-menu.styles.js';

/** How the tiles are laid out. */
export type ServiceLayout = 'grid' | 'list' | 'compact';

/** `jg-service-select`: a service was chosen. Cancel it to route inside the host app instead. */
export type JgServiceSelectEvent = CustomEvent<{
  serviceId: string;
  /** The module's absolute URL, opened when the event is not cancelled. */
  url: string;
  service: Service;
}>;

// The icon keys the API sends for service modules (and spellings it may use); a key this
// version does not know gets the star. No prototype: a key such as `constructor` must not find
// one of Object's methods.
const moduleIcons = {
  __proto__: null,
  book: iconBook,
  school: iconSchool,
  heart: iconHeart,
  scales: iconScales,
  scale: iconScales,
  law: iconScales,
  briefcase: iconBriefcase,
  tools: iconTools,
  store: iconStore,
  shop: iconStore,
  gift: iconGift,
  bank: iconBank,
  quiz: iconQuiz,
  medal: iconMedal,
} as unknown as Partial<Record<string, IconPath>>;

/**
 * The 网上职工之家 service modules enabled for the partner (电子书屋, 职工课堂, 医疗互助 …) as an
 * accessible grid of tiles: icon, name, short description and a badge for new or unavailable
 * modules. The host app picks which modules and their order (`modules`), the `layout` and the
 * number of `columns` (by default as many as fit, at most 4: 4 on a 375 px phone, 3 on a 360 px
 * one; fewer in English and in senior mode).
 *
 * Choosing a tile fires the cancelable `jg-service-select`; call `preventDefault()` to route
 * inside your app (e.g. open `<jg-points-mall>`), otherwise the module's URL opens. Ctrl/⌘/
 * Shift-click and middle-click keep the browser's own link behaviour (new tab or window).
 *
 * Keyboard (WAI-ARIA grid, one tab stop): arrows move between tiles (←/→ continue on the next or
 * previous row, ↑/↓ move by the number of columns), Home/End go to the first/last tile of the
 * row (of the whole menu in a one-column list), Ctrl+Home/End to the first/last tile, Enter or
 * Space opens. Unavailable tiles stay focusable with `aria-disabled` and say why.
 *
 * @tag jg-service-menu
 * @summary The platform's service modules as an accessible, configurable grid of tiles.
 * @csspart grid - The grid of tiles.
 * @csspart row - One row of tiles.
 * @csspart tile - A service tile (a link); also `tile-new` and `tile-unavailable`.
 * @csspart tile-icon - The round icon of a tile.
 * @csspart tile-name - The service name.
 * @csspart tile-description - The short description (visually hidden in the compact layout).
 * @csspart badge - A tile's badge; also `badge-new` or `badge-unavailable`.
 * @csspart chevron - The arrow at the end of a tile in the list layout.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - Shown when no service is left to show.
 * @csspart error - Loading failed (with `retry-button`).
 * @csspart retry-button - Loads the services again.
 * @csspart icon - Every icon.
 * @cssprop --jg-service-menu-gap - Space between tiles (default `--jg-space-3`; 0 in the list layout).
 * @cssprop --jg-service-menu-icon-size - Diameter of a tile's icon (default 48px, 40px compact).
 * @cssprop --jg-service-menu-icon-background - Background of the icons (default a tint of the primary colour).
 * @cssprop --jg-service-menu-icon-color - Colour of the icons (default `--jg-color-primary`).
 * @cssprop --jg-service-menu-tile-background - Background of a tile (default `--jg-color-surface`).
 * @cssprop --jg-service-menu-tile-radius - Corner radius of a tile (default `--jg-radius-lg`).
 * @event jg-service-select - A tile was chosen; `detail.serviceId`, `detail.url`, `detail.service`. Cancelable: `preventDefault()` stops the navigation.
 * @event jg-error - Loading the services failed; `detail.error` is the typed client error.
 */
export class JgServiceMenu extends JgPublicDataElement {
  static override styles = [baseStyles, hostResetStyles, styles];
  static override endpoints = serviceEndpoints;

  static override properties: PropertyDeclarations = {
    modules: { converter: (value) => value?.split(/[\s,，]+/).filter(Boolean) },
    layout: { reflect: true },
    columns: { type: Number },
    label: {},
    // Internal state, spread: the manifest analyzer would list every direct entry as an attribute.
    ...{
      _focus: { state: true },
      _live: { state: true },
      _width: { state: true },
    },
  };

  /**
   * Module ids to show, in this order (`modules="mall,loan,lawyer"`); ids the partner does not
   * have are skipped. Unset: every module the API returns, in the platform's order.
   */
  modules: string[] | undefined;

  /** `grid` (icon, name, description), `list` (one row each) or `compact` (icon and name). */
  layout: ServiceLayout = 'grid';

  /**
   * Tiles per row. Default: as many as fit the element's width, at most 4 for `grid` and
   * `compact` (2 and 3 in senior mode); 1 for `list`.
   */
  columns: number | undefined;

  /** Accessible name of the menu (default: localized "服务" / "Services"). */
  label: string | undefined;

  /** The roving tab stop: index of the one tile with tabindex 0. */
  private _focus = 0;
  /** What the live region says: why a module the member chose is unavailable. */
  private _live = '';
  /** The element's width in px of unenlarged text (0 until measured), for the default columns. */
  private _width = 0;
  /** The services the API returns; a new client (a provider appeared, the locale changed) reloads. */
  private readonly _load = new Task(this, {
    args: () => [this.api.client] as const,
    task: withErrorEvent(
      this,
      // A new client (another language): the reason said in the previous one no longer holds.
      async ([client]: readonly [JiagongClient | undefined], { signal }) =>
        client ? ((this._live = ''), (await client.services.list({ signal })).data) : initialState,
    ),
  });

  constructor() {
    super();
    // In the next frame: new columns change the height, which in the observer's own turn is a
    // "ResizeObserver loop" error on the page. A zero width is the menu removed or hidden (a tab
    // container): the last one stays, so it comes back with its columns, not four for a frame.
    // The width is counted in the px of the mode's own text size (15 px, senior 19): enlarged
    // text (a member's 200 %, which doubles the size tokens) fits half as many tiles, whose names
    // and words would otherwise break (Workers’ classroo-m, 答题/拉/力赛).
    if (!isServer) {
      new ResizeObserver(([entry]) =>
        requestAnimationFrame(
          () =>
            (this._width =
              (entry!.contentRect.width * (this.effectiveSenior ? 19 : 15)) /
                parseFloat(getComputedStyle(this).fontSize) || this._width),
        ),
      ).observe(this);
    }
    // Back online after failing (for want of network: a tunnel, a lift), the menu loads again
    // without a tap. (Status 3: failed.)
    whenOnline(this, () => this._load.status > 2 && this._load.run());
  }

  /** The services shown, after `modules` filtering and ordering (empty while loading). */
  get services(): Service[] {
    const all = this._load.value ?? [];
    return this.modules
      ? [...new Set(this.modules)].flatMap((id) => all.find((s) => s.id === id) ?? [])
      : all;
  }

  /** Tiles per row in use. */
  get effectiveColumns(): number {
    const chosen = Math.floor(this.columns ?? 0);
    if (chosen >= 1) return Math.min(chosen, 12);
    const compact = this.layout === 'compact';
    if (this.layout === 'list') return 1;
    // Senior mode's larger type needs wider tiles when the partner did not choose the columns.
    const most = this.effectiveSenior ? (compact ? 3 : 2) : 4;
    // And as many as fit: a tile and its gap take about 88 px for a four-character name (72
    // compact, 86 in senior mode's larger type), a third more for English words, which would
    // otherwise break mid-word (Workers’ classroo-m on a 360 px phone).
    const fit = Math.floor(
      (this._width + 12) /
        ((compact ? (this.effectiveSenior ? 86 : 72) : 88) * (this.t.locale == 'en' ? 1.3 : 1)),
    );
    return this._width ? Math.max(1, Math.min(most, fit)) : most;
  }

  /**
   * Opens a module's URL when `jg-service-select` was not cancelled. Subclasses (or tests) may
   * override it to route differently.
   */
  protected navigate(url: string): void {
    location.assign(url);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The rows' columns (the skeleton's too), through the CSSOM, not a style attribute: a strict
    // CSP (style-src without 'unsafe-inline') blocks style attributes but not CSSOM writes.
    // Inherits into the shadow tree. Here, not in render(): render only describes the view (and
    // updated() never runs on the server, where the stylesheet's default columns stand).
    this.style.setProperty('--_columns', this.effectiveColumns + '');
  }

  protected override render(): TemplateResult {
    const load = this._load;
    return html`${
        load.status === TaskStatus.ERROR
          ? // The retry leaves with the error: the focus goes on to the tiles' tab stop, or to
            // the retry again, not to the page's start; only while it is still in the element or
            // on the page's body (where it fell with the retry), not when the member has put it
            // elsewhere meanwhile.
            renderError(load.error, this.t, async () => {
              await load.run();
              await this.updateComplete;
              if (mayMoveFocus(this))
                this.renderRoot.querySelector<HTMLElement>('button,[tabindex="0"]')?.focus();
            })
          : // The skeleton until the first services arrive; while reloading, the services shown.
            this._renderTiles(load.status ? load.value && this.services : undefined)
      }
      <div class="jg-visually-hidden" role="status">${this._live}</div>`;
  }

  /**
   * The grid of tiles, or its skeleton while `services` is undefined: the same rows and tiles
   * with placeholders, so the menu keeps its shape when the services arrive.
   */
  private _renderTiles(services: Service[] | undefined): TemplateResult {
    const m = this.t.pick(serviceMenuMessages);
    const columns = this.effectiveColumns;
    const layout = this.layout;
    if (!services) {
      const tile = html`<div class="tile" aria-hidden="true">
        <span class="icon"></span><span class="jg-skeleton__line"></span>
      </div>`;
      return html`<div part="skeleton" class="row" role="status" aria-busy="true">
        <span class="jg-visually-hidden">${this.t.base.loading}</span>
        ${Array(layout === 'list' ? 4 : columns * 2).fill(tile)}
      </div>`;
    }
    if (!services.length) return renderEmpty(m.empty, m.emptyDetail);
    // The tab stop stays on a tile when fewer are left.
    const last = services.length - 1;
    const stop = Math.min(this._focus, last);
    // One template per tile; the name is the tile's text (name, description, badge: what is seen
    // is what is heard). Unavailable tiles stay focusable (aria-disabled) so the reason can be
    // read out.
    const compact = layout === 'compact';
    const tile = (service: Service, index: number) => {
      const available = service.available && service.badge !== 'unavailable';
      // A badge a newer API added (the schema is open to them) is not shown: no empty pill, and
      // no server text in a part name.
      const badge = available ? service.badge == 'new' && 'new' : 'unavailable';
      const url = available ? apiUrl(service.url, this.apiBase ?? this.settings.apiBase) : '';
      // Compact tiles hide the description from sight only: it follows the badge, so the name
      // still holds what is shown ("答题拉力赛 新") in one piece, which voice control matches.
      const description = html`<span
        part="tile-description"
        class="description ${compact ? 'jg-visually-hidden' : ''}"
        >${service.description}</span
      >`;
      return html`<div role="gridcell" class="cell">
        <a
          part="tile${badge ? ` tile-${badge}` : ''}"
          class="tile"
          data-index=${index}
          href=${url || nothing}
          role=${url ? nothing : 'link'}
          aria-disabled=${url ? nothing : 'true'}
          aria-describedby=${url ? nothing : `r${index}`}
          tabindex=${index === stop ? 0 : -1}
          @click=${(event: MouseEvent) => {
            // Let the browser open a new tab or window as it would for any link.
            const modified =
              event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
            if (modified && url) return;
            event.preventDefault();
            if (!url) {
              // Cleared first so the same text is announced again on a second click.
              this._live = '';
              void this.updateComplete.then(() => {
                this._live = m.unavailableAnnouncement(isolate(service.name));
              });
            } else if (
              this.emit(
                'jg-service-select',
                { serviceId: service.id, url, service },
                { cancelable: true },
              ) &&
              /^https?:/i.test(url)
            ) {
              this.navigate(url);
            }
          }}
          @focus=${() => (this._focus = index)}
        >
          <span part="tile-icon" class="icon">${icon(moduleIcons[service.icon] ?? iconStar)}</span>
          <span class="text">
            <span part="tile-name" class="name">${service.name}</span>
            ${compact ? nothing : description}
          </span>
          ${
            badge
              ? html`<span part="badge badge-${badge}" class="badge badge-${badge}"
                  >${m[badge]}</span
                >`
              : nothing
          }
          ${compact ? description : nothing}
          ${url ? nothing : html`<span hidden id="r${index}">${m.unavailableReason}</span>`}
          ${
            layout === 'list'
              ? html`<span part="chevron" class="chevron">${icon(iconChevron)}</span>`
              : nothing
          }
        </a>
      </div>`;
    };
    const cells = services.map(tile);
    const rows: TemplateResult[] = [];
    for (let i = 0; i < cells.length; i += columns) {
      // prettier-ignore
      rows.push(html`<div role="row" part="row" class="row">
        ${cells.slice(i, i + columns)}
      </div>`);
    }
    return html`<div
      role="grid"
      part="grid"
      class="grid"
      aria-label=${this.label || m.label}
      @keydown=${(event: KeyboardEvent) => {
        // Tiles read as buttons; Space opens them as Enter does. Enter on an unavailable tile (an <a>
        // without href, which the browser gives no click) says why, as Space and a tap do.
        if (
          event.key == ' ' ||
          (event.key == 'Enter' && !(event.target as HTMLAnchorElement).href)
        ) {
          event.preventDefault();
          (event.target as HTMLElement).click();
          return;
        }
        const from = this._focus;
        const rowStart = from - (from % columns);
        const rowEnd = Math.min(rowStart + columns - 1, last);
        const whole = event.ctrlKey || event.metaKey || columns === 1;
        const to = (
          {
            ArrowRight: from + 1,
            ArrowLeft: from - 1,
            // Into a shorter last row: its last tile (the clamp below) rather than nowhere.
            ArrowDown: rowEnd < last ? from + columns : from,
            ArrowUp: rowStart ? from - columns : from,
            Home: whole ? 0 : rowStart,
            End: whole ? last : rowEnd,
          } as Partial<Record<string, number>>
        )[event.key];
        if (to === undefined) return;
        event.preventDefault();
        // No tile at -1 (← on the first one): the focus stays. The tile's focus moves the tab stop.
        this.renderRoot.querySelectorAll('a')[Math.min(to, last)]?.focus();
      }}
    >
      ${rows}
    </div>`;
  }
}
