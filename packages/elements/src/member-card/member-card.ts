import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { initialState, Task } from '@lit/task';
import type { JiagongClient } from '@jiagong/client';
import { cardEndpoints } from '@jiagong/contract';
import type { CardReveal, MemberCard, VerificationCode } from '@jiagong/contract';
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
  type IconPath,
} from '../internal/icons.js';
import { apiErrorMessage, errorCode } from '../internal/localize.js';
import {
  emitError,
  renderEmpty,
  renderError,
  renderSkeleton,
  withErrorEvent,
} from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { memberCardMessages, type MemberCardMessages } from './messages.js';
import styles from './member-card.styles.js';
import { qrSvg } from './qr.js';

/** `jg-code-refresh`: a new member code is on screen (the code itself stays inside the element). */
export type JgCodeRefreshEvent = CustomEvent<{ expiresAt: string }>;
/** `jg-card-reveal`: the full card number was shown (`revealed: true`) or masked again. */
export type JgCardRevealEvent = CustomEvent<{ revealed: boolean }>;

const statusIcons: Record<MemberCard['status'], IconPath> = {
  active: iconCheckCircle,
  suspended: iconBan,
  expired: iconClock,
};

/** `6217880000000009` → `6217 8800 0000 0009`. */
function groupDigits(value: string): string {
  return value
    .replace(/\s+/g, '')
    .replace(/(.{4})(?=.)/g, '$1 ')
    .trim();
}

interface ShownCode extends VerificationCode {
  /** Local clock time (ms) when the code expires: the TTL counted from receipt, immune to clock skew. */
  deadline: number;
}

