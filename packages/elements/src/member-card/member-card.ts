import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { initialState, Task } from '@lit/task';
import type { CardReveal, MemberCard } from '@jiagong/contract';
import { memberCardEndpoints } from './endpoints.js';
import { JgDataElement } from '../internal/data-element.js';
import {
  icon,
  iconAlert,
  iconBan,
  iconBank,
  iconCheckCircle,
  iconClock,
  iconEye,
  iconEyeOff,
  iconInfo,
  iconQr,
} from '../internal/icons.js';
import { headingLevel } from '../internal/heading-level.js';
import { apiErrorMessage, errorCode, formatDay } from '../internal/localize.js';
import {
  emitError,
  focusAfter,
  renderEmpty,
  renderError,
  renderSkeleton,
} from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import { groupDigits } from './digits.js';
import { memberCardMessages, type MemberCardMessages } from './messages.js';
import styles from './member-card.styles.js';
import { defineMemberCode } from './member-code.js';
import { watchVisibility } from './visibility.js';

export type { JgCodeRefreshEvent } from './member-code.js';
/** `jg-card-reveal`: the full card number was shown (`revealed: true`) or masked again. */
export type JgCardRevealEvent = CustomEvent<{ revealed: boolean }>;

const statusIcons = {
  active: iconCheckCircle,
  suspended: iconBan,
  expired: iconClock,
  other: iconInfo,
};

/**
 * The member's 嘉工卡, co-issued with 嘉兴银行: holder, masked card number (the holder may reveal
 * it for a few seconds), union branch, status and validity, plus a "出示会员码" action showing a
 * short-lived member code as a QR code that renews itself while on screen.
 *
 * Keyboard: the buttons are in reading order; Escape closes the member code panel and puts the
 * focus back on "出示会员码". The revealed number masks itself again after the seconds the API
 * grants (announced politely), and as soon as the card leaves the screen.
 *
 * @tag jg-member-card
 * @summary The union member card 嘉工卡 with number reveal and a self-renewing member QR code.
 *
 * @slot logo - The partner's logo for co-branding (defaults to the co-brand's name, e.g. 嘉兴银行).
 * @slot actions - Extra buttons after the card's own actions.
 *
 * @csspart card - The card surface.
 * @csspart title - The card's title (嘉工卡).
 * @csspart logo - The co-branding area holding the `logo` slot.
 * @csspart number - The card number line.
 * @csspart details - The list of holder, union and validity.
 * @csspart holder - The holder row.
 * @csspart union - The union branch row.
 * @csspart validity - The validity row.
 * @csspart status - The status badge (also `status-active`, `status-suspended`, `status-expired`, or
 *   `status-other` for a status a newer API added).
 * @csspart status-note - Why a suspended, expired or `other` card cannot show a member code.
 * @csspart actions - The row of buttons under the card.
 * @csspart reveal-button - Shows or hides the full card number.
 * @csspart code-button - Opens or closes the member code.
 * @csspart code - The member code panel (a `<jg-member-code>` under a title and a hint).
 * @csspart qr - The QR code image.
 * @csspart code-text - The member code as text, for manual entry.
 * @csspart countdown - Seconds until the code renews.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Error state (with `retry-button`).
 * @csspart retry-button - The retry button of the error state.
 * @csspart empty - Shown when the member has no card.
 * @csspart icon - Every icon.
 *
 * @cssprop --jg-member-card-background - Card surface (default: a gradient of `--jg-color-brand`, union red in light and dark mode).
 * @cssprop --jg-member-card-color - Text colour on the card (default `--jg-color-on-brand`).
 * @cssprop --jg-member-card-inactive-background - Card surface when suspended or expired (default: grey).
 * @cssprop --jg-member-card-radius - Corner radius of the card (default `--jg-radius-lg`).
 * @cssprop --jg-member-card-max-width - Widest the element grows (default 440px).
 * @cssprop --jg-member-card-qr-size - Side of the QR code (default 220px, 260px in senior mode).
 * @cssprop --jg-color-primary - Brand colour; every `--jg-*` design token applies.
 *
 * @event jg-error - Loading the card, revealing the number or getting a member code failed; `detail.error` is the typed client error.
 * @event jg-code-refresh - A new member code is shown; `detail.expiresAt` (ISO time).
 * @event jg-card-reveal - The full card number was shown or masked again; `detail.revealed`.
 */
