import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { initialState, Task } from '@lit/task';
import { newIdempotencyKey } from '@jiagong/client';
import {
  courseEndpoints,
  type Course,
  type CourseKind,
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
import {
  apiErrorMessage,
  errorCode,
  formatDate,
  formatNumber,
  formatWeekday,
  isolate,
  type Locale,
} from '../internal/localize.js';
import { emitError, renderEmpty } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import { Pages } from '../content-shared/pages.js';
import detailsStyles from '../content-shared/details.styles.js';
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
  safeUrl,
  searchQuery,
} from '../content-shared/shared.js';
import { headingLevel } from '../internal/heading-level.js';
import styles from './courses.styles.js';
import { coursesMessages, type CoursesMessages } from './messages.js';

/** `jg-course-signed-up`: the member signed up for a course. */
export type JgCourseSignedUpEvent = CustomEvent<{ signUp: CourseSignUp }>;

/** `jg-course-sign-up-cancelled`: the member cancelled a sign-up; the course with its seats now. */
export type JgCourseSignUpCancelledEvent = CustomEvent<{ course: Course }>;

/** `all`: the catalogue; `mine`: the member's sign-ups. */
export type CoursesView = 'all' | 'mine';

const kinds: readonly CourseKind[] = ['online', 'offline'];

/** A sign-up or its cancelling in flight (`true`), or the error of the last attempt. */
type SignUpState = true | { error: unknown };

/**
 * When a course starts, with its weekday: an older member plans by it (周三 19:00).
 * 2026/12/02 周三 19:00, Wed, 12/02/2026, 19:00.
 */
function courseTime(locale: Locale, at: string): string {
  const weekday = formatWeekday(locale, at);
  return locale == 'en'
    ? `${weekday}, ${formatDate(locale, at, 'datetime')}`
    : `${formatDate(locale, at)} ${weekday} ${formatDate(locale, at, 'time')}`;
}

/**
 * 职工课堂: the union's courses, online and in person, including the 我在嘉兴挺好的
 * public-welfare series. Filters by format, provider and public welfare, a search, and the
 * member's own sign-ups. "报名" signs the member up (one Idempotency-Key per attempt, so a
 * retried request never signs up twice); a full course or an earlier sign-up is said plainly on
 * the course itself, and its seats refresh. A course that has started takes no more sign-ups
 * (已开课，不能再报名). "取消报名", once confirmed, cancels a sign-up of a course that has not
 * started; the seat returns.
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
 * @csspart cancel-button - Cancels a sign-up (after a confirmation).
 * @csspart confirm-cancel - The inline confirmation of a cancel.
 * @csspart sign-up-note - Why a course has no sign-up (or no cancel) here: it has started (已开课), or its availability is one a newer API added.
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
 * @event jg-course-sign-up-cancelled - The member cancelled a sign-up; `detail.course` (with its seats now).
 * @event jg-error - Loading, a sign-up or its cancelling failed; `detail.error` is the typed client error.
 */
