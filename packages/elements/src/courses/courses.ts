import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { initialState, Task } from '@lit/task';
import { newIdempotencyKey, type JiagongClient } from '@jiagong/client';
import {
  courseEndpoints,
  type Course,
  type CourseKind,
  type CourseProvider,
  type CourseSignUp,
} from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import {
  icon,
  iconAlert,
  iconCheckCircle,
  iconExternal,
  iconHandHeart,
  iconLocation,
  iconSchool,
} from '../internal/icons.js';
import { apiErrorMessage, errorCode } from '../internal/localize.js';
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { PagedList } from '../points-mall/paged-list.js';
import { apiBaseOf } from '../points-mall/format.js';
import shared from '../content-shared/list.styles.js';
import styles from './courses.styles.js';
import { coursesMessages, type CoursesMessages } from './messages.js';
import { level, renderMore, safeUrl } from '../content-shared/shared.js';

/** `jg-course-signed-up`: the member signed up for a course. */
export type JgCourseSignedUpEvent = CustomEvent<{ signUp: CourseSignUp }>;

/** `all`: the catalogue; `mine`: the member's sign-ups. */
export type CoursesView = 'all' | 'mine';

const kinds: readonly CourseKind[] = ['online', 'offline'];
const SEARCH_DELAY_MS = 300;

interface SignUpState {
  busy?: boolean;
  error?: unknown;
}

/**
 * 职工课堂: the union's courses, online and in person, including the 我在嘉兴挺好的
 * public-welfare series. Filters by format, provider and public welfare, a search, and the
 * member's own sign-ups. "报名" signs the member up (one Idempotency-Key per attempt, so a
 * retried request never signs up twice); a full course or an earlier sign-up is said plainly on
 * the course itself, and its seats refresh.
 *
 * @tag jg-courses
 * @summary 职工课堂 courses with filters, seats and sign-up as the member.
 *
 * @csspart views - The "all courses / my sign-ups" switch.
 * @csspart view-button - One button of it (`aria-pressed`).
 * @csspart filters - The filter bar (a search landmark).
 * @csspart kind-select - The online / in person filter.
 * @csspart provider-select - The provider filter.
 * @csspart welfare-checkbox - "Public-welfare courses only".
 * @csspart search-input - The search field.
 * @csspart list - The list of courses.
 * @csspart course - One course.
 * @csspart title - A course's title.
 * @csspart badge - A badge (format, public welfare, category).
 * @csspart summary - A course's summary.
 * @csspart facts - Provider, time, place, length and seats.
 * @csspart seats - The seats line (`seats seats-full` when full).
 * @csspart details - The expandable course description.
 * @csspart sign-up-button - Signs up.
 * @csspart signed-up - Shown once signed up.
 * @csspart course-link - Opens an online course the member signed up for.
 * @csspart sign-up-error - Why a sign-up failed (full, already signed up, session …).
 * @csspart clear-filters - Clears the filters (empty state).
 * @csspart load-more - Loads the next page.
 * @csspart end - Shown once every course is listed.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - Nothing to show.
 * @csspart error - Loading failed.
 * @csspart retry-button - Loads again.
 * @csspart icon - Every icon.
 *
 * @cssprop --jg-content-columns - Minimum column width of the list (default 300px).
 * @cssprop --jg-color-primary - Brand colour; every `--jg-*` design token applies.
 *
 * @event jg-course-signed-up - The member signed up; `detail.signUp` (with the course and its seats now).
 * @event jg-error - Loading or a sign-up failed; `detail.error` is the typed client error.
 */
export class JgCourses extends JgDataElement {
  static override styles = [baseStyles, shared, styles];
  static override endpoints = courseEndpoints;

  /** `all` (default) or `mine`, the member's sign-ups. */
  @property({ reflect: true }) view: CoursesView = 'all';

  /** Format filter: `online` or `offline`; all when empty. */
  @property({ reflect: true }) kind = '';

  /** Provider filter: a provider id (`cp_service` …); all when empty. */
  @property({ reflect: true }) provider = '';

