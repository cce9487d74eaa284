import { html } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { JiagongClient } from '@jiagong/client';
import { JgDataElement } from '../internal/data-element.js';
import { icon, iconClock } from '../internal/icons.js';
import { emitError, focusAfter, renderError, renderSkeleton } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import { memberCodeMessages } from './code-messages.js';
import { groupDigits } from './digits.js';
import { memberCardEndpoints } from './endpoints.js';
import styles from './member-code.styles.js';
import { qrPath, type QrPath } from './qr.js';
import { watchVisibility } from './visibility.js';

/** `jg-code-refresh`: a new member code is on screen (the code itself stays inside the element). */
export type JgCodeRefreshEvent = CustomEvent<{ expiresAt: string }>;

interface ShownCode {
  code: string;
  ttlSeconds: number;
  /**
   * Local clock time (ms) when the code expires: the TTL counted from when it was asked for, immune
   * to clock skew. Not from receipt: an answer held up (a slow network, a page frozen in the
   * background while it was on its way) would count the time it lost again and show a code the
   * server already refuses.
   */
  deadline: number;
  qr: QrPath;
}

/**
 * The member code on its own: a short-lived verification code fetched for the signed-in member,
 * shown as a QR code with its digits and a visible countdown. It renews itself shortly before it
 * expires, and only while someone can see it: hidden, scrolled away, on a background page or
 * removed, it stops asking for codes. `<jg-member-card>` shows it for its 出示会员码 action; a
 * merchant's page can show it alone (the merchant checks the code with the server client).
 *
 * @tag jg-member-code
 * @summary A self-renewing member QR code with a countdown.
 *
 * @csspart qr - The QR code image.
 * @csspart code-text - The member code as text, for manual entry.
 * @csspart countdown - Seconds until the code renews.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Error state (with `retry-button`).
 * @csspart retry-button - The retry button of the error state.
 * @csspart icon - Every icon.
 *
 * @cssprop --jg-member-card-qr-size - Side of the QR code (default 220px, 260px in senior mode).
 * @cssprop --jg-color-primary - Brand colour; every `--jg-*` design token applies.
 *
 * @event jg-error - Getting a member code failed; `detail.error` is the typed client error.
 * @event jg-code-refresh - A new member code is shown; `detail.expiresAt` (ISO time).
 */
export class JgMemberCode extends JgDataElement {
  static override styles = [baseStyles, hostResetStyles, styles];
  static override endpoints = memberCardEndpoints;

  static override properties: PropertyDeclarations = {
    refreshBefore: { type: Number, attribute: 'refresh-before' },
    client: { attribute: false },
    // Internal state, spread: the manifest analyzer would list every direct entry as an attribute.
    ...{
      code: { state: true },
      error: { state: true },
      loading: { state: true },
      left: { state: true },
    },
  };

  /** Seconds before expiry at which the code renews (kept below the code's lifetime). */
  refreshBefore: number | undefined = 10;

  /**
   * A client to use instead of the provider's or one built from this element's attributes:
   * `<jg-member-card>` hands down its own, so both share one member session.
   */
  client: JiagongClient | undefined;

  private code?: ShownCode;
  private error?: unknown;
  /** The code request in flight: the countdown says "renewing" meanwhile. */
  private loading?: AbortController;
  /** Whole seconds until the code on screen renews. */
  private left?: number;

  private _visible?: boolean;
  private _timer?: ReturnType<typeof setTimeout>;
  /** The client whose member the code on screen belongs to. */
  private _for?: JiagongClient;