/**
 * The member's 嘉工卡, co-issued with 嘉兴银行: holder, masked card number (the holder may reveal
 * it for a few seconds), union branch, status and validity, plus a "出示会员码" action showing a
 * short-lived member code as a QR code that renews itself while on screen.
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
 * @csspart status - The status badge (also `status-active`, `status-suspended` or `status-expired`).
 * @csspart status-note - Why a suspended or expired card cannot show a member code.
 * @csspart actions - The row of buttons under the card.
 * @csspart reveal-button - Shows or hides the full card number.
 * @csspart code-button - Opens or closes the member code.
 * @csspart code - The member code panel.
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
  static override styles = [baseStyles, styles];
  static override endpoints = cardEndpoints;

  /** Whether the member code (QR) panel is open. Opening it on an inactive card does nothing. */
  @property({ type: Boolean, reflect: true }) qr = false;

  /** Seconds before expiry at which the member code renews (kept below the code's lifetime). */
  @property({ type: Number, attribute: 'refresh-before' }) refreshBefore = 10;

  @state() private revealed?: CardReveal;
  @state() private revealPending = false;
  @state() private revealError?: unknown;
  @state() private announcement = '';
  @state() private code?: ShownCode;
  @state() private codePending = false;
  @state() private codeError?: unknown;
  @state() private now = Date.now();
  @state() private onScreen = true;

  private _revealTimer?: ReturnType<typeof setTimeout>;
  private _ticker?: ReturnType<typeof setInterval>;
  private _codeAbort?: AbortController;
  private _inView = true;
  private _observer?: IntersectionObserver;
  private _qrCache?: { text: string; qr: ReturnType<typeof qrSvg> };

  private readonly card = new Task(this, {
    args: () => [this.api.client] as const,
    task: withErrorEvent(
      this,
      async ([client]: readonly [JiagongClient | undefined], { signal }) => {
        if (!client) return initialState;
        try {
          return await client.me.card.get({ signal });
        } catch (error) {
          // A member without a card is an empty state, not a failure.
          if (errorCode(error) === 'not_found') return null;
          throw error;
        }
      },
    ),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibility);
    if (typeof IntersectionObserver === 'function') {
      this._observer = new IntersectionObserver((entries) => {
        this._inView = entries.some((entry) => entry.isIntersecting);
        this._onVisibility();
      });
      this._observer.observe(this);
    }
    this._onVisibility();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._observer?.disconnect();
    this._observer = undefined;
    this._stopCode(true);
    this._mask(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('qr') && !this.qr) this._stopCode(true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this._syncTicker();
  }

  protected override render() {
    return this.card.render({
      initial: () => this._renderLoading(),
      pending: () => (this.card.value ? this._renderCard(this.card.value) : this._renderLoading()),
      complete: (card) => {
        const m = this.t.pick(memberCardMessages);
        return card ? this._renderCard(card) : renderEmpty(m.noCard, m.noCardDetail);
      },
      error: (error) => renderError(error, this.t, () => void this.card.run()),
    });
  }

  private _renderLoading(): TemplateResult {
    return html`<div class="card card--loading">${renderSkeleton(4, this.t.base.loading)}</div>`;
  }

  private _renderCard(card: MemberCard): TemplateResult {
    const m = this.t.pick(memberCardMessages);
    const active = card.status === 'active';
    const last4 = /(\d{4})\D*$/.exec(card.cardNumberMasked)?.[1] ?? '';
    const revealed = this.revealed;
    return html`<div
      class="wrap ${this.effectiveSenior ? 'wrap--senior' : ''}"
      @keydown=${this._onKeydown}
    >
      <article part="card" class="card card--${card.status}" aria-labelledby="card-title">
        <div class="card__top">
          <div class="card__brand">
            <span class="card__emblem" aria-hidden="true">工</span>
            <h2 id="card-title" part="title" class="card__title">${m.cardTitle}</h2>
          </div>
          <div part="logo" class="card__logo">
            <slot name="logo">${icon(iconBank)}<span>${card.issuer.coBrand}</span></slot>
          </div>
        </div>
        <p part="number" class="card__number">
          <span class="jg-visually-hidden">${m.numberLabel}</span>
          ${
            revealed
              ? html`<span class="card__digits">${groupDigits(revealed.cardNumber)}</span>`
              : html`<span class="card__digits" aria-hidden="true">${card.cardNumberMasked}</span
                  ><span class="jg-visually-hidden">${m.numberEnding(last4)}</span>`
          }
        </p>
        <dl part="details" class="card__details">
          <div part="holder">
            <dt>${m.holder}</dt>
            <dd>${revealed?.holderName ?? card.holderNameMasked}</dd>
          </div>
          <div part="union">
            <dt>${m.union}</dt>
            <dd>${card.unionName}</dd>
          </div>
          <div part="validity">
            <dt>${m.validThrough}</dt>
            <dd>
              <time datetime=${card.validThrough}>${this.t.formatDate(card.validThrough)}</time>
            </dd>
          </div>
        </dl>
        <div class="card__bottom">
          <p part="status status-${card.status}" class="card__status status--${card.status}">
            ${icon(statusIcons[card.status])}<span>${m.status[card.status]}</span>
          </p>
          <p class="card__issuer">${card.issuer.name}</p>
        </div>
      </article>

      <div part="actions" class="actions">
        <button
          type="button"
          class="jg-button"
          part="reveal-button"
          ?disabled=${this.revealPending}
          @click=${this._toggleReveal}
        >
          ${icon(revealed ? iconEyeOff : iconEye)}<span>${revealed ? m.hide : m.reveal}</span>
        </button>
        ${
          active
            ? html`<button
                type="button"
                class="jg-button jg-button--primary"
                part="code-button"
                aria-expanded=${this.qr ? 'true' : 'false'}
                aria-controls=${this.qr ? 'code-panel' : nothing}
                @click=${this._toggleCode}
              >
                ${icon(iconQr)}<span>${this.qr ? m.hideCode : m.showCode}</span>
              </button>`
            : nothing
        }
        <slot name="actions"></slot>
      </div>
      ${
        active
          ? nothing
          : html`<p part="status-note" class="note">
              ${icon(iconInfo)}<span
                >${m.statusNote[card.status as Exclude<MemberCard['status'], 'active'>]}</span
              >
            </p>`
      }
      ${
        this.revealError
          ? html`<p class="note note--error" role="alert">
              ${icon(iconAlert)}<span
                >${m.revealFailed}：${apiErrorMessage(this.revealError, this.t.locale)}</span
              >
            </p>`
          : nothing
      }
      <div class="jg-visually-hidden" role="status">${this.announcement}</div>
      ${active && this.qr ? this._renderCode(m) : nothing}
    </div>`;
  }

  private _renderCode(m: MemberCardMessages): TemplateResult {
    const code = this.code;
    let body: TemplateResult;
    if (code) {
      const remaining = Math.max(0, Math.ceil((code.deadline - this.now) / 1000));
      const qr = this._qrFor(code.code);
      body = html`<svg
          part="qr"
          class="qr"
          role="img"
          aria-label=${m.codeImage}
          viewBox=${qr.viewBox}
          shape-rendering="crispEdges"
        >
          ${qr.content}
        </svg>
        <p part="code-text" class="code-text">
          <span class="jg-visually-hidden">${m.codeText}</span>${groupDigits(code.code)}
        </p>
        <p part="countdown" class="countdown" role="timer">
          ${icon(iconClock)}<span
            >${this.codePending ? m.refreshing : m.refreshesIn(remaining)}</span
          >
        </p>`;
    } else if (this.codeError) {
      body = renderError(this.codeError, this.t, () => this._retryCode());
    } else {
      body = html`<div class="qr qr--loading">${renderSkeleton(3, this.t.base.loading)}</div>`;
    }
    return html`<section id="code-panel" part="code" class="code" aria-labelledby="code-title">
      <h3 id="code-title" class="code__title">${m.codeTitle}</h3>
      <p class="code__hint">${m.codeHint}</p>
      ${body}
    </section>`;
  }

  private _qrFor(text: string): ReturnType<typeof qrSvg> {
    if (this._qrCache?.text !== text) this._qrCache = { text, qr: qrSvg(text) };
    return this._qrCache.qr;
  }

  private _onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.qr) return;
    event.stopPropagation();
    this.qr = false;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part="code-button"]')?.focus(),
    );
  };

  private _toggleCode = (): void => {
    this.qr = !this.qr;
    if (this.qr) this.announcement = this.t.pick(memberCardMessages).codeShown;
  };

  private _toggleReveal = async (): Promise<void> => {
    if (this.revealed) {
      this._mask(true);
      return;
    }
    const client = this.api.client;
    if (!client || this.revealPending) return;
    this.revealPending = true;
    this.revealError = undefined;
    this.announcement = this.t.pick(memberCardMessages).revealing;
    try {
      const revealed = await client.me.card.reveal();
      if (!this.isConnected || !this.onScreen) return;
      this.revealed = revealed;
      this.announcement = this.t.pick(memberCardMessages).revealed(revealed.hideAfterSeconds);
      clearTimeout(this._revealTimer);
      this._revealTimer = setTimeout(
        () => this._mask(true),
        Math.max(1, revealed.hideAfterSeconds) * 1000,
      );
      this.emit('jg-card-reveal', { revealed: true });
    } catch (error) {
      this.revealError = error;
      this.announcement = '';
      emitError(this, error);
    } finally {
      this.revealPending = false;
    }
  };

  /** Forgets the full number and name (they only ever live in this element's memory). */
  private _mask(announce: boolean): void {
    clearTimeout(this._revealTimer);
    this._revealTimer = undefined;
    if (!this.revealed) return;
    this.revealed = undefined;
    if (announce) this.announcement = this.t.pick(memberCardMessages).hidden;
    this.emit('jg-card-reveal', { revealed: false });
  }

  private _onVisibility = (): void => {
    const visible = this.isConnected && this._inView && document.visibilityState !== 'hidden';
    if (visible === this.onScreen) return;
    this.onScreen = visible;
    // Nobody can read the number while the page is hidden; mask it rather than leave it up.
    if (!visible) this._mask(false);
  };

  /** Runs the once-a-second countdown only while a code is wanted and someone can see it. */
  private _syncTicker(): void {
    const card = this.card.value;
    const wanted =
      this.qr && this.onScreen && this.isConnected && !!card && card.status === 'active';
    if (wanted && !this._ticker) {
      this._ticker = setInterval(() => this._tick(), 1000);
      // Not synchronously: this runs in updated(), where changing state would force another render.
      queueMicrotask(() => this._tick());
    } else if (!wanted && this._ticker) {
      this._stopCode(false);
    }
  }

  private _tick(): void {
    this.now = Date.now();
    if (this.codePending || this.codeError) return;
    const code = this.code;
    if (code && code.deadline <= this.now) this.code = undefined;
    const lead = code ? Math.max(1, Math.min(this.refreshBefore, code.ttlSeconds - 1)) * 1000 : 0;
    if (!code || code.deadline - this.now <= lead) void this._loadCode();
  }

  private _retryCode(): void {
    this.codeError = undefined;
    this._tick();
  }

  private _stopCode(forget: boolean): void {
    clearInterval(this._ticker);
    this._ticker = undefined;
    this._codeAbort?.abort();
    this._codeAbort = undefined;
    this.codePending = false;
    if (forget) {
      this.code = undefined;
      this.codeError = undefined;
    }
  }

  private async _loadCode(): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    const abort = new AbortController();
    this._codeAbort?.abort();
    this._codeAbort = abort;
    this.codePending = true;
    try {
      const code = await client.me.card.verificationCode({ signal: abort.signal });
      if (abort.signal.aborted) return;
      this.code = { ...code, deadline: Date.now() + code.ttlSeconds * 1000 };
      this.now = Date.now();
      this.emit('jg-code-refresh', { expiresAt: code.expiresAt });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.code = undefined;
      this.codeError = error;
      emitError(this, error);
    } finally {
      if (this._codeAbort === abort) {
        this._codeAbort = undefined;
        this.codePending = false;
      }
    }
  }
}
