import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { initialState, Task } from '@lit/task';
import type { JiagongClient } from '@jiagong/client';
import {
  modelWorkerEndpoints,
  type HonourLevel,
  type ModelWorker,
  type ModelWorkerSummary,
} from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import { icon, iconChevron, iconChevronLeft, iconMedal } from '../internal/icons.js';
import {
  emitError,
  renderEmpty,
  renderError,
  renderSkeleton,
  withErrorEvent,
} from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { PagedList } from '../points-mall/paged-list.js';
import { apiBaseOf } from '../points-mall/format.js';
import shared from '../content-shared/list.styles.js';
import { modelWorkersMessages, type ModelWorkersMessages } from './messages.js';
import styles from './model-workers.styles.js';
import { level, renderMore, safeUrl } from '../content-shared/shared.js';

/** `jg-model-worker-select`: a story is about to open. Cancelable, to route in the host app. */
export type JgModelWorkerSelectEvent = CustomEvent<{ worker: ModelWorkerSummary }>;

const levels: readonly HonourLevel[] = ['national', 'provincial', 'city'];
const SEARCH_DELAY_MS = 300;

/**
 * 劳模风采: stories of model workers and craftsmen. A list (portrait, name, honour, employer,
 * summary) filtered by honour level and search; "阅读故事" opens the whole story in place, with
 * its honours, facts, a quotation and the story's paragraphs; "返回" goes back to the same place
 * in the list. Set `worker` to open a story directly (e.g. from the host's router).
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
 * @csspart story - The open story.
 * @csspart back-button - Back from the story to the list.
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
 * @event jg-error - Loading failed; `detail.error` is the typed client error.
 */
export class JgModelWorkers extends JgDataElement {
  static override styles = [baseStyles, shared, styles];
  static override endpoints = modelWorkerEndpoints;

  /** Honour level filter: `national`, `provincial` or `city`; all when empty. */
  @property({ reflect: true }) level = '';

  /** Search text (name, employer, job or honour). */
  @property() search = '';

  /** Model workers per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Id of the open story (`mw_01` …); the list when empty. Set by the element as stories open. */
  @property({ reflect: true }) worker = '';

  /** Heading level (2–6) of the names, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private _text = '';
  @state() private _announcement = '';

  private readonly _list = new PagedList<ModelWorkerSummary>(this, (error) =>
    emitError(this, error),
  );
  private _listClient?: JiagongClient;
  private _listKey = '';
  private _searchTimer?: ReturnType<typeof setTimeout>;
  /** The list item to focus when coming back from a story. */
  private _returnTo?: string;

  private readonly _story = new Task(this, {
    args: () => [this.api.client, this.worker] as const,
    task: withErrorEvent(
      this,
      async ([client, id]: readonly [JiagongClient | undefined, string], { signal }) => {
        if (!client || !id) return initialState;
        return client.models.get(id, { signal });
      },
    ),
  });

  private get _m(): ModelWorkersMessages {
    return this.t.pick(modelWorkersMessages);
  }

  /** Opens a story, as its "阅读故事" button does (after `jg-model-worker-select`). */
  async open(worker: ModelWorkerSummary): Promise<void> {
    if (!this.emit('jg-model-worker-select', { worker }, { cancelable: true })) return;
    this._returnTo = worker.id;
    this.worker = worker.id;
    await this.updateComplete;
    await this._story.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#story-title')?.focus();
  }