export class JgCourses extends JgDataElement {
  static override styles = [
    baseStyles,
    hostResetStyles,
    filterStyles,
    listStyles,
    detailsStyles,
    styles,
  ];
  static override endpoints = courseEndpoints;

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    kind: { reflect: true },
    provider: { reflect: true },
    publicWelfare: { type: Boolean, reflect: true, attribute: 'public-welfare' },
    search: {},
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    // Internal state, spread: the manifest analyzer would list every direct entry as an attribute.
    ...{
      _said: { state: true },
      _signUps: { state: true },
      _asking: { state: true },
    },
  };

  /** `all` (default) or `mine`, the member's sign-ups. */
  view: CoursesView = 'all';

  /** Format filter: `online` or `offline`; all when empty. */
  kind = '';

  /** Provider filter: a provider id (`cp_service` …); all when empty, or when no provider has it. */
  provider = '';

  /** Only the public-welfare courses (我在嘉兴挺好的 …). */
  publicWelfare = false;

  /** Search text (title, summary, category or series). */
  search: string | undefined = '';

  /** Courses per page (1–100). */
  pageSize = 10;

  /** Heading level (2–6) of the course titles, to fit the host page's outline. */
  headingLevel = 3;

  /** What the status region says after a sign-up or a cancel, until the list loads again. */
  private _said = '';
  /** The course whose cancel confirmation is open. */
  private _asking?: string;
  /** Sign-ups by course id, since the list was loaded. */
  private _signUps: Record<string, SignUpState> = {};

  private readonly _searchField = new SearchField(this);
  /** One key per sign-up attempt, kept while it may be retried. */
  private readonly _keys = new Map<string, string>();

  /** The list's query: the filters, or only the page size for the member's sign-ups. */
  private get _query() {
    const limit = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 10));
    return this.view === 'mine'
      ? { limit }
      : {
          kind: (kinds as readonly string[]).includes(this.kind)
            ? (this.kind as CourseKind)
            : undefined,
          provider: this._provider || undefined,
          publicWelfare: this.publicWelfare ? ('true' as const) : undefined,
          q: searchQuery(this.search),
          limit,
        };
  }

  /**
   * The provider filter, unless the providers (once in) no longer have it (a stale link or
   * attribute): its select could only show 全部单位, so the list shows them all too.
   */
  private get _provider(): string {
    const id = this.provider;
    return (this._providers.value?.some((p) => p.id == id) ?? true) ? id : '';
  }

  private readonly _list = new Pages<Course>(
    this,
    () => [this.api.client, this.view, JSON.stringify(this._query)],
    (signal, cursor) => {
      const client = this.api.client;
      // A new list (the view, the filters): no sign-up state, no question left open from before.
      if (!cursor) {
        this._signUps = {};
        this._asking = undefined;
        // The providers or sign-ups failed too (offline at first): asked again with the list.
        for (const task of [this._providers, this._mine]) if (task.status == 3) void task.run();
      }
      const query = { ...this._query, cursor };
      // Once a page is in, the status region says how many are shown (a load more too), no
      // longer the last sign-up: a status left as it was is not read again.
      // A provider id (a link's) with no course is shown once the providers are in: one they no
      // longer have loads every course instead, and its empty page is not shown (nor said)
      // meanwhile. Its courses are shown at once (a provider list that does not answer held them).
      return (
        this.view === 'mine'
          ? client?.me.courses
              .list(query, { signal })
              .then((page) => ({ ...page, data: page.data.map((s) => s.course) }))
          : client?.courses.list(query, { signal })
      )?.then((page) => {
        const back = () => ((this._said = ''), page);
        return (query as { provider?: string }).provider && !page.data.length
          ? this._providers.taskComplete.then(back, back)
          : back();
      });
    },
  );

  // A convenience: without it (failed) the provider filter only offers "all".
  private readonly _providers = new Task(this, {
    args: () => [this.api.client] as const,
    task: ([client], { signal }) =>
      client ? client.courses.providers({ signal }).then(({ data }) => data) : initialState,
  });

  /**
   * Ids of the courses the member signed up for. The catalogue is read with the publishable key
   * (so it does not know the member); without a member session this stays empty.
   */
  private readonly _mine = new Task(this, {
    args: () => [this.api.client] as const,
    task: async ([client], { signal }) => {
      if (!client) return initialState;
      const ids = new Set<string>();
      try {
        for await (const signUp of client.me.courses.list({ limit: 100 }, { signal })) {
          ids.add(signUp.course.id);
        }
      } catch (error) {
        // No member session: the sign-up button says so when pressed. Else (offline) asked again.
        if (!/session|auth/.test(errorCode(error)!)) throw error;
      }
      return ids;
    },
  });

  private get _m(): CoursesMessages {
    return this.t.pick(coursesMessages);
  }

  /** Signs the member up for a course, as its "报名" button does. */
  async signUp(course: Course): Promise<CourseSignUp | undefined> {
    const client = this.api.client;
    const id = course.id;
    if (!client || this._signUps[id] === true) return undefined;
    const key = this._keys.get(id) ?? newIdempotencyKey();
    this._keys.set(id, key);
    this._set(id, true);
    try {
      const signUp = await client.me.courses.signUp(id, { idempotencyKey: key });
      this._keys.delete(id);
      // Answered after the app signed another member in (or the language switched: the courses
      // and the sign-ups load again, with it): not shown, said or told as the next member's.
      if (client != this.api.client) return signUp;
      this._mine.value?.add(id);
      this._replace(signUp.course);
      this._set(id);
      this._said = this._m.signedUpNow(isolate(signUp.course.title));
      this.emit('jg-course-signed-up', { signUp });
      await this._focusDone(id);
      return signUp;
    } catch (error) {
      if (client != this.api.client) return undefined;
      const code = errorCode(error);
      const status = (error as { status?: number }).status ?? 500;
      // A refusal is final for this attempt; a lost answer is retried with the same key.
      if (code && status < 500) this._keys.delete(id);
      this._set(id, { error });
      emitError(this, error);
      if (code === 'already_signed_up') {
        // "已报名" takes the place of the button pressed: the focus goes there.
        this._mine.value?.add(id);
        void this._focusDone(id);
      }
      if (code === 'course_full' || code === 'already_signed_up') {
        // Show the seats as they are now.
        client.courses.get(id).then(
          (fresh) => this._replace(fresh),
          () => undefined,
        );
      }
      return undefined;
    }
  }

  /**
   * Cancels the member's sign-up for a course, as "取消报名" does once confirmed: the seat
   * returns. A course that has started keeps its sign-ups (`sign_up_not_cancellable`).
   */
  async cancelSignUp(course: Course): Promise<Course | undefined> {
    const client = this.api.client;
    const id = course.id;
    if (!client || this._signUps[id] === true) return undefined;
    this._set(id, true);
    let fresh: Course | undefined;
    try {
      fresh = await client.me.courses.cancel(id);
      if (client != this.api.client) return fresh;
      this._mine.value?.delete(id);
      this._replace(fresh);
      this._set(id);
      this._asking = undefined;
      this._said = this._m.cancelledNow(isolate(fresh.title));
      this.emit('jg-course-sign-up-cancelled', { course: fresh });
    } catch (error) {
      if (client != this.api.client) return undefined;
      this._set(id, { error });
      emitError(this, error);
      if (errorCode(error) === 'sign_up_not_cancellable') this._asking = undefined;
    }
    // The pressed button is gone (or was disabled in flight): the focus goes on to 报名 once
    // cancelled, to 确定取消 to try again, else to 已报名.
    void this._focusDone(id);
    return fresh;
  }

  /**
   * Opens a course's cancel confirmation with the focus on 保留报名, the choice that loses nothing
   * (an Enter pressed twice must not cancel), or closes it with the focus back on 取消报名.
   */
  private async _ask(id: string, open?: boolean): Promise<void> {
    this._asking = open ? id : undefined;
    this._set(id);
    await this._focusDone(id, open ? 'keep' : 'ask');
  }

  /** Clears the format, provider, public-welfare and search filters. */
  clearFilters(): void {
    this._searchField.clear();
    this.kind = this.provider = '';
    this.publicWelfare = false;
  }

  /**
   * Focuses what stands for the course's sign-up now (已报名, or 报名 once cancelled), or with its
   * cancel confirmation open (or `ask`) 确定取消 (else 取消报名), or `keep`: 保留报名.
   */
  private async _focusDone(id: string, ask = this._asking === id ? 'ask' : 'done'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-${ask}="${id}"]`)?.focus();
  }

  private _set(id: string, value?: SignUpState): void {
    this._signUps = { ...this._signUps, [id]: value! };
  }

  private _replace(course: Course): void {
    const page = this._list.value;
    if (page) {
      this._list.value = { ...page, data: page.data.map((c) => (c.id === course.id ? course : c)) };
      this.requestUpdate();
    }
  }

  protected override render(): TemplateResult {
    const m = this._m;
    const list = this._list;
    const mine = this.view === 'mine';
    const n = list.value?.data.length;
    // Said in the status region too: an empty state, new in the page, is not reliably read out.
    const empty = mine
      ? m.emptyMine
      : this.kind || this._provider || this.publicWelfare || searchQuery(this.search)
        ? m.emptyFiltered
        : m.empty;
    return html`
      <div part="views" class="views" role="group" aria-label=${m.view}>
        ${(['all', 'mine'] as const).map(
          (view) =>
            html`<button
              type="button"
              part="view-button"
              class="jg-button"
              aria-pressed=${this.view === view}
              @click=${() => (this.view = view)}
            >
              ${m.views[view]}
            </button>`,
        )}
      </div>
      ${mine ? nothing : this._renderFilters(m)}
      ${renderPages(list, this.t, 5, ({ data }) =>
        data.length
          ? html`<ul part="list" class="list" aria-label=${mine ? m.views.mine : m.label}>
                ${data.map((course) => this._renderCourse(course))}
              </ul>
              ${renderMore(list, this.t, m)}`
          : mine
            ? renderEmpty(empty, m.emptyMineDetail)
            : empty == m.emptyFiltered
              ? html`${renderEmpty(empty)}${renderClearFilters(this, m.clearFilters, () =>
                  this.clearFilters(),
                )}`
              : renderEmpty(empty, m.emptyDetail),
      )}
      <div class="jg-visually-hidden" role="status">
        ${this._said || (n ? m.loaded(n) : list.value ? empty : '')}
      </div>
    `;
  }

  private _renderFilters(m: CoursesMessages): TemplateResult {
    return html`${renderFilters(
      m.filters,
      html`${renderSelect(
          m.kind,
          'kind-select',
          this.kind,
          [['', m.allKinds], ...kinds.map((k) => [k, m.kinds[k]] as const)],
          (value) => (this.kind = value),
        )}
        ${renderSelect(
          m.provider,
          'provider-select',
          this.provider,
          [
            ['', m.allProviders],
            ...(this._providers.value ?? []).map((p) => [p.id, p.name] as const),
          ],
          (value) => (this.provider = value),
        )}
        ${this._searchField.render(m.search, m.searchPlaceholder)}
        <label class="check">
          <input
            part="welfare-checkbox"
            type="checkbox"
            .checked=${this.publicWelfare}
            @change=${(event: Event) =>
              (this.publicWelfare = (event.target as HTMLInputElement).checked)}
          />
          <span>${m.publicWelfare}</span>
        </label>`,
    )}`;
  }

  private _renderCourse(course: Course): TemplateResult {
    const m = this._m;
    const t = this.t;
    const id = course.id;
    const full = course.availability === 'full';
    // An availability or kind a newer API added (the schema is open to them): the course is
    // listed, without a sign-up this version cannot vouch for, and without an unknown badge.
    const known = full || course.availability === 'open';
    const kind = m.kinds[course.kind as CourseKind];
    const state = this._signUps[id];
    const error = state === true ? undefined : state?.error;
    // The sign-ups of the client now (status 2: loaded), not those of the member before a switch.
    const mine = course.signedUpByMe ?? (this._mine.status == 2 && this._mine.value?.has(id));
    const href = mine && course.kind === 'online' && safeUrl(course.url, apiBaseOf(this));
    // A course under way or over keeps its sign-ups and takes no more (self-paced ones never
    // start); course_started: the API's clock says so before the phone's does.
    const started = !!course.startsAt && Date.parse(course.startsAt) <= Date.now();
    const closed = full || started || errorCode(error) == 'course_started';
    return html`<li>
      <article part="course" class="card" aria-labelledby=${id}>
        <div
          part="title"
          class="name"
          id=${id}
          role="heading"
          aria-level=${headingLevel(this.headingLevel, 3)}
        >
          ${course.title}
        </div>
        <p class="badges">
          ${
            kind
              ? html`<span part="badge" class="badge"
                  >${icon(course.kind === 'online' ? iconSchool : iconLocation)}${kind}</span
                >`
              : nothing
          }
          ${
            course.publicWelfare
              ? html`<span part="badge" class="badge badge--accent"
                  >${icon(iconHandHeart)}${m.welfareBadge}${course.series ? ` · ${isolate(course.series)}` : ''}</span
                >`
              : nothing
          }
          <span part="badge" class="badge">${course.category}</span>
        </p>
        <p part="summary">${course.summary}</p>
        <dl part="facts">
          <dt>${m.provider}</dt>
          <dd>${course.provider.name}</dd>
          <dt>${m.time}</dt>
          <dd>${course.startsAt ? courseTime(t.locale, course.startsAt) : m.selfPaced}</dd>
          ${
            course.venue
              ? html`<dt>${m.venue}</dt>
                  <dd>${course.venue}</dd>`
              : nothing
          }
          <dt>${m.duration}</dt>
          <dd>${m.durationText(course.durationMinutes, course.lessons)}</dd>
          <dt>${m.seats}</dt>
          <dd part=${full ? 'seats seats-full' : 'seats'}>
            ${
              course.capacity === null
                ? m.unlimited(formatNumber(t.locale, course.signedUpCount))
                : full
                  ? m.full
                  : m.seatsLeft(course.seatsLeft ?? 0, course.capacity)
            }
          </dd>
        </dl>
        <details part="details">
          <summary id="d-${id}" aria-labelledby="d-${id} ${id}">${m.details}</summary>
          ${course.description.map((p) => html`<p>${p}</p>`)}
        </details>
        <div class="actions">
          ${
            mine
              ? html`<span part="signed-up" class="done" tabindex="-1" data-done=${id}
                    >${icon(iconCheckCircle)}${m.signedUp}</span
                  >${
                    href
                      ? html`<a
                          part="course-link"
                          class="jg-button"
                          href=${href}
                          target="_blank"
                          rel="noopener"
                          id="o-${id}"
                          aria-labelledby="o-${id} ${id}"
                          >${m.openCourse}${icon(iconExternal)}</a
                        >`
                      : nothing
                  }${
                    started
                      ? html`<p part="sign-up-note" class="note">${m.started(true)}</p>`
                      : this._asking === id
                        ? html`<div
                            part="confirm-cancel"
                            class="actions confirm"
                            role="group"
                            aria-labelledby="${id} ask-${id}"
                          >
                            <p id="ask-${id}">
                              ${
                                // A course without a seat limit frees no seat for anyone.
                                m.cancelAsk(course.capacity !== null)
                              }
                            </p>
                            <button
                              type="button"
                              class="jg-button jg-button--primary"
                              data-ask=${id}
                              aria-describedby=${id}
                              aria-disabled=${state === true}
                              @click=${() => void this.cancelSignUp(course)}
                            >
                              ${state === true ? m.cancelling : m.cancelYes}
                            </button>
                            <button
                              type="button"
                              class="jg-button"
                              data-keep=${id}
                              @click=${() => void this._ask(id)}
                            >
                              ${m.cancelNo}
                            </button>
                          </div>`
                        : html`<button
                            type="button"
                            part="cancel-button"
                            class="jg-button"
                            data-ask=${id}
                            id="x-${id}"
                            aria-labelledby="x-${id} ${id}"
                            @click=${() => void this._ask(id, true)}
                          >
                            ${m.cancelSignUp}
                          </button>`
                  }`
              : !known
                ? html`<p part="sign-up-note" class="note">${m.signUpElsewhere}</p>`
                : started && !error
                  ? html`<p part="sign-up-note" class="note">${m.started()}</p>`
                  : // A full course keeps 报名 only after course_full, where the focus is: disabled, asks nothing.
                    full && !error
                    ? nothing
                    : html`<button
                        type="button"
                        part="sign-up-button"
                        class="jg-button jg-button--primary"
                        data-done=${id}
                        id="u-${id}"
                        aria-labelledby="u-${id} ${id}"
                        aria-describedby=${error ? `error-${id}` : nothing}
                        aria-disabled=${state === true || closed}
                        @click=${() => closed || void this.signUp(course)}
                      >
                        ${state === true ? m.signingUp : m.signUp}
                      </button>`
          }
          ${
            error
              ? html`<p part="sign-up-error" class="error" id="error-${id}" role="alert">
                  ${icon(iconAlert)}<span>${apiErrorMessage(error, t.locale)}</span>
                </p>`
              : nothing
          }
        </div>
      </article>
    </li>`;
  }
}