  constructor() {
    super();
    watchVisibility(this, (visible) => {
      // Seen again, or the network is back, after a renewal failed for want of network (a
      // tunnel, the phone asleep): a new code at once, without a tap.
      if (visible && /^(Network|Timeout)Error$/.test((this.error as Error)?.name)) {
        this.error = undefined;
      }
      this._visible = visible;
      this._sync();
      // Removed: the next connection starts with a fresh code. Checked once the running script is
      // done, so a move (removed, then inserted again, as React re-parents) keeps the code on screen.
      queueMicrotask(() => this.isConnected || (this.code = this.error = undefined));
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The client may arrive after the element is on screen.
    this._sync();
  }

  protected override render(): TemplateResult {
    const { code, error } = this;
    const m = this.t.pick(memberCodeMessages);
    if (code) {
      // 4 modules of light margin (quiet zone) on every side, painted in the image: a WebView that
      // darkens pages for a dark-themed app (Android's algorithmic darkening) darkens a CSS
      // background, not an SVG's own fill, and left black modules on black.
      const side = code.qr.size + 8;
      return html`<svg
          class="qr"
          part="qr"
          viewBox="-4 -4 ${side} ${side}"
          role="img"
          aria-label=${m.image}
          shape-rendering="crispEdges"
        >
          <rect x="-4" y="-4" width=${side} height=${side} fill="#fff" />
          <path d=${code.qr.d}></path>
        </svg>
        <p part="code-text" tabindex="-1">
          <span class="jg-visually-hidden">${m.digits}</span>${groupDigits(code.code)}
        </p>
        <p part="countdown" role="timer">
          ${icon(iconClock)}<span>${this.loading ? m.refreshing : m.refreshesIn(this.left!)}</span>
        </p>`;
    }
    return error
      ? renderError(error, this.t, this._retry)
      : html`<div class="qr">${renderSkeleton(3, this.t.base.loading)}</div>`;
  }

  /**
   * The retry button's listener (Lit calls it with the element as `this`). The button leaves with
   * the error: the focus goes on to the new code's digits (read out), or to the retry again, not
   * to the page's start (not when the member has put it elsewhere on the page meanwhile).
   */
  private async _retry(): Promise<void> {
    this.error = undefined;
    await this._load();
    await focusAfter(this, (root) => root.querySelector('button,[part=code-text]'));
  }

  /** Runs the countdown only while someone can see the code and a client is there. */
  private _sync(): void {
    const client = this.client ?? this.api.client;
    // Another member's session (the app signed someone else in: a new client): the code on
    // screen, or on its way, is the previous member's, whom a merchant's scan would credit.
    if (client != this._for) {
      this._for = client;
      this.loading?.abort();
      this.code = this.error = this.loading = undefined;
    }
    const run = this._visible && !!client;
    // Only a change: running without a timer, or a timer no longer to run.
    if (run == !this._timer) {
      if (run) {
        this._timer = setTimeout(this._tick, 1000);
        // Not synchronously: this may run in updated(), where changing state forces another render.
        queueMicrotask(this._tick);
      } else {
        clearTimeout(this._timer);
        this._timer = undefined;
        this.loading?.abort();
        this.loading = undefined;
      }
    }
  }

  private _tick = (): void => {
    const { code } = this;
    // Milliseconds the code on screen has left.
    const ms = code ? code.deadline - Date.now() : 0;
    // The countdown reaches 0 when the code renews (refreshBefore seconds before its end, at
    // least 1, below its life), not at its end: "10 秒后刷新" was followed by a new code. Not a
    // number (refresh-before="abc", React's undefined, a removed attribute's null) is the default:
    // NaN read "NaN 秒后刷新" and asked for a new code every second.
    if (code) {
      // (parseFloat reads its argument as a string: 20, '20', undefined, null.)
      const before = parseFloat(this.refreshBefore as never);
      this.left = Math.max(
        0,
        Math.ceil(ms / 1000) -
          Math.max(1, Math.min(before >= 0 ? before : 10, code.ttlSeconds - 1)),
      );
      // A dead code leaves the screen even while its renewal is slow (a tunnel, retries): a
      // merchant would scan a code the server refuses.
      if (ms <= 0) this.code = undefined;
    }
    if (!this._timer) return;
    clearTimeout(this._timer);
    // The next tick just after the next whole second of the code's life, when the number changes.
    // A once-a-second interval ran on a beat of its own: a tick late by a few ms (a busy phone)
    // after one on time went from 3 straight to 1, and the member waited for a 2 never shown.
    // (No code on screen, or a dead one: in a second.)
    this._timer = setTimeout(this._tick, ((ms > 0 && ms % 1000) || 1000) + 9);
    if (this.loading || this.error) return;
    if (!code || !this.left) void this._load();
  };

  private async _load(): Promise<void> {
    const client = this.client ?? this.api.client;
    if (!client) return;
    const abort = (this.loading = new AbortController());
    const asked = Date.now();
    try {
      const { code, ttlSeconds, expiresAt } = await client.me.card.verificationCode({
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      this.code = { code, ttlSeconds, deadline: asked + ttlSeconds * 1000, qr: qrPath(code) };
      // An answer that came later than the code's life (a long freeze) shows nothing: the next
      // tick asks again.
      this._tick();
      if (this.code) this.emit('jg-code-refresh', { expiresAt });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.code = undefined;
      this.error = error;
      emitError(this, error);
    } finally {
      if (this.loading == abort) this.loading = undefined;
    }
  }
}

/** Defines `<jg-member-code>` (once): what a page showing only the member code imports. */
export function defineMemberCode(): void {
  if (!customElements.get('jg-member-code')) customElements.define('jg-member-code', JgMemberCode);
}
