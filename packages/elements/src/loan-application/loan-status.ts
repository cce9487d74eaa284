import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { ApiError, JiagongClient } from '@jiagong/client';
import {
  formatFen,
  loanMemberEndpoints,
  type LoanApplication,
  type LoanStatus,
} from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import { loanApplicationsList } from '../internal/endpoints.js';
import {
  emitError,
  mayMoveFocus,
  renderEmpty,
  renderError,
  renderSkeleton,
} from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { formatApr } from './estimate.js';
import { namedMethod } from './model.js';
import { messages, type LoanMessages } from './messages.js';
import styles from './loan-application.styles.js';
import { apiErrorMessage, formatDate, isolate } from '../internal/localize.js';

/** A 409 to a withdrawal: the bank has moved the application on, so retrying cannot succeed. */
const refused = (error: unknown) => (error as ApiError | undefined)?.status == 409;

/** `jg-loan-withdrawn`: the member withdrew an application. */
export type JgLoanWithdrawnEvent = CustomEvent<{ application: LoanApplication }>;

/**
 * `jg-loan-status-change`: a refresh found an application at another status than the one on
 * screen (the bank moved it on); `detail.application` as it is now. Not on the first load.
 */
export type JgLoanStatusChangeEvent = CustomEvent<{ application: LoanApplication }>;

/**
 * Why the list loads (`_load`): unset, the first load (a new client, a move, 重试 after it failed),
 * nothing on screen kept; TIMED, a background refresh (the timer, the page visible again, back
 * online, a refused withdrawal), whose failure is kept quiet over a list (with none yet it is the
 * first load); ASKED, the member's 刷新 or the host's refresh(), told when it fails. Both refreshes
 * keep the list (and any older pages) on screen meanwhile.
 */
const ASKED = 2;
const TIMED = 1;
type Why = typeof ASKED | typeof TIMED;

/**
 * A status this version knows, or `other`: one a newer API added (the answers are open to them)
 * reads 其他状态, and never becomes a class (`draft`, `error` … are the form's own) or a part.
 * A name every object inherits (`constructor`, `toString`, `__proto__` …) is one too: read as a
 * key of the texts it showed Object's function text. (`{}[status]` is set for exactly those
 * names; 8 B less than Object.hasOwn, which the entry could not pay.)
 */
const known = (m: LoanMessages, status: string) =>
  (m.status[status as LoanStatus] && !({} as Record<string, unknown>)[status]
    ? status
    : 'other') as LoanStatus;

/** What the live region says of `app` at its status now (refreshed, withdrawn). */
const said = (m: LoanMessages, app: LoanApplication) =>
  m.updated(isolate(app.productName), m.status[known(m, app.status)]);

/**
 * The member's 惠工贷 applications, newest first, each with its timeline (submitted → under
 * review → approved / rejected with the reason → disbursed, or withdrawn) and a withdraw action
 * while the bank has not decided. It refreshes on its own while the page is visible
 * (`document.visibilityState`), never in a background tab, and announces status changes.
 *
 * Keyboard: "撤回申请" asks in place with the focus on "暂不撤回"; that puts the focus back on
 * "撤回申请", and "确定撤回", once done, on the application's title.
 *
 * @tag jg-loan-status
 * @summary The member's loan applications with their status timelines.
 *
 * @csspart base - The whole list.
 * @csspart application - One application (also `application-highlighted`).
 * @csspart status - The status badge (also `status-<status>`, e.g. `status-approved`, or
 *   `status-other` for a status a newer API added).
 * @csspart timeline - The ordered list of status changes.
 * @csspart reason - Why an application was rejected.
 * @csspart withdraw-button - Starts withdrawing an application.
 * @csspart confirm - The withdraw confirmation.
 * @csspart refresh-button - Reloads the list.
 * @csspart load-more - Loads older applications.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Loading failed (with `retry-button`).
 * @csspart retry-button - Loads again.
 * @csspart empty - Shown when the member has no application.
 *
 * @cssprop --jg-color-success - Approved and disbursed badges.
 * @cssprop --jg-color-danger - Rejected badge.
 *
 * @event jg-loan-status-change - A refresh found an application at another status (the bank moved
 *   it on); `detail.application` as it is now. Not on the first load.
 * @event jg-loan-withdrawn - An application was withdrawn; `detail.application`.
 * @event jg-error - Loading or withdrawing failed; `detail.error` is the typed client error.
 */
export class JgLoanStatus extends JgDataElement {
  static override styles = [baseStyles, styles];
  // Only what it calls: the family's other endpoints would bring their schemas along.
  static override endpoints = {
    'me.loanApplications.list': loanApplicationsList,
    'me.loanApplications.withdraw': loanMemberEndpoints['me.loanApplications.withdraw'],
  };