  /** Back to the list, focus on the story that was open. */
  async close(): Promise<void> {
    const back = this._returnTo ?? this.worker;
    this.worker = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-read="${back}"]`)?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('search') && this.search !== this._text) this._text = this.search;
  }

  // update(), not willUpdate(): the client controller has resolved the client by now.
  protected override update(changed: PropertyValues<this>): void {
    const client = this.api.client;
    const lvl = (levels as readonly string[]).includes(this.level)
      ? (this.level as HonourLevel)
      : undefined;
    const q = this.search.trim().slice(0, 50) || undefined;
    const limit = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 12));
    const key = client ? `${lvl}|${q}|${limit}` : '';
    if (client && (client !== this._listClient || key !== this._listKey)) {
      this._listClient = client;
      this._listKey = key;
      void this._list
        .reload((cursor, signal) =>
          client.models.list({ level: lvl, q, limit, ...(cursor ? { cursor } : {}) }, { signal }),
        )
        .then(() => this._announce());
    }
    super.update(changed);
  }

  private _announce(): void {
    const n = this._list.items.length;
    this._announcement = this._list.status === 'ready' && n ? this._m.loaded(n) : '';
  }

  protected override render(): TemplateResult {
    return html`${this.worker ? this._renderStory() : this._renderList()}
      <div class="jg-visually-hidden" role="status">${this._announcement}</div>`;
  }

  private _renderList(): TemplateResult {
    const m = this._m;
    const list = this._list;
    let body: TemplateResult;
    if (list.status === 'error') {
      body = renderError(list.error, this.t, () => void list.retry());
    } else if (list.status !== 'ready' && list.status !== 'more-error') {
      body = renderSkeleton(4, this.t.base.loading);
    } else if (!list.items.length) {
      body = renderEmpty(this.level || this.search.trim() ? m.emptyFiltered : m.empty);
    } else {
      const base = apiBaseOf(this);
      body = html`<ul part="list" class="list" aria-label=${m.label}>
          ${list.items.map((worker) => this._renderItem(worker, base))}
        </ul>
        ${renderMore(list, this.t, m)}`;
    }
    return html`${this._renderFilters()}${body}`;
  }

  private _renderFilters(): TemplateResult {
    const m = this._m;
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${m.filters}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <label class="filter">
        <span class="filter-label">${m.level}</span>
        <select
          part="level-select"
          .value=${live(this.level)}
          @change=${(event: Event) => {
            this.level = (event.target as HTMLSelectElement).value;
          }}
        >
          <option value="">${m.allLevels}</option>
          ${levels.map((l) => html`<option value=${l}>${m.levels[l]}</option>`)}
        </select>
      </label>
      <label class="filter filter-search">
        <span class="filter-label">${m.search}</span>
        <input
          part="search-input"
          type="search"
          maxlength="50"
          autocomplete="off"
          enterkeyhint="search"
          placeholder=${m.searchPlaceholder}
          .value=${live(this._text)}
          @input=${(event: Event) => {
            this._text = (event.target as HTMLInputElement).value;
            clearTimeout(this._searchTimer);
            this._searchTimer = setTimeout(() => (this.search = this._text), SEARCH_DELAY_MS);
          }}
        />
      </label>
    </form>`;
  }

  private _renderItem(worker: ModelWorkerSummary, base: string | undefined): TemplateResult {
    const m = this._m;
    const id = `name-${worker.id}`;
    const src = safeUrl(worker.portraitUrl, base);
    return html`<li>
      <article part="worker" class="card worker" aria-labelledby=${id}>
        ${
          src
            ? html`<img
                part="portrait"
                class="portrait"
                src=${src}
                alt=${m.portrait(worker.name)}
                width="96"
                height="120"
                loading="lazy"
                decoding="async"
              />`
            : nothing
        }
        <div class="body">
          <div
            part="name"
            class="name"
            id=${id}
            role="heading"
            aria-level=${level(this.headingLevel, 3)}
          >
            ${worker.name}
          </div>
          <p part="honour" class="honour">${icon(iconMedal)}<span>${worker.title}</span></p>
          <p class="muted">${worker.employer} · ${worker.occupation}</p>
          <p part="summary">${worker.summary}</p>
          <button
            type="button"
            part="read-button"
            class="jg-button jg-button--link read"
            data-read=${worker.id}
            aria-describedby=${id}
            @click=${() => void this.open(worker)}
          >
            ${m.read}${icon(iconChevron)}
          </button>
        </div>
      </article>
    </li>`;
  }

  private _renderStory(): TemplateResult {
    const m = this._m;
    const back = html`<button
      type="button"
      part="back-button"
      class="jg-button jg-button--link back"
      @click=${() => void this.close()}
    >
      ${icon(iconChevronLeft)}${m.back}
    </button>`;
    return html`${back}${this._story.render({
      initial: () => renderSkeleton(6, this.t.base.loading),
      pending: () => renderSkeleton(6, this.t.base.loading),
      complete: (worker) => this._renderWorker(worker),
      error: (error) => renderError(error, this.t, () => void this._story.run()),
    })}`;
  }

  private _renderWorker(worker: ModelWorker): TemplateResult {
    const m = this._m;
    const src = safeUrl(worker.portraitUrl, apiBaseOf(this));
    return html`<article part="story" class="story" aria-labelledby="story-title">
      <header class="story-head">
        ${
          src
            ? html`<img
                part="portrait"
                class="portrait portrait--large"
                src=${src}
                alt=${m.portrait(worker.name)}
                width="160"
                height="200"
                decoding="async"
              />`
            : nothing
        }
        <div class="body">
          <div
            part="name"
            class="name story-name"
            id="story-title"
            role="heading"
            aria-level=${level(this.headingLevel, 3)}
            tabindex="-1"
          >
            ${worker.name}
          </div>
          <ul part="honours" class="badges honours" aria-label=${m.honours}>
            ${worker.honours.map(
              (honour, i) =>
                html`<li class="badge ${i === 0 ? 'badge--accent' : ''}">
                  ${i === 0 ? icon(iconMedal) : nothing}${honour}
                </li>`,
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
          ? html`<blockquote part="quote" class="quote"><p>${worker.quote}</p></blockquote>`
          : nothing
      }
      <div part="story-text" class="story-text">
        ${worker.story.map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
    </article>`;
  }
}
