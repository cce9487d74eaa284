import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { initialState, Task } from '@lit/task';
import {
  modelWorkerEndpoints,
  type HonourLevel,
  type ModelWorker,
  type ModelWorkerSummary,
} from '@jiagong/contract';
import { JgPublicDataElement } from '../internal/data-element.js';
import { icon, iconChevron, iconChevronLeft, iconMedal } from '../internal/icons.js';
import { mayMoveFocus, renderEmpty, withErrorEvent } from '../internal/states.js';
import { errorCode, isolate } from '../internal/localize.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import { Pages } from '../content-shared/pages.js';
import filterStyles from '../content-shared/filters.styles.js';
import listStyles from '../content-shared/list.styles.js';
import {
  apiBaseOf,
  renderClearFilters,
  renderMore,
  renderPages,
  renderFilters,
  SearchField,
  renderSelect,
  renderTask,
  safeUrl,
  searchQuery,
} from '../content-shared/shared.js';
import { headingLevel } from '../internal/heading-level.js';
import { imageFailed } from '../internal/image-fallback.js';
import { modelWorkersMessages, type ModelWorkersMessages } from './messages.js';
import styles from './model-workers.styles.js';

/** `jg-model-worker-select`: a story is about to open. Cancelable, to route in the host app. */
export type JgModelWorkerSelectEvent = CustomEvent<{ worker: ModelWorkerSummary }>;

/** `<jg-model-workers>`'s views, its `view` property: the list, or the story of `worker`. */
export type ModelWorkersView = 'list' | 'story';

export interface JgModelWorkersNavigateDetail {
  view: ModelWorkersView;
  /** The story asked for (`view: 'story'`). */
  worker?: string;
}
/**
 * `<jg-model-workers>`'s `jg-navigate`: the member asked for a story or the list. Cancelable: a
 * host that routes itself calls `preventDefault()` and sets `view` from its router.
 */
export type JgModelWorkersNavigateEvent = CustomEvent<JgModelWorkersNavigateDetail>;

/** The events of `<jg-model-workers>` as its `addEventListener` types them. */
export interface JgModelWorkersEventMap extends HTMLElementEventMap {
  'jg-navigate': JgModelWorkersNavigateEvent;
}

const levels: readonly HonourLevel[] = ['national', 'provincial', 'city'];

/**
 * 劳模风采: stories of model workers and craftsmen. A list (portrait, name, honour, employer,
 * summary) filtered by honour level and search; "阅读故事" opens the whole story in place, with
 * its honours, facts, a quotation and the story's paragraphs; "返回劳模列表" (above the story and
 * under it) goes back to the same place in the list. Set `worker` to open a story directly (e.g. from the host's router).
 *
 * Keyboard: "阅读故事" moves the focus to the story's title (or the retry button of its error),
 * also when the host routes (cancels `jg-model-worker-select`, then sets `worker`), and
 * "返回劳模列表" back to that story's "阅读故事" in the list. When the host's router sets `worker`
 * (Back and Forward) with the focus in the element, the focus goes the same way: to the story's
 * title, or back to its "阅读故事"; focus elsewhere in the page stays. A `worker` that does not
 * exist (a stale link) shows 没有找到这位劳模的故事 under "返回劳模列表", which takes the focus.
 *
 * @tag jg-model-workers
 * @summary 劳模风采: an accessible list of model-worker stories and the story itself.
 *
 * @csspart filters - The filter bar (a search landmark).
 * @csspart level-select - The honour level filter.
 * @csspart search-input - The search field.
 * @csspart list - The list of model workers.
 * @csspart worker - One model worker of the list.
 * @csspart portrait - A portrait (list and story).
 * @csspart name - A name (list and story).
 * @csspart honour - The headline honour of a list item.
 * @csspart summary - A list item's summary.
 * @csspart read-button - Opens a story.
 * @csspart load-more - Loads the next page.
 * @csspart end - Shown once every model worker is listed.
 * @csspart clear-filters - Clears the filters (empty state).
 * @csspart story - The open story.
 * @csspart back-button - Back from the story to the list (above the story and under it).
 * @csspart honours - The honours of the story.
 * @csspart facts - Employer, job, area and year.
 * @csspart quote - Their own words.
 * @csspart story-text - The story's paragraphs.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - Nothing to show.
 * @csspart error - Loading failed.
 * @csspart retry-button - Loads again.
 * @csspart icon - Every icon.
 *
 * @cssprop --jg-content-columns - Minimum column width of the list (default 300px).
 * @cssprop --jg-color-primary - Brand colour; every `--jg-*` design token applies.
 *
 * @event jg-model-worker-select - A story is about to open; `detail.worker`. Cancelable: `preventDefault()` keeps the list (the host routes, then sets `worker`).
 * @event jg-navigate - The member asked for another view: `{ view: 'story', worker }` on "阅读故事" (after `jg-model-worker-select`), `{ view: 'list' }` on "返回劳模列表"; not when the host sets `view` or `worker`. Cancelable: a host that routes itself prevents it and sets `view`.
 * @event jg-error - Loading failed; `detail.error` is the typed client error.
 */