  static override properties: PropertyDeclarations = {
    highlight: {},
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    _apps: { attribute: false },
    _nextCursor: { attribute: false },
    _error: { attribute: false },
    _loading: { attribute: false },
    _confirming: { attribute: false },
    _withdrawing: { attribute: false },
    _withdrawError: { attribute: false },
    _announcement: { attribute: false },
  };

  /** Id of an application to highlight, e.g. the one just submitted. */
  highlight: string | undefined;

  /** Seconds between refreshes while the page is visible; `0` turns refreshing off. */
  refreshInterval = 30;

  private _apps?: LoanApplication[];
  // Unset (falsy) at first, which saves their initializers' bytes. `_loading` is set before the
  // first list (and the refresh button that reads it) is on screen.
  private _nextCursor?: string | null;
  private _error: unknown;
  private _loading?: boolean;
  /** The application whose withdrawal awaits confirmation. */
  private _confirming?: string;
  /** The client (member) whose withdrawal is on its way: the next member is not kept waiting. */
  private _withdrawing?: JiagongClient;
  private _withdrawError: unknown;
  /**
   * Read out by screen readers (status changes, a withdrawal). A new text node each time: the same
   * sentence again (a second application of the product withdrawn) left the region unchanged,
   * and a screen reader said nothing; a node replaced is read again.
   */
  private _announcement?: Text;

  private _client?: JiagongClient;
  private _timer?: ReturnType<typeof setInterval>;
  private _abort?: AbortController;
  /** Selector of what to focus after the next update. */
  private _focusAfter?: string;

  /** The applications on screen. */
  get applications(): readonly LoanApplication[] {
    return this._apps ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
    // Not the shared whenOnline(): its controller cost 37 B more in this entry.
    addEventListener('online', this._onVisibility);
    this._schedule();
    // A first load cut short by a move (disconnected meanwhile) starts again; nothing to ask for
    // on the first connection, before the client is resolved.
    if (!this._apps && !this._error) void this._load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    removeEventListener('online', this._onVisibility);
    this._schedule();
    this._abort?.abort();
  }

  /**
   * Reloads the list now, keeping what is on screen until the answer arrives. When it fails, the
   * list stays with why above it, and `jg-error` fires.
   */
  refresh(): Promise<void> {
    return this._load(ASKED);
  }

