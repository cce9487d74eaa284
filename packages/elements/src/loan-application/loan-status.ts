import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { JiagongClient } from '@jiagong/client';
import { formatFen, loanMemberEndpoints, type LoanApplication } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { formatApr } from './estimate.js';
import { statusMessages, type StatusMessages } from './messages.js';
import styles from './loan-status.styles.js';

/** `jg-loan-withdrawn`: the member withdrew an application. */
export type JgLoanWithdrawnEvent = CustomEvent<{ application: LoanApplication }>;

type Upcoming = keyof StatusMessages['upcoming'];

/** What is still ahead of an application in each status. */
const AHEAD: Record<LoanApplication['status'], Upcoming[]> = {
  submitted: ['under_review', 'decision', 'disbursed'],
  under_review: ['decision', 'disbursed'],
  approved: ['disbursed'],
  rejected: [],
  disbursed: [],
  withdrawn: [],
};

/**
 * The member's 惠工贷 applications, newest first, each with its timeline (submitted → under
 * review → approved / rejected with the reason → disbursed, or withdrawn) and a withdraw action
 * while the bank has not decided. It refreshes on its own while the page is visible
 * (`document.visibilityState`), never in a background tab, and announces status changes.
 *
 * @tag jg-loan-status
 * @summary The member's loan applications with their status timelines.
 *
 * @csspart base - The whole list.
 * @csspart application - One application (also `application-highlighted`).
 * @csspart status - The status badge (also `status-<status>`, e.g. `status-approved`).
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
 * @event jg-loan-withdrawn - An application was withdrawn; `detail.application`.
 * @event jg-error - Loading or withdrawing failed; `detail.error` is the typed client error.
 */
export class JgLoanStatus extends JgDataElement {
  static override styles = [baseStyles, styles];
  static override endpoints = loanMemberEndpoints;

  /** Id of an application to highlight, e.g. the one just submitted. */
  @property() highlight?: string;

  /** Seconds between refreshes while the page is visible; `0` turns refreshing off. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 30;

  @state() private _apps?: LoanApplication[];
  @state() private _nextCursor: string | null = null;
  @state() private _error: unknown;
  @state() private _loading = false;
  @state() private _confirming?: string;
  @state() private _withdrawing?: string;
  @state() private _withdrawError?: { id: string; error: unknown };
  @state() private _announcement = '';

  private _client?: JiagongClient;
  private _timer?: ReturnType<typeof setInterval>;
  private _abort?: AbortController;
  private _focusAfter?: string;

  /** The applications on screen. */
  get applications(): readonly LoanApplication[] {
    return this._apps ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
    this._schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    clearInterval(this._timer);
    this._timer = undefined;
    this._abort?.abort();
  }

  /** Reloads the list now, keeping what is on screen until the answer arrives. */
  refresh(): Promise<void> {
    return this._load(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.api.client !== this._client) {
      this._client = this.api.client;
      this._apps = undefined;
      void this._load(false);
    }
    if (changed.has('refreshInterval')) this._schedule();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this._focusAfter;
    this._focusAfter = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private readonly _onVisibility = (): void => {
    // Catch up at once when the member comes back, then keep the rhythm.
    if (document.visibilityState === 'visible' && this._apps) void this._load(true);
    this._schedule();
  };

  private _schedule(): void {
    clearInterval(this._timer);
    this._timer = undefined;
    const seconds = this.refreshInterval;
    if (!this.isConnected || !(seconds > 0) || document.visibilityState !== 'visible') return;
    this._timer = setInterval(() => {
      if (document.visibilityState === 'visible') void this._load(true);
    }, seconds * 1000);
  }

  private async _load(silent: boolean): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    if (!silent || !this._apps) {
      this._loading = true;
      this._error = undefined;
    }
    try {
      const page = await client.me.loanApplications.list({}, { signal: abort.signal });
      if (this._apps) this._announceChanges(this._apps, page.data);
      // Older pages loaded with "load more" stay below the fresh first page.
      const fresh = new Set(page.data.map((a) => a.id));
      const kept = silent ? (this._apps ?? []).filter((a) => !fresh.has(a.id)) : [];
      this._apps = [...page.data, ...kept];
      if (kept.length === 0) this._nextCursor = page.nextCursor;
      this._error = undefined;
    } catch (error) {
      if (abort.signal.aborted) return;
      // A failed background refresh keeps the list; only a failed first load shows the error.
      if (!this._apps) {
        this._error = error;
        emitError(this, error);
      }
    } finally {
      if (this._abort === abort) this._loading = false;
    }
  }

  private async _loadMore(): Promise<void> {
    const client = this.api.client;
    const cursor = this._nextCursor;
    if (!client || !cursor) return;
    try {
      const page = await client.me.loanApplications.list({ cursor });
      const seen = new Set((this._apps ?? []).map((a) => a.id));
      this._apps = [...(this._apps ?? []), ...page.data.filter((a) => !seen.has(a.id))];
      this._nextCursor = page.nextCursor;
    } catch (error) {
      emitError(this, error);
    }
  }

  private _announceChanges(before: LoanApplication[], after: LoanApplication[]): void {
    const m = this._messages;
    const changes = after.filter((app) => {
      const old = before.find((b) => b.id === app.id);
      return old && old.status !== app.status;
    });
    if (changes.length > 0) {
      this._announcement = changes
        .map((app) => m.updated(app.productName, m.status[app.status]))
        .join('；');
    }
  }

