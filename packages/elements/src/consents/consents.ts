import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { consentChannel } from '../internal/consent-channel.js';
import { loanMemberEndpoints, type ConsentRecord } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import styles from './consents.styles.js';
import {
  emitError,
  mayMoveFocus,
  renderEmpty,
  renderError,
  renderSkeleton,
} from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import { formatDate } from '../internal/localize.js';
import { consentsMessages, type ConsentsMessages } from './messages.js';

/** `jg-consent-withdrawn`: the member withdrew a consent; `detail.record` is the withdrawal. */
export type JgConsentWithdrawnEvent = CustomEvent<{ record: ConsentRecord }>;

/**
 * 我的授权: the member's consents to process their personal information (the append-only ledger
 * of `GET /v1/me/consents`), one item per consent text with its state from its latest record
 * (已同意 / 已撤回, and when), its recipient, the personal information it covers and the text's
 * version.
 * "撤回授权" says plainly what withdrawing means (not retroactive; a service that needs the
 * consent asks for it again; a loan application still in review that needs it is withdrawn with
 * it, while a granted loan is not affected, the bank keeping what the loan contract and the law
 * require) and, confirmed, records the withdrawal (PIPL Art. 15). Items keep
 * the order in which the member first gave them.
 *
 * Keyboard: "撤回授权" asks in place with the focus on "暂不撤回"; that puts the focus back on
 * "撤回授权", and "确定撤回", once done, on the consent's title. A screen reader hears the result.
 *
 * @tag jg-consents
 * @summary 我的授权: the member's consents, and withdrawing one.
 *
 * @csspart base - The whole list.
 * @csspart consent - One consent (also `consent-grant` or `consent-withdraw`, by its state).
 * @csspart state - The state badge (also `state-grant` or `state-withdraw`); none for an action
 *   a newer API added.
 * @csspart details - Recipient, personal information and version.
 * @csspart withdraw-button - Starts withdrawing a consent.
 * @csspart confirm - The withdraw confirmation.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Loading or withdrawing failed (with `retry-button`).
 * @csspart retry-button - Tries again.
 * @csspart empty - Shown when the member has no consent on record.
 *
 * @cssprop --jg-color-success - The 已同意 badge.
 *
 * @event jg-consent-withdrawn - A consent was withdrawn; `detail.record` is the withdrawal.
 * @event jg-error - Loading or withdrawing failed; `detail.error` is the typed client error.
 */
export class JgConsents extends JgDataElement {
  static override styles = [baseStyles, hostResetStyles, styles];
  static override endpoints = {
    'me.consents.list': loanMemberEndpoints['me.consents.list'],
    'me.consents.withdraw': loanMemberEndpoints['me.consents.withdraw'],
  };

  static override properties: PropertyDeclarations = {
    channel: {},
    _records: { attribute: false },
    _error: { attribute: false },
    _confirming: { attribute: false },
    _withdrawing: { attribute: false },
    _withdrawError: { attribute: false },
    _announcement: { attribute: false },
  };

  /**
   * Name of the host app, recorded with each withdrawal together with the SDK version (unset:
   * the page's host).
   */
  channel: string | undefined;

  private _records?: ConsentRecord[];
  private _error: unknown;
  /** The text whose withdrawal awaits confirmation. */
  private _confirming?: string;
  private _withdrawing?: boolean;
  private _withdrawError: unknown;
  /** Read out by screen readers (a withdrawal). */
  private _announcement?: string;

  private _client?: unknown;
  private _abort?: AbortController;
  /** Selector of what to focus after the next update. */
  private _focusAfter?: string;

  /** The member's consent records on screen, newest first. */
  get records(): readonly ConsentRecord[] {
    return this._records ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A first load cut short by a move (disconnected meanwhile) starts again.
    if (!this._records && !this._error) void this._load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
  }