  /** Only the public-welfare courses (我在嘉兴挺好的 …). */
  @property({ type: Boolean, reflect: true, attribute: 'public-welfare' }) publicWelfare = false;

  /** Search text (title, summary, category or series). */
  @property() search = '';

  /** Courses per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Heading level (2–6) of the course titles, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private _text = '';
  @state() private _announcement = '';
  @state() private _signUps: Record<string, SignUpState> = {};

  private readonly _list = new PagedList<Course>(this, (error) => emitError(this, error));
  private _listClient?: JiagongClient;
  private _listKey = '';
  private _searchTimer?: ReturnType<typeof setTimeout>;
  /** One key per sign-up attempt, kept while it may be retried. */
  private readonly _keys = new Map<string, string>();

  private readonly _providers = new Task(this, {
    args: () => [this.api.client] as const,
    task: async ([client]: readonly [JiagongClient | undefined], { signal }) => {
      if (!client) return initialState;
      // A convenience: without it the list still works.
      return client.courses.providers({ signal }).then(
        ({ data }) => data,
        () => [] as CourseProvider[],
      );
    },
  });

  /**
   * Ids of the courses the member signed up for. The catalogue is read with the publishable key
   * (so it does not know the member); without a member session this stays empty.
   */
  private readonly _mine = new Task(this, {
    args: () => [this.api.client] as const,
    task: async ([client]: readonly [JiagongClient | undefined], { signal }) => {
      if (!client) return initialState;
      const ids = new Set<string>();
      try {
        for await (const signUp of client.me.courses.list({ limit: 100 }, { signal })) {
          ids.add(signUp.course.id);
        }
      } catch {
        // No member session: the sign-up button says so when pressed.
      }
      return ids;
    },
  });

  private _isMine(course: Course): boolean {
    const mine = this._mine.value as Set<string> | undefined;
    return course.signedUpByMe ?? mine?.has(course.id) ?? false;
  }

  private _markMine(id: string): void {
    (this._mine.value as Set<string> | undefined)?.add(id);
  }

  private get _m(): CoursesMessages {
    return this.t.pick(coursesMessages);
  }