// Its `jg-navigate` typed as its own (`{ view: 'list' | 'story', worker? }`).
export class JgModelWorkers extends JgPublicDataElement<JgModelWorkersEventMap> {
  static override styles = [baseStyles, hostResetStyles, filterStyles, listStyles, styles];
  static override endpoints = modelWorkerEndpoints;

  static override properties: PropertyDeclarations = {
    level: { reflect: true },
    search: {},
    pageSize: { type: Number, attribute: 'page-size' },
    worker: { reflect: true },
    view: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Honour level filter: `national`, `provincial` or `city`; all when empty. */
  level = '';

  /** Search text (name, employer, job or honour). */
  search: string | undefined = '';

  /** Model workers per page (1–100). */
  pageSize = 12;

  /** Id of the open story (`mw_01` …); the list when empty. Set by the element as stories open. */
  worker = '';

  /** Heading level (2–6) of the names, to fit the host page's outline. */
  headingLevel = 3;

  /**
   * The view shown: `list` or `story` (of `worker`). Set a story's id to open it, or `list`, from
   * the host's router (`jg-navigate`).
   */
  get view(): ModelWorkersView {
    return this.worker ? 'story' : 'list';
  }
  set view(view: string) {
    if (view != 'story') this.worker = (view != 'list' && view) || '';
  }

  private readonly _searchField = new SearchField(this);
  /** The list item to focus when coming back from a story. */
  private _back?: string;
  /** The story a cancelled jg-model-worker-select asked for, while the host routes to it. */
  private _routed?: string;

  private get _limit(): number {
    return Math.min(100, Math.max(1, Math.floor(this.pageSize) || 12));
  }

  private readonly _list = new Pages<ModelWorkerSummary>(
    this,
    // The search and page size as sent: a space typed after a word asks for nothing new, nor a
    // page-size that is not a number (NaN, never equal to itself, asked again at every render).
    () => [this.api.client, this.level, searchQuery(this.search), this._limit],
    (signal, cursor) =>
      this.api.client?.models.list(
        {
          level: (levels as readonly string[]).includes(this.level)
            ? (this.level as HonourLevel)
            : undefined,
          q: searchQuery(this.search),
          limit: this._limit,
          cursor,
        },
        { signal },
      ),
  );

  private readonly _story = new Task(this, {
    args: () => [this.api.client, this.worker] as const,
    // A story that no longer exists (a stale link) is null: its retry could never succeed.
    task: withErrorEvent(this, async ([client, id], { signal }) =>
      client && id
        ? client.models.get(id, { signal }).catch((error: unknown) => {
            if (errorCode(error) == 'not_found') return null;
            throw error;
          })
        : initialState,
    ),
  });

  private get _m(): ModelWorkersMessages {
    return this.t.pick(modelWorkersMessages);
  }

  /** Opens a story, as its "阅读故事" button does (after `jg-model-worker-select`). */
  async open(worker: ModelWorkerSummary): Promise<void> {
    if (
      !this.emit('jg-model-worker-select', { worker }, { cancelable: true }) ||
      !this._navigate({ view: 'story', worker: worker.id })
    ) {
      // The host routes, then sets `view` or `worker`: the story gets the focus then (updated).
      this._routed = worker.id;
      return;
    }
    this._back = this.worker = worker.id;
    await this._storyFocus();
  }

  /** Asks for another view: false when the host routes itself (cancelled). */
  private _navigate(detail: JgModelWorkersNavigateDetail): boolean {
    return this.emit('jg-navigate', detail, { cancelable: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const was = changed.get('worker');
    // The host routed (Back or Forward, its own link) with the focus in what leaves (a first update,
    // rendered on the server too, has no `was`): back from a story, it goes to that story's 阅读故事,
    // as 返回劳模列表 takes it; to a story (not one open() opens itself), to its title, as 阅读故事.
    if (was != null && this.shadowRoot!.activeElement) {
      if (!this.worker) {
        this._back ??= was;
        void this.close();
      } else if (this.worker != this._back) this._routed = this.worker;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('worker') && this.worker == this._routed) {
      this._routed = undefined;
      void this._storyFocus();
    }
  }

  /**
   * The button pressed is gone with the list: focus "返回劳模列表" while the story loads (seconds
   * on a slow network), then the story, or the retry of its error, or "返回劳模列表" again above
   * a story that is not there.
   */
  private async _storyFocus(): Promise<void> {
    await this._focus('[part~="back-button"]');
    await this._story.taskComplete.catch(() => undefined);
    // Not when the member has put the focus elsewhere on the page while it loaded.
    if (mayMoveFocus(this))
      await this._focus('#story-title, [part~="retry-button"]', '[part~="back-button"]');
  }

  /** Clears the honour level and search filters. */
  clearFilters(): void {
    this._searchField.clear();
    this.level = '';
  }

  /**
   * Back to the list, focus on the story that was open, or on the first filter when the list does
   * not show it (a story opened from `worker`, filtered out or on a later page).
   */
  async close(): Promise<void> {
    const back = this._back ?? this.worker;
    this._back = undefined;
    this.worker = '';
    await this._focus(`[data-read="${CSS.escape(back)}"]`, 'select');
  }

  private async _focus(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (el) return el.focus();
    }
  }

  protected override render(): TemplateResult {
    const m = this._m;
    const items = this._list.value?.data;
    // Said in the status region too: an empty state, new in the page, is not reliably read out.
    const empty = this.level || searchQuery(this.search) ? m.emptyFiltered : m.empty;
    return html`${this.worker ? this._renderStory() : this._renderList(empty)}
      <div class="jg-visually-hidden" role="status">
        ${
          // Not over a story (opened from a link, the list loading behind it): said on the way back.
          this.worker ? '' : items?.length ? m.loaded(items.length) : items ? empty : ''
        }
      </div>`;
  }

  private _renderList(empty: string): TemplateResult {
    const m = this._m;
    const list = this._list;
    const base = apiBaseOf(this);
    return html`${renderFilters(
      m.filters,
      html`${renderSelect(
        m.level,
        'level-select',
        this.level,
        [['', m.allLevels], ...levels.map((l) => [l, m.levels[l]] as const)],
        (value) => (this.level = value),
      )}
      ${this._searchField.render(m.search, m.searchPlaceholder)}`,
    )}
    ${renderPages(list, this.t, 4, ({ data }) =>
      data.length
        ? html`<ul part="list" class="list" aria-label=${m.label}>
              ${data.map(
                (worker) =>
                  html`<li>
                    <article part="worker" class="card worker" aria-labelledby=${worker.id}>
                      ${this._portrait(worker, base, 96)}
                      <div class="body">
                        ${this._name(worker, worker.id)}
                        <p part="honour" class="honour">
                          ${icon(iconMedal)}<span>${worker.title}</span>
                        </p>
                        <p class="muted">
                          <bdi>${worker.employer}</bdi> · <bdi>${worker.occupation}</bdi>
                        </p>
                        <p part="summary">${worker.summary}</p>
                        <button
                          type="button"
                          part="read-button"
                          class="jg-button jg-button--link read"
                          data-read=${worker.id}
                          id="r-${worker.id}"
                          aria-labelledby="r-${worker.id} ${worker.id}"
                          @click=${() => void this.open(worker)}
                        >
                          ${m.read}${icon(iconChevron)}
                        </button>
                      </div>
                    </article>
                  </li>`,
              )}
            </ul>
            ${renderMore(list, this.t, m)}`
        : empty == m.emptyFiltered
          ? html`${renderEmpty(empty)}${renderClearFilters(this, m.clearFilters, () =>
              this.clearFilters(),
            )}`
          : renderEmpty(empty, m.emptyDetail),
    )}`;
  }

  /** A portrait, `width` px wide at 4:5 (96 in the list, 160 in the story). */
  private _portrait(worker: ModelWorkerSummary, base: string | undefined, width: number) {
    const src = safeUrl(worker.portraitUrl, base);
    return src
      ? html`<img
          part="portrait"
          class="portrait"
          src=${src}
          alt=${this._m.portrait(isolate(worker.name))}
          width=${width}
          height=${width * 1.25}
          loading="lazy"
          decoding="async"
          @error=${imageFailed}
        />`
      : nothing;
  }

  private _name(worker: ModelWorkerSummary, id: string, story?: boolean) {
    return html`<div
      part="name"
      class="name"
      id=${id}
      role="heading"
      aria-level=${headingLevel(this.headingLevel, 3)}
      tabindex=${story ? '-1' : nothing}
    >
      ${worker.name}
    </div>`;
  }

  private _renderStory(): TemplateResult {
    const m = this._m;
    const back = html`<button
      type="button"
      part="back-button"
      class="jg-button jg-button--link back"
      aria-describedby=${this._story.value === null ? 'gone' : nothing}
      @click=${() =>
        // Cancelled: the host routes, then sets `view` (the focus follows, as on Back).
        this._navigate({ view: 'list' }) && void this.close()}
    >
      ${icon(iconChevronLeft)}${m.back}
    </button>`;
    // Again under the story: on a phone its end is several screens below the first.
    return html`${back}
    ${renderTask(
      this._story,
      this.t,
      6,
      (worker: ModelWorker | null) =>
        !worker
          ? html`<div id="gone">${renderEmpty(m.gone, m.goneDetail)}</div>`
          : html`<article part="story" class="story" aria-labelledby="story-title">
                <header class="head">
                  ${this._portrait(worker, apiBaseOf(this), 160)}
                  <div class="body">
                    ${this._name(worker, 'story-title', true)}
                    <ul part="honours" class="badges" aria-label=${m.honours}>
                      ${worker.honours.map(
                        (honour, i) =>
                          html`<li class="badge">${i ? nothing : icon(iconMedal)}${honour}</li>`,
                      )}
                    </ul>
                    <dl part="facts">
                      <dt>${m.employer}</dt>
                      <dd>${worker.employer}</dd>
                      <dt>${m.occupation}</dt>
                      <dd>${worker.occupation}</dd>
                      <dt>${m.county}</dt>
                      <dd>${worker.countyName}</dd>
                      <dt>${m.year}</dt>
                      <dd>${worker.year}</dd>
                    </dl>
                  </div>
                </header>
                ${
                  worker.quote
                    ? html`<blockquote part="quote"><p>${worker.quote}</p></blockquote>`
                    : nothing
                }
                <div part="story-text" class="text">
                  ${worker.story.map((paragraph) => html`<p>${paragraph}</p>`)}
                </div>
              </article>
              ${back}`,
      // A story gone meanwhile: its way back (described by why, only then).
      '#story-title, [aria-describedby=gone]',
    )}`;
  }
}