  protected override update(changed: PropertyValues<this>): void {
    // The client was resolved just now (the client controller's hostUpdate runs after
    // willUpdate): checked here, a standalone element loads at once, not at the first refresh.
    if (this.api.client != this._client) {
      this._client = this.api.client;
      // What the live region said (in the previous language, or of another member) no longer holds.
      this._announcement = this._apps = this._error = undefined;
      void this._load();
    }
    if (changed.has('refreshInterval')) this._schedule();
    // A withdraw confirmation that goes with the focus in it (a refresh found the application
    // moved on by the bank, or the bank refused the withdrawal) leaves focus on the application,
    // not on <body>; any other control that goes with it (重试 once the list came, 加载更多 after
    // the last page), on the list's title.
    const focused = this.shadowRoot!.activeElement;
    const id = this._confirming;
    super.update(changed);
    if (focused && !focused.isConnected) {
      this._focusAfter ||= id ? `#app-${CSS.escape(id)}-title` : 'h2';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Not once the member has moved on in the host page (a slow withdrawal): she keeps it there.
    if (this._focusAfter && mayMoveFocus(this)) {
      this.renderRoot.querySelector<HTMLElement>(this._focusAfter)?.focus();
    }
    this._focusAfter = undefined;
    // The list's 重试 says it is working (dimmed, aria-disabled) while the load it started is on
    // its way: on a slow network nothing showed, and an older member tapped on or heard nothing.
    // (A withdrawal's 重试 has 正在撤回… beside it.) `_loading` is a boolean once a load failed.
    this.renderRoot
      .querySelector('[part=retry-button]')
      ?.setAttribute('aria-disabled', '' + (!this._apps && this._loading));
  }

  /**
   * The member comes back (the page visible again) or the phone is back online (out of a tunnel,
   * a lift): the list is read again at once, quietly, and the rhythm kept. A first load that
   * failed (网络连接失败) runs again too: until the next refresh (never with refresh-interval="0")
   * she saw the failure, or an old status.
   */
  private readonly _onVisibility = (): void => {
    if (document.visibilityState == 'visible') void this._load(TIMED);
    this._schedule();
  };

  /** (Re)starts the refresh timer while connected and visible; stops it otherwise. */
  private _schedule(): void {
    clearInterval(this._timer);
    const seconds = this.refreshInterval;
    if (this.isConnected && seconds > 0 && document.visibilityState == 'visible') {
      this._timer = setInterval(() => {
        if (document.visibilityState == 'visible') void this._load(TIMED);
      }, seconds * 1000);
    }
  }

  /** Loads the first page, for the reason `why` (unset: the first, ASKED or TIMED; see `Why`). */
  private async _load(why?: Why): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    this._loading = true;
    // An error stays on screen until the answer: its 重试 keeps the focus meanwhile. Above a
    // list, a failed 刷新's words leave while it asks again, so a second failure is said again
    // (a live region reads only what changes in it).
    if (why == ASKED && this._apps) this._error = undefined;
    try {
      const { data, nextCursor } = await client.me.loanApplications.list(
        {},
        { signal: abort.signal },
      );
      const before = this._apps ?? [];
      // Older pages loaded with "load more" stay below the fresh first page.
      const kept = why ? before.filter((old) => !data.some((app) => app.id == old.id)) : [];
      this._apps = [...data, ...kept];
      if (!kept.length) this._nextCursor = nextCursor;
      this._error = undefined;
      const m = this._m;
      const changed = data.filter((app) =>
        before.some((old) => old.id == app.id && old.status != app.status),
      );
      // The host learns it too (a badge, a notification in its app), the list already the new
      // one: one event per application, before the live region says them.
      for (const application of changed) this.emit('jg-loan-status-change', { application });
      if (changed.length) {
        this._announcement = new Text(changed.map((app) => said(m, app)).join('；'));
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      // A failed background refresh keeps the list quietly. A failed first load shows the error;
      // a failed 刷新 keeps the list with why above it (it said nothing, and the member took an
      // old status for the bank's latest).
      if (!this._apps || why == ASKED) {
        this._error = error;
        emitError(this, error);
      }
    } finally {
      if (this._abort == abort) this._loading = false;
    }
  }

  /**
   * Appends the next page. It goes with the list's load: an account switch (a new list), a
   * removal or a refresh (which keeps the pages shown) cancels it, so another member's older
   * applications never land below hers.
   */
  private async _loadMore(): Promise<void> {
    try {
      const page = await this.api.client!.me.loanApplications.list(
        { cursor: this._nextCursor! },
        { signal: this._abort!.signal },
      );
      const apps = this._apps!;
      this._apps = [...apps, ...page.data.filter((app) => !apps.some((a) => a.id == app.id))];
      this._nextCursor = page.nextCursor;
    } catch (error) {
      emitError(this, error);
    }
  }

  private async _withdraw(app: LoanApplication): Promise<void> {
    const client = this.api.client!;
    if (this._withdrawing == client) return;
    this._withdrawing = client;
    // A failed withdrawal's message (and its 重试, which has the focus) stays until the answer.
    try {
      const updated = await client.me.loanApplications.withdraw(app.id);
      // Answered after the app signed another member in (or the language switched: the list
      // loads again, with it): neither read out on her page nor told to it as hers.
      if (client != this._client) return;
      this._apps = this._apps!.map((a) => (a.id == app.id ? updated : a));
      this._confirming = undefined;
      this._announcement = new Text(said(this._m, updated));
      this._focusAfter = `#app-${CSS.escape(app.id)}-title`;
      this.emit('jg-loan-withdrawn', { application: updated });
    } catch (error) {
      if (client != this._client) return;
      this._withdrawError = error;
      emitError(this, error);
      // The bank has moved it on meanwhile: 重试 could never succeed. The refusal stays, without
      // the withdraw buttons, and the list is read again for where the application is now.
      if (refused(error)) void this._load(TIMED);
    }
    this._withdrawing = undefined;
  }

  /** Opens (`confirm`) or closes the withdraw confirmation of `app`, moving focus along. */
  private _confirm(app: LoanApplication, confirm: boolean): void {
    this._confirming = confirm ? app.id : undefined;
    this._withdrawError = undefined;
    this._focusAfter = `#${confirm ? 'keep' : 'withdraw'}-${CSS.escape(app.id)}`;
  }

  private get _m(): LoanMessages {
    return this.t.pick(messages);
  }

  protected override render(): TemplateResult {
    const m = this._m;
    const apps = this._apps;
    return html`<section class="stack" part="base" aria-labelledby="status-title">
      <div class="head">
        <h2 id="status-title" tabindex="-1">${m.statusTitle}</h2>
        ${
          apps
            ? html`<button
                type="button"
                class="jg-button jg-button--link"
                part="refresh-button"
                aria-busy=${this._loading}
                @click=${this.refresh}
              >
                ${m.refresh}
              </button>`
            : nothing
        }
      </div>
      <p class="jg-visually-hidden" role="status">${this._announcement}</p>
      ${
        apps && this._error
          ? html`<p class="reason" role="alert">${apiErrorMessage(this._error, this.t.locale)}</p>`
          : nothing
      }
      ${
        !apps
          ? this._error
            ? // Pressed again while its reload is on its way (nothing seemed to happen), 重试
              // leaves that reload be: starting over, a member tapping on never got the list.
              renderError(this._error, this.t, () => this._loading || void this._load())
            : renderSkeleton(4, this.t.base.loading)
          : !apps.length
            ? renderEmpty(m.empty, m.emptyDetail)
            : html`<ul class="stack">
                  ${apps.map((app) => {
                    const date = (iso: string) => formatDate(this.t.locale, iso, 'datetime');
                    const busy = this._withdrawing == this._client;
                    const on = app.id == this.highlight;
                    const status = known(m, app.status);
                    return html`<li>
                      <article
                        class="card stack ${on ? 'on' : ''}"
                        part="application${on ? ' application-highlighted' : ''}"
                        aria-labelledby="app-${app.id}-title"
                      >
                        <header class="head">
                          <h3 id="app-${app.id}-title" tabindex="-1">${app.productName}</h3>
                          <span class="badge ${status}" part="status status-${status}"
                            >${m.status[status]}</span
                          >
                        </header>
                        <p>
                          ${formatFen(app.amountFen)} · ${m.months(app.termMonths)} ·
                          ${
                            // A method a newer API added is left out, not shown as an empty '· ·'.
                            namedMethod(m, app.repaymentMethod)
                              ? `${m.methods[app.repaymentMethod]} · `
                              : ''
                          }${m.apr}
                          ${formatApr(app.aprPercent)}
                          <span class="badge ref">${m.reference}</span>
                        </p>
                        <p class="note">${m.submittedAt(date(app.createdAt))}</p>
                        <ol class="timeline" part="timeline" aria-label=${m.timeline}>
                          ${app.timeline.map(
                            (entry) =>
                              html`<li class="is-done">
                                <span class="timeline__label"
                                  >${m.status[known(m, entry.status)]}</span
                                >
                                <time class="note" datetime=${entry.at}>${date(entry.at)}</time>
                                ${
                                  // The rejection reason is said once, in its own paragraph below.
                                  entry.note && entry.note != app.rejectionReason
                                    ? html`<span class="timeline__note">${entry.note}</span>`
                                    : nothing
                                }
                              </li>`,
                          )}
                          ${
                            // What is still ahead of it: after any other status (decided against,
                            // withdrawn, or one a newer API added), nothing.
                            (['under_review', 'decision', 'disbursed'] as const)
                              .slice(
                                ['submitted', 'under_review', 'approved', status].indexOf(status),
                              )
                              .map(
                                (step) =>
                                  html`<li class="is-pending">
                                    <span class="timeline__label">${m.upcoming[step]}</span>
                                    <span>${m.pending}</span>
                                  </li>`,
                              )
                          }
                        </ol>
                        ${
                          status == 'rejected' && app.rejectionReason
                            ? html`<p class="reason" part="reason">
                                <strong>${m.reason}</strong>${app.rejectionReason}
                              </p>`
                            : nothing
                        }
                        ${
                          app.id == this._confirming && refused(this._withdrawError)
                            ? html`<p class="reason" role="alert">
                                ${apiErrorMessage(this._withdrawError, this.t.locale)}
                              </p>`
                            : !app.withdrawable
                              ? nothing
                              : this._confirming != app.id
                                ? html`<button
                                    type="button"
                                    class="jg-button"
                                    part="withdraw-button"
                                    id="withdraw-${app.id}"
                                    aria-describedby="app-${app.id}-title"
                                    @click=${() => this._confirm(app, true)}
                                  >
                                    ${m.withdraw}
                                  </button>`
                                : html`<div
                                    class="stack confirm"
                                    part="confirm"
                                    role="group"
                                    aria-labelledby="confirm-${app.id}"
                                  >
                                    <p id="confirm-${app.id}">${m.withdrawAsk}</p>
                                    ${
                                      this._withdrawError
                                        ? renderError(
                                            this._withdrawError,
                                            this.t,
                                            () => void this._withdraw(app),
                                          )
                                        : nothing
                                    }
                                    <div class="actions">
                                      <button
                                        type="button"
                                        class="jg-button jg-button--primary"
                                        aria-disabled=${busy}
                                        @click=${() => void this._withdraw(app)}
                                      >
                                        ${busy ? m.withdrawing : m.withdrawYes}
                                      </button>
                                      <button
                                        type="button"
                                        class="jg-button"
                                        id="keep-${app.id}"
                                        @click=${() => this._confirm(app, false)}
                                      >
                                        ${m.withdrawNo}
                                      </button>
                                    </div>
                                  </div>`
                        }
                      </article>
                    </li>`;
                  })}
                </ul>
                ${
                  this._nextCursor
                    ? html`<button
                        type="button"
                        class="jg-button"
                        part="load-more"
                        @click=${this._loadMore}
                      >
                        ${m.loadMore}
                      </button>`
                    : nothing
                }`
      }
    </section>`;
  }
}