  /** Signs the member up for a course, as its "报名" button does. */
  async signUp(course: Course): Promise<CourseSignUp | undefined> {
    const client = this.api.client;
    if (!client || this._signUps[course.id]?.busy) return undefined;
    const key = this._keys.get(course.id) ?? newIdempotencyKey();
    this._keys.set(course.id, key);
    this._setSignUp(course.id, { busy: true });
    try {
      const signUp = await client.me.courses.signUp(course.id, { idempotencyKey: key });
      this._keys.delete(course.id);
      this._markMine(course.id);
      this._replace(signUp.course);
      this._setSignUp(course.id, {});
      this._announcement = this._m.signedUpNow(signUp.course.title);
      this.emit('jg-course-signed-up', { signUp });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-done="${course.id}"]`)?.focus();
      return signUp;
    } catch (error) {
      const code = errorCode(error);
      const status = (error as { status?: unknown }).status;
      // A refusal is final for this attempt; a lost answer is retried with the same key.
      if (code && typeof status === 'number' && status < 500) this._keys.delete(course.id);
      this._setSignUp(course.id, { error });
      emitError(this, error);
      if (code === 'already_signed_up') this._markMine(course.id);
      if (code === 'course_full' || code === 'already_signed_up') {
        // Show the seats as they are now.
        void client.courses.get(course.id).then(
          (fresh) => this._replace(fresh),
          () => undefined,
        );
      }
      return undefined;
    }
  }

  /** Clears the format, provider, public-welfare and search filters. */
  clearFilters(): void {
    clearTimeout(this._searchTimer);
    this.kind = '';
    this.provider = '';
    this.publicWelfare = false;
    this.search = '';
    this._text = '';
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
    const mine = this.view === 'mine';
    const kind = (kinds as readonly string[]).includes(this.kind)
      ? (this.kind as CourseKind)
      : undefined;
    const query = {
      kind,
      provider: this.provider || undefined,
      publicWelfare: this.publicWelfare ? ('true' as const) : undefined,
      q: this.search.trim().slice(0, 50) || undefined,
      limit: Math.min(100, Math.max(1, Math.floor(this.pageSize) || 10)),
    };
    const key = JSON.stringify([mine, mine ? query.limit : query]);
    if (client && (client !== this._listClient || key !== this._listKey)) {
      this._listClient = client;
      this._listKey = key;
      this._signUps = {};
      void this._list
        .reload(async (cursor, signal) => {
          if (!mine) {
            return client.courses.list(cursor ? { ...query, cursor } : query, { signal });
          }
          const page = await client.me.courses.list(
            { limit: query.limit, ...(cursor ? { cursor } : {}) },
            { signal },
          );
          return { data: page.data.map((s) => s.course), nextCursor: page.nextCursor };
        })
        .then(() => {
          const n = this._list.items.length;
          this._announcement = this._list.status === 'ready' && n ? this._m.loaded(n) : '';
        });
    }
    super.update(changed);
  }

  private _setSignUp(id: string, value: SignUpState): void {
    this._signUps = { ...this._signUps, [id]: value };
  }

  private _replace(course: Course): void {
    this._list.update(
      (item) => item.id === course.id,
      () => course,
    );
  }

  private get _filtered(): boolean {
    return !!(this.kind || this.provider || this.publicWelfare || this.search.trim());
  }

  protected override render(): TemplateResult {
    const m = this._m;
    const list = this._list;
    const mine = this.view === 'mine';
    let body: TemplateResult;
    if (list.status === 'error') {
      body = renderError(list.error, this.t, () => void list.retry());
    } else if (list.status !== 'ready' && list.status !== 'more-error') {
      body = renderSkeleton(5, this.t.base.loading);
    } else if (!list.items.length) {
      body = mine
        ? renderEmpty(m.emptyMine, m.emptyMineDetail)
        : html`${renderEmpty(this._filtered ? m.emptyFiltered : m.empty)}${
            this._filtered
              ? html`<div class="center">
                  <button
                    type="button"
                    part="clear-filters"
                    class="jg-button"
                    @click=${() => this.clearFilters()}
                  >
                    ${m.clearFilters}
                  </button>
                </div>`
              : nothing
          }`;
    } else {
      const base = apiBaseOf(this);
      body = html`<ul part="list" class="list" aria-label=${mine ? m.views.mine : m.label}>
          ${list.items.map((course) => this._renderCourse(course, base))}
        </ul>
        ${renderMore(list, this.t, m)}`;
    }
    return html`
      <div part="views" class="views" role="group" aria-label=${m.label}>
        ${(['all', 'mine'] as const).map(
          (view) =>
            html`<button
              type="button"
              part="view-button"
              class="jg-button view"
              aria-pressed=${this.view === view ? 'true' : 'false'}
              @click=${() => (this.view = view)}
            >
              ${m.views[view]}
            </button>`,
        )}
      </div>
      ${mine ? nothing : this._renderFilters()} ${body}
      <div class="jg-visually-hidden" role="status">${this._announcement}</div>
    `;
  }

  private _renderFilters(): TemplateResult {
    const m = this._m;
    const providers = (this._providers.value as CourseProvider[] | undefined) ?? [];
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${m.filters}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <label class="filter">
        <span class="filter-label">${m.kind}</span>
        <select
          part="kind-select"
          .value=${live(this.kind)}
          @change=${(event: Event) => (this.kind = (event.target as HTMLSelectElement).value)}
        >
          <option value="">${m.allKinds}</option>
          ${kinds.map((k) => html`<option value=${k}>${m.kinds[k]}</option>`)}
        </select>
      </label>
      <label class="filter">
        <span class="filter-label">${m.provider}</span>
        <select
          part="provider-select"
          .value=${live(this.provider)}
          @change=${(event: Event) => (this.provider = (event.target as HTMLSelectElement).value)}
        >
          <option value="">${m.allProviders}</option>
          ${providers.map(
            (p) =>
              html`<option value=${p.id} ?selected=${p.id === this.provider}>${p.name}</option>`,
          )}
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
      <label class="check">
        <input
          part="welfare-checkbox"
          type="checkbox"
          .checked=${live(this.publicWelfare)}
          @change=${(event: Event) =>
            (this.publicWelfare = (event.target as HTMLInputElement).checked)}
        />
        <span>${m.publicWelfare}</span>
      </label>
    </form>`;
  }