export class JgMemberCard extends JgDataElement {
  static override styles = [baseStyles, hostResetStyles, styles];
  static override endpoints = memberCardEndpoints;

  static override properties: PropertyDeclarations = {
    qr: { type: Boolean, reflect: true },
    refreshBefore: { type: Number, attribute: 'refresh-before' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    // Internal state, spread: the manifest analyzer would list every direct entry as an attribute.
    ...{
      revealed: { state: true },
      revealing: { state: true },
      revealError: { state: true },
      live: { state: true },
    },
  };

  /** Whether the member code (QR) panel is open. Opening it on an inactive card does nothing. */
  qr = false;

  /** Seconds before expiry at which the member code renews (kept below the code's lifetime). */
  refreshBefore: number | undefined = 10;

  /**
   * Heading level (2–6) of the card's title, to fit the host page's outline (e.g. 3 under the
   * page's own "我的嘉工卡"); the member code panel's title is one level below.
   */
  headingLevel = 2;

  /** The full number and name, only ever in this element's memory, for a few seconds. */
  private revealed?: CardReveal;
  private revealing?: boolean;
  private revealError?: unknown;
  /** What the live region tells screen reader users (number shown or hidden, code shown). */
  private live?: string;

  private _visible?: boolean;
  private _hideTimer?: ReturnType<typeof setTimeout>;
  /** The client whose member revealed the number. */
  private _for?: unknown;
  /** The previous member's card, never shown over the next member's loading. */
  private _old?: unknown;

  private readonly card = new Task(this, {
    args: () => [this.api.client] as const,
    task: async ([client], { signal }) => {
      if (!client) return initialState;
      try {
        return await client.me.card.get({ signal });
      } catch (error) {
        // A member without a card is an empty state, not a failure.
        if (errorCode(error) === 'not_found') return null;
        throw error;
      }
    },
    // The latest run's failure only (a superseded run is not reported), aborts excepted.
    onError: (error) => emitError(this, error),
  });

  constructor() {
    super();
    defineMemberCode();
    watchVisibility(this, (visible) => {
      this._visible = visible;
      // Nobody can read the number while it is off screen (or removed); mask it rather than
      // leave it up.
      if (!visible) this._mask(false);
      // Seen again, or the network is back (online), after the card failed for want of network
      // (a tunnel, the phone asleep): load it again without a tap. (Status 3: failed.)
      else if (
        this.card.status == 3 &&
        /^(Network|Timeout)Error$/.test((this.card.error as Error)?.name)
      ) {
        void this.card.run();
      }
    });
    // The phone turned while the member code is open (held up to the cashier's scanner): the
    // panel, pushed below the fold by the wider card, comes back on screen, as when it opened.
    let turned: MediaQueryList;
    const back = () => this.qr && this._panel();
    this.addController({
      hostConnected: () =>
        (turned = matchMedia('(orientation:portrait)')).addEventListener('change', back),
      hostDisconnected: () => turned.removeEventListener('change', back),
    });
  }

  protected override update(changed: PropertyValues<this>): void {
    // Another member's session (the app signed someone else in: a new client): what the previous
    // member revealed, or failed to, is not shown over the next one's card.
    const { client } = this.api;
    if (client != this._for) {
      // Another session (not a language switch, which keeps the card on screen while it loads in
      // the new language): its card, not this one, or none.
      if (this.api.newSession) this._old = this.card.value;
      this._for = client;
      this._mask(false);
      // Its texts were in the previous language (or no longer hold): not left for a reader to find.
      this.live = '';
      this.revealError = undefined;
    }
    super.update(changed);
  }

  /** This element's texts in the current locale. */
  private get m(): MemberCardMessages {
    return this.t.pick(memberCardMessages);
  }

  protected override render() {
    const { m } = this;
    const { status, value } = this.card;
    // One path for the task's states (0 initial, 1 pending, 2 complete, 3 error): a reload
    // keeps the card on screen; a member without one (null) gets the empty state.
    return status > 2
      ? renderError(this.card.error, this.t, this._retry)
      : status && value && value != this._old
        ? this._card(value, m)
        : status > 1
          ? renderEmpty(m.empty, m.emptyDetail)
          : // The loaded card's shape (its rows, then the actions), so nothing moves when it comes.
            html`<div class="wrap">
              <div class="card card--loading">${renderSkeleton(7, this.t.base.loading)}</div>
              <div class="actions--loading"></div>
            </div>`;
  }

  private _card(card: MemberCard, m: MemberCardMessages): TemplateResult {
    // A status a newer API added (the card is open to them) shows as `other`: a neutral badge,
    // and no member code, as for any card that is not active.
    const status = Object.prototype.hasOwnProperty.call(statusIcons, card.status)
      ? (card.status as keyof typeof statusIcons)
      : 'other';
    const active = status == 'active';
    const { revealed, qr } = this;
    const level = headingLevel(this.headingLevel, 2);
    const last4 = /(\d{4})\D*$/.exec(card.cardNumberMasked)?.[1] ?? '';
    const validity = html`<time datetime=${card.validThrough}
      >${formatDay(this.t.locale, card.validThrough)}</time
    >`;
    return html`<div
      class="wrap ${this.effectiveSenior ? 'senior' : ''}"
      @keydown=${this._onKeydown}
    >
      <article part="card" class="card card--${status}" aria-labelledby="title">
        <div class="row">
          <div class="line">
            <span class="emblem" aria-hidden="true">工</span>
            <div id="title" part="title" role="heading" aria-level=${level}>${m.title}</div>
          </div>
          <div part="logo" class="line">
            <slot name="logo">${icon(iconBank)}<span>${card.issuer.coBrand}</span></slot>
          </div>
        </div>
        <p part="number">
          ${
            revealed
              ? html`<span class="jg-visually-hidden">${m.number}</span>${groupDigits(
                    revealed.cardNumber,
                  )}`
              : // "卡号尾号 0012" says 卡号 already: no label before it.
                html`<span aria-hidden="true">${card.cardNumberMasked}</span
                  ><span class="jg-visually-hidden">${m.ending(last4)}</span>`
          }
        </p>
        <dl part="details" class="row">
          <div part="holder">
            <dt>${m.holder}</dt>
            <dd>
              ${
                revealed
                  ? revealed.holderName
                  : // Chinese speech reads 沈** as 沈星星, a name: 沈某某 is heard instead.
                    html`<span aria-hidden="true">${card.holderNameMasked}</span
                      ><span class="jg-visually-hidden"
                        >${m.holderMasked(card.holderNameMasked)}</span
                      >`
              }
            </dd>
          </div>
          <div part="union">
            <dt>${m.union}</dt>
            <dd>${card.unionName}</dd>
          </div>
          <div part="validity">
            <dt>${m.valid}</dt>
            <dd>${validity}</dd>
          </div>
        </dl>
        <div class="row">
          <p>
            <span class="jg-visually-hidden">${m.statusLabel}</span
            ><span part="status status-${status}" class="line"
              >${icon(statusIcons[status])}<span>${m.status[status]}</span></span
            >
          </p>
          <p class="small">${card.issuer.name}</p>
        </div>
      </article>
      <div part="actions" class="row">
        <button
          type="button"
          class="jg-button"
          part="reveal-button"
          aria-disabled=${!!this.revealing}
          @click=${this._reveal}
        >
          ${icon(revealed ? iconEyeOff : iconEye)}<span>${revealed ? m.hide : m.reveal}</span>
        </button>
        ${
          active
            ? html`<button
                type="button"
                class="jg-button jg-button--primary"
                part="code-button"
                aria-expanded=${qr}
                aria-controls=${qr ? 'code-panel' : nothing}
                @click=${this._toggleCode}
              >
                ${icon(iconQr)}<span>${qr ? m.hideCode : m.showCode}</span>
              </button>`
            : nothing
        }
        <slot name="actions"></slot>
      </div>
      ${
        active
          ? nothing
          : html`<p part="status-note" class="note">
              ${icon(iconInfo)}<span>${m.note[status]}</span>
            </p>`
      }
      ${
        this.revealError
          ? html`<p class="note error" role="alert">
              ${icon(iconAlert)}<span
                >${m.failed}${this.t.locale == 'en' ? '. ' : '：'}${apiErrorMessage(
                  this.revealError,
                  this.t.locale,
                )}</span
              >
            </p>`
          : nothing
      }
      <div class="jg-visually-hidden" role="status">${this.live}</div>
      ${
        active && qr
          ? html`<section id="code-panel" part="code" aria-labelledby="code-title">
              <div id="code-title" role="heading" aria-level=${headingLevel(level + 1, 3)}>
                ${m.code}
              </div>
              <p class="small">${m.hint}</p>
              <jg-member-code
                exportparts="qr,code-text,countdown,skeleton,error,retry-button,icon"
                locale=${this.effectiveLocale}
                .refreshBefore=${this.refreshBefore}
                .client=${this.api.client}
                @jg-error=${this._codeError}
              ></jg-member-code>
            </section>`
          : nothing
      }
    </div>`;
  }

  // Event listeners as methods: Lit calls them with the element as `this`.
  // The error's 重试 leaves with the error: the focus goes on to the card's first button (查看卡号),
  // or to the retry again, not to the page's start; not when the member has put it elsewhere on
  // the page while the card loaded.
  private async _retry(): Promise<void> {
    await this.card.run();
    await focusAfter(this, (root) => root.querySelector('button'));
  }

  // The member code found the card inactive (suspended by the union meanwhile, expired at
  // midnight): the card is read again, so its badge and note say so and the panel goes, not 会员卡
  // 已停用 under a card still marked 正常. (The event goes on to the page.)
  private _codeError(event: CustomEvent<{ error: unknown }>): void {
    if (errorCode(event.detail.error) == 'card_inactive') void this.card.run();
  }

  private _onKeydown(event: KeyboardEvent): void {
    if (event.key != 'Escape' || !this.qr) return;
    event.stopPropagation();
    this.qr = false;
    this.live = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part=code-button]')?.focus(),
    );
  }

  // Both buttons cancel their click: in a card a partner wrapped in a link (<a href> around the
  // element, to open its own card page) a tap on them also followed the link (Chromium, WebViews);
  // routers' links (React Router, Vue Router) skip a cancelled click too.
  private _toggleCode(event: Event): void {
    event.preventDefault();
    this.qr = !this.qr;
    // Closed, "会员码已显示" no longer holds, and is news again when it opens next (a live region
    // says only what changed). Escape clears it too.
    this.live = this.qr ? this.m.shown : '';
    if (!this.qr) return;
    // On a phone the panel opens below the fold, where nobody sees it nor its code (which loads
    // only while on screen): bring it up.
    void this.updateComplete.then(this._panel);
  }

  /** Brings the member code panel on screen. */
  private _panel = () =>
    this.renderRoot.querySelector('#code-panel')?.scrollIntoView({ block: 'nearest' });

  private async _reveal(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.api.client;
    // aria-disabled rather than disabled while revealing: a disabled button drops the keyboard
    // focus to the page.
    if (this.revealing) return;
    if (this.revealed || !client) return this._mask(true);
    this.revealing = true;
    this.revealError = undefined;
    this.live = this.m.revealing;
    try {
      const revealed = await client.me.card.reveal();
      // Off screen by now, or another member's: nothing is shown, and 正在获取卡号… no longer holds.
      this.live = '';
      if (!this._visible || client != this.api.client) return;
      this.revealed = revealed;
      this.live = this.m.revealed(revealed.hideAfterSeconds);
      this._hideTimer = setTimeout(
        () => this._mask(true),
        Math.max(1, revealed.hideAfterSeconds) * 1000,
      );
      this.emit('jg-card-reveal', { revealed: true });
    } catch (error) {
      this.revealError = error;
      this.live = '';
      emitError(this, error);
    } finally {
      this.revealing = false;
    }
  }

  /** Forgets the full number and name. */
  private _mask(announce: boolean): void {
    clearTimeout(this._hideTimer);
    if (!this.revealed) return;
    this.revealed = undefined;
    // Masked silently (off screen, another member): 完整卡号已显示 no longer holds.
    this.live = announce ? this.m.hidden : '';
    this.emit('jg-card-reveal', { revealed: false });
  }
}