  private async _withdraw(app: LoanApplication): Promise<void> {
    const client = this.api.client;
    if (!client || this._withdrawing) return;
    this._withdrawing = app.id;
    this._withdrawError = undefined;
    try {
      const updated = await client.me.loanApplications.withdraw(app.id);
      this._apps = (this._apps ?? []).map((a) => (a.id === updated.id ? updated : a));
      this._confirming = undefined;
      this._announcement = this._messages.withdrawn;
      this._focusAfter = `#app-${CSS.escape(app.id)}-title`;
      this.emit('jg-loan-withdrawn', { application: updated });
    } catch (error) {
      this._withdrawError = { id: app.id, error };
      emitError(this, error);
    } finally {
      this._withdrawing = undefined;
    }
  }

  private get _messages(): StatusMessages {
    return this.t.pick(statusMessages);
  }

  protected override render(): TemplateResult {
    const m = this._messages;
    let body: TemplateResult;
    if (this._error && !this._apps) {
      body = renderError(this._error, this.t, () => void this._load(false));
    } else if (!this._apps) {
      body = renderSkeleton(4, this.t.base.loading);
    } else if (this._apps.length === 0) {
      body = renderEmpty(m.empty, m.emptyDetail);
    } else {
      body = html`<ul class="apps">
          ${this._apps.map((app) => html`<li>${this._renderApplication(app)}</li>`)}
        </ul>
        ${
          this._nextCursor
            ? html`<button
                type="button"
                class="jg-button"
                part="load-more"
                @click=${() => void this._loadMore()}
              >
                ${m.loadMore}
              </button>`
            : nothing
        }`;
    }
    return html`<section class="status" part="base" aria-labelledby="status-title">
      <div class="status__head">
        <h2 id="status-title" class="status__title">${m.title}</h2>
        ${
          this._apps
            ? html`<button
                type="button"
                class="jg-button jg-button--link"
                part="refresh-button"
                aria-busy=${this._loading ? 'true' : 'false'}
                @click=${() => void this._load(true)}
              >
                ${m.refresh}
              </button>`
            : nothing
        }
      </div>
      <p class="jg-visually-hidden" role="status">${this._announcement}</p>
      ${body}
    </section>`;
  }

  private _renderApplication(app: LoanApplication): TemplateResult {
    const m = this._messages;
    const t = this.t;
    const highlighted = app.id === this.highlight;
    const titleId = `app-${app.id}-title`;
    return html`<article
      class="app ${highlighted ? 'is-highlighted' : ''}"
      part=${highlighted ? 'application application-highlighted' : 'application'}
      aria-labelledby=${titleId}
    >
      <header class="app__head">
        <h3 class="app__title" id=${titleId} tabindex="-1">${app.productName}</h3>
        <span class="badge badge--${app.status}" part="status status-${app.status}"
          >${m.status[app.status]}</span
        >
      </header>
      <p class="app__figures">
        ${m.amountTerm(formatFen(app.amountFen), app.termMonths)} · ${m.method[app.repaymentMethod]}
        · ${m.apr(formatApr(t, app.aprPercent))}<span class="app__reference">${m.reference}</span>
      </p>
      <p class="app__meta">${m.submittedAt(t.formatDate(app.createdAt, 'datetime'))}</p>
      <ol class="timeline" part="timeline" aria-label=${m.timeline}>
        ${app.timeline.map(
          (entry) =>
            html`<li class="timeline__item is-done timeline__item--${entry.status}">
              <span class="timeline__label">${m.status[entry.status]}</span>
              <time class="timeline__time" datetime=${entry.at}
                >${t.formatDate(entry.at, 'datetime')}</time
              >
              ${entry.note ? html`<span class="timeline__note">${entry.note}</span>` : nothing}
            </li>`,
        )}
        ${AHEAD[app.status].map(
          (step) =>
            html`<li class="timeline__item is-pending">
              <span class="timeline__label">${m.upcoming[step]}</span>
              <span class="timeline__time">${m.pending}</span>
            </li>`,
        )}
      </ol>
      ${
        app.status === 'rejected' && app.rejectionReason
          ? html`<p class="app__reason" part="reason">
              <strong>${m.reason}：</strong>${app.rejectionReason}
            </p>`
          : nothing
      }
      ${app.withdrawable ? this._renderWithdraw(app) : nothing}
    </article>`;
  }

  private _renderWithdraw(app: LoanApplication): TemplateResult {
    const m = this._messages;
    const failed = this._withdrawError?.id === app.id ? this._withdrawError.error : undefined;
    if (this._confirming !== app.id) {
      return html`<button
        type="button"
        class="jg-button"
        part="withdraw-button"
        id="withdraw-${app.id}"
        @click=${() => {
          this._confirming = app.id;
          this._focusAfter = `#keep-${CSS.escape(app.id)}`;
        }}
      >
        ${m.withdraw}
      </button>`;
    }
    const busy = this._withdrawing === app.id;
    return html`<div
      class="confirm"
      part="confirm"
      role="group"
      aria-labelledby="confirm-${app.id}"
    >
      <p id="confirm-${app.id}">${m.withdrawConfirm}</p>
      ${failed ? renderError(failed, this.t, () => void this._withdraw(app)) : nothing}
      <div class="confirm__actions">
        <button
          type="button"
          class="jg-button jg-button--primary"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => void this._withdraw(app)}
        >
          ${busy ? m.withdrawing : m.withdrawYes}
        </button>
        <button
          type="button"
          class="jg-button"
          id="keep-${app.id}"
          @click=${() => {
            this._confirming = undefined;
            this._withdrawError = undefined;
            this._focusAfter = `#withdraw-${CSS.escape(app.id)}`;
          }}
        >
          ${m.withdrawNo}
        </button>
      </div>
    </div>`;
  }
}