  private _renderCourse(course: Course, base: string | undefined): TemplateResult {
    const m = this._m;
    const t = this.t;
    const id = `course-${course.id}`;
    const full = course.availability === 'full';
    return html`<li>
      <article part="course" class="card course" aria-labelledby=${id}>
        <div
          part="title"
          class="name"
          id=${id}
          role="heading"
          aria-level=${level(this.headingLevel, 3)}
        >
          ${course.title}
        </div>
        <p class="badges">
          <span part="badge" class="badge"
            >${icon(course.kind === 'online' ? iconSchool : iconLocation)}${m.kinds[course.kind]}</span
          >
          ${
            course.publicWelfare
              ? html`<span part="badge" class="badge badge--accent"
                  >${icon(iconHandHeart)}${m.welfareBadge}${course.series ? ` · ${course.series}` : ''}</span
                >`
              : nothing
          }
          <span part="badge" class="badge">${course.category}</span>
        </p>
        <p part="summary">${course.summary}</p>
        <dl part="facts">
          <dt>${m.providerLabel}</dt>
          <dd>${course.provider.name}</dd>
          <dt>${m.time}</dt>
          <dd>${course.startsAt ? t.formatDate(course.startsAt, 'datetime') : m.selfPaced}</dd>
          ${
            course.venue
              ? html`<dt>${m.venue}</dt>
                  <dd>${course.venue}</dd>`
              : nothing
          }
          <dt>${m.duration}</dt>
          <dd>${m.durationText(course.durationMinutes, course.lessons)}</dd>
          <dt>${m.seats}</dt>
          <dd part=${full ? 'seats seats-full' : 'seats'} class=${full ? 'full' : ''}>
            ${
              course.capacity === null
                ? m.unlimited(t.formatNumber(course.signedUpCount))
                : full
                  ? m.full
                  : m.seatsLeft(course.seatsLeft ?? 0, course.capacity)
            }
          </dd>
        </dl>
        <details part="details">
          <summary>${m.details}</summary>
          ${course.description.map((p) => html`<p>${p}</p>`)}
        </details>
        ${this._renderAction(course, base, id)}
      </article>
    </li>`;
  }

  private _renderAction(course: Course, base: string | undefined, titleId: string): TemplateResult {
    const m = this._m;
    const state = this._signUps[course.id] ?? {};
    const errorId = `error-${course.id}`;
    let action: TemplateResult;
    if (this._isMine(course)) {
      const href = course.kind === 'online' ? safeUrl(course.url, base) : undefined;
      action = html`<span part="signed-up" class="done" tabindex="-1" data-done=${course.id}
          >${icon(iconCheckCircle)}${m.signedUp}</span
        >${
          href
            ? html`<a
                part="course-link"
                class="jg-button"
                href=${href}
                target="_blank"
                rel="noopener"
                aria-describedby=${titleId}
                >${m.openCourse}${icon(iconExternal)}</a
              >`
            : nothing
        }`;
    } else if (course.availability === 'full' && !state.error) {
      action = html``;
    } else {
      action = html`<button
        type="button"
        part="sign-up-button"
        class="jg-button jg-button--primary"
        aria-describedby=${state.error ? `${titleId} ${errorId}` : titleId}
        aria-disabled=${state.busy ? 'true' : 'false'}
        @click=${() => void this.signUp(course)}
      >
        ${state.busy ? m.signingUp : m.signUp}
      </button>`;
    }
    return html`<div class="actions">
      ${action}
      ${
        state.error
          ? html`<p part="sign-up-error" class="sign-up-error" id=${errorId} role="alert">
              ${icon(iconAlert)}<span>${apiErrorMessage(state.error, this.t.locale)}</span>
            </p>`
          : nothing
      }
    </div>`;
  }
}