  /** Loads the records again; if that fails, those shown stay and `jg-error` fires. */
  refresh(): Promise<void> {
    return this._load();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The client was resolved (or changed: another member signed in) just now.
    if (this.api.client != this._client) {
      this._client = this.api.client;
      // 已撤回 …, said in the previous language or of the previous member's consent, no longer holds.
      // Her 确定撤回 does not wait for his withdrawal still on its way.
      this._records =
        this._confirming =
        this._error =
        this._announcement =
        this._withdrawing =
          undefined;
      void this._load();
    }
    // A confirmation that goes with the focus in it (a refresh found the consent withdrawn
    // elsewhere) leaves the focus on the consent's title, not on <body>.
    const focused = this.shadowRoot!.activeElement;
    const id = this._confirming;
    super.update(changed);
    if (id && focused && !focused.isConnected) this._focusAfter ||= `#c-${CSS.escape(id)}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Only while the focus is still in the element or nowhere (the button pressed gone): not when
    // the member has put it elsewhere on the page while 重试 or 确定撤回 waited on a slow network.
    if (this._focusAfter && mayMoveFocus(this))
      this.renderRoot.querySelector<HTMLElement>(this._focusAfter)?.focus();
    this._focusAfter = undefined;
    // 重试 says it is working (dimmed, aria-busy) while the load or withdrawal it started is on
    // its way: on a slow network nothing else showed, and a member tapped on.
    const busy = `${!!(this._records ? this._withdrawing : this._abort?.signal.aborted == false)}`;
    for (const retry of this.renderRoot.querySelectorAll('[part=retry-button]')) {
      retry.setAttribute('aria-busy', busy);
      retry.setAttribute('aria-disabled', busy);
    }
  }

  /** Loads the records; `retried` (by 重试) puts the focus on the title once they are listed. */
  private async _load(retried?: boolean): Promise<void> {
    const client = this.api.client;
    // An error stays on screen until the answer: its 重试 keeps the focus meanwhile, and pressed
    // again (nothing seemed to happen) leaves the load on its way be. An answered load's
    // controller is aborted (spent), so only one on its way is not.
    if (!client || (retried && this._abort?.signal.aborted == false)) return;
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    this.requestUpdate();
    try {
      this._records = (await client.me.consents.list({ signal: abort.signal })).data;
      this._error = undefined;
      if (retried) this._focusAfter = '#title';
    } catch (error) {
      if (abort.signal.aborted) return;
      // A failed refresh() keeps the list on screen, and still tells the host.
      if (!this._records) this._error = error;
      emitError(this, error);
    } finally {
      abort.abort();
    }
  }

  private async _withdraw(record: ConsentRecord): Promise<void> {
    if (this._withdrawing) return;
    this._withdrawing = true;
    // A failed withdrawal's message (and its 重试, which has the focus) stays until the answer.
    const client = this.api.client!;
    try {
      const withdrawal = await client.me.consents.withdraw({
        textId: record.textId,
        channel: consentChannel(this.channel),
      });
      // Answered after the app signed another member in (or the language switched: the records
      // load again, with it): neither listed nor said on her screen, nor told as hers, and her
      // withdrawal, if one is on its way, stays busy.
      if (client != this._client) return;
      // Withdrawing again answers the withdrawal already on record: it is listed once.
      this._records = [withdrawal, ...this._records!.filter((r) => r.id != withdrawal.id)];
      this._confirming = this._withdrawError = undefined;
      // Visually hidden: read out as "已撤回 个人征信查询".
      this._announcement = `${this._m.state.withdraw} ${this._title(record)}`;
      this._focusAfter = `#c-${CSS.escape(record.textId)}`;
      this.emit('jg-consent-withdrawn', { record: withdrawal });
    } catch (error) {
      if (client != this._client) return;
      this._withdrawError = error;
      emitError(this, error);
    }
    this._withdrawing = false;
  }

  /** Opens (`confirm`) or closes the withdraw confirmation of `record`, moving focus along. */
  private _confirm(record: ConsentRecord, confirm: boolean): void {
    this._confirming = confirm ? record.textId : undefined;
    this._withdrawError = undefined;
    this._focusAfter = `#${confirm ? 'keep' : 'withdraw'}-${CSS.escape(record.textId)}`;
  }

  private get _m(): ConsentsMessages {
    return this.t.pick(consentsMessages);
  }

  private _title(record: ConsentRecord): string {
    const purposes = this._m.purposes;
    // Own keys only: the purpose is an open string, and `constructor` or `toString` would
    // otherwise title the consent with Object's function text.
    return Object.hasOwn(purposes, record.purpose) ? purposes[record.purpose]! : purposes['other']!;
  }

  protected override render(): TemplateResult {
    const m = this._m;
    const records = this._records;
    // The latest record of each text, in the order the member first gave them (the list is
    // newest first): an item does not move when it is withdrawn.
    const latest = new Map<string, ConsentRecord>();
    for (const record of [...(records ?? [])].reverse()) latest.set(record.textId, record);
    return html`<section class="stack" part="base" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${m.title}</h2>
      <p class="jg-visually-hidden" role="status">${this._announcement}</p>
      ${
        !records
          ? this._error
            ? renderError(this._error, this.t, () => void this._load(true))
            : renderSkeleton(4, this.t.base.loading)
          : !latest.size
            ? renderEmpty(m.empty)
            : html`<ul class="stack">
                ${[...latest.values()].map((record) => html`<li>${this._renderItem(m, record)}</li>`)}
              </ul>`
      }
    </section>`;
  }

  private _renderItem(m: ConsentsMessages, record: ConsentRecord): TemplateResult {
    const id = record.textId;
    // An action a newer API added gets no state (nor a withdraw button): none this version can name.
    const action = (
      record.action == 'grant' || record.action == 'withdraw' ? record.action : ''
    ) as '' | 'grant' | 'withdraw';
    const date = formatDate(this.t.locale, record.serverTime, 'datetime');
    return html`<article
      class="card stack"
      part="consent ${action && `consent-${action}`}"
      aria-labelledby="c-${id}"
    >
      <header class="head">
        <h3 id="c-${id}" tabindex="-1">${this._title(record)}</h3>
        ${
          action
            ? html`<span class="badge ${action}" part="state state-${action}"
                >${m.state[action]}</span
              >`
            : nothing
        }
      </header>
      <p class="note">
        ${action && m.at[action]} <time datetime=${record.serverTime}>${date}</time>
      </p>
      <dl part="details">
        ${
          record.recipient
            ? html`<div>
                <dt>${m.recipient}</dt>
                <dd>${record.recipient}</dd>
              </div>`
            : nothing
        }
        ${
          record.dataCategories.length
            ? html`<div>
                <dt>${m.data}</dt>
                <dd>${record.dataCategories.join('、')}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${m.version}</dt>
          <dd>${record.textVersion}</dd>
        </div>
      </dl>
      ${action == 'grant' ? this._renderWithdraw(m, record) : nothing}
    </article>`;
  }

  private _renderWithdraw(m: ConsentsMessages, record: ConsentRecord): TemplateResult {
    const id = record.textId;
    if (this._confirming != id) {
      return html`<button
        type="button"
        class="jg-button"
        part="withdraw-button"
        id="withdraw-${id}"
        aria-labelledby="withdraw-${id} c-${id}"
        @click=${() => this._confirm(record, true)}
      >
        ${m.withdraw}
      </button>`;
    }
    const busy = !!this._withdrawing;
    return html`<div
      class="stack confirm"
      part="confirm"
      role="group"
      aria-labelledby="c-${id}"
      aria-describedby="confirm-${id} loans-${id}"
    >
      <p id="confirm-${id}">${m.meaning}</p>
      <p id="loans-${id}" class="label">${m.loans}</p>
      ${
        this._withdrawError
          ? renderError(this._withdrawError, this.t, () => void this._withdraw(record))
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          class="jg-button jg-button--primary"
          aria-disabled=${busy}
          @click=${() => void this._withdraw(record)}
        >
          ${busy ? m.busy : m.yes}
        </button>
        <button
          type="button"
          class="jg-button"
          id="keep-${id}"
          @click=${() => this._confirm(record, false)}
        >
          ${m.no}
        </button>
      </div>
    </div>`;
  }
}
