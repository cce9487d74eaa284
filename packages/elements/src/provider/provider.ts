import { css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { JiagongClient } from '@jiagong/client';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { configuredSources, memberSessions } from '../internal/client-controller.js';
import {
  clientContext,
  settingsContext,
  type JgSettings,
  type ProvidedClient,
} from '../internal/context.js';
import { JgConfigurable } from '../internal/data-element.js';
import { baseStyles } from '../internal/theme.js';

/**
 * The configuration root: builds one client from its attributes and hands it, with the locale,
 * theme and senior mode, to every `jg-` element inside it. Design tokens set on it (or any
 * ancestor) are inherited by those elements too. It renders nothing of its own.
 *
 * @tag jg-provider
 * @summary Configuration root: API base, keys, member session, locale and theme for the elements inside.
 * @slot - The `jg-` elements (and any other content) that use this configuration.
 *
 * Design tokens, inherited by every element below (set them here, on any ancestor or on one element):
 * @cssprop --jg-color-primary - Brand colour of buttons and links (default union red `#c8102e`).
 * @cssprop --jg-color-primary-strong - Hover/pressed brand colour.
 * @cssprop --jg-color-on-primary - Text on the brand colour.
 * @cssprop --jg-color-brand - Brand surfaces such as the member card (union red in light and dark mode).
 * @cssprop --jg-color-brand-strong - Second stop of brand surface gradients.
 * @cssprop --jg-color-on-brand - Text on brand surfaces.
 * @cssprop --jg-color-canvas - What each element paints behind itself (transparent in light mode).
 * @cssprop --jg-color-surface - Panels and cards.
 * @cssprop --jg-color-surface-2 - Subtle fills (notes, skeleton shimmer).
 * @cssprop --jg-color-text - Body text.
 * @cssprop --jg-color-text-muted - Secondary text.
 * @cssprop --jg-color-border - Borders and dividers.
 * @cssprop --jg-color-danger - Errors, suspended status.
 * @cssprop --jg-color-success - Success, active status.
 * @cssprop --jg-color-warning - Warnings, expired status.
 * @cssprop --jg-color-focus - Focus ring.
 * @cssprop --jg-color-skeleton - Loading placeholders.
 * @cssprop --jg-radius-sm - Small corner radius (4px).
 * @cssprop --jg-radius-md - Medium corner radius (8px).
 * @cssprop --jg-radius-lg - Large corner radius (14px).
 * @cssprop --jg-space-1 - Spacing step 1 (4px); `--jg-space-2` … `--jg-space-6` are 8, 12, 16, 24 and 32px.
 * @cssprop --jg-font-family - Font stack (system UI with CJK fallbacks).
 * @cssprop --jg-font-size-sm - Small text (13px; 16px in senior mode).
 * @cssprop --jg-font-size-md - Body text (15px; 19px in senior mode).
 * @cssprop --jg-font-size-lg - Headings (18px; 22px in senior mode).
 * @cssprop --jg-font-size-xl - Large figures (22px; 28px in senior mode).
 * @cssprop --jg-line-height - Line height.
 * @cssprop --jg-target-size - Minimum size of interactive targets (40px; 48px in senior mode).
 * @cssprop --jg-focus-width - Focus ring width.
 * @cssprop --jg-shadow - Elevation shadow.
 */
export class JgProvider extends JgConfigurable {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    client: { attribute: false },
  };

  /**
   * A client the app already made (`createClient(…)` from `@jiagong/client`); when set it is
   * handed down instead of one built from the attributes.
   */
  client?: JiagongClient;

  private readonly _client = new ContextProvider(this, { context: clientContext });
  /** What an outer provider hands down: a nested provider without `api-base` passes it on. */
  private _outer: ProvidedClient | undefined;
  private readonly _source = configuredSources(memberSessions);

  constructor() {
    super();
    new ContextConsumer(this, {
      context: clientContext,
      subscribe: true,
      callback: (outer) => {
        this._outer = outer;
        this.requestUpdate();
      },
    });
  }

  /**
   * What to hand down: the app's client, else clients built from the attributes (each element
   * gets one for its own endpoint families and locale, all sharing one member session), else
   * the outer provider's.
   */
  private _handedDown(): ProvidedClient | undefined {
    if (this.client) return this.client;
    if (!this.apiBase) return this._outer;
    return this._source(this);
  }

  private readonly _settings = new ContextProvider(this, {
    context: settingsContext,
    initialValue: {},
  });

  protected override update(changed: PropertyValues<this>): void {
    const handedDown = this._handedDown();
    if (this._client.value !== handedDown) this._client.setValue(handedDown);
    const next: JgSettings = {
      locale: this.effectiveLocale,
      theme: this.theme ?? this.settings.theme,
      senior: this.effectiveSenior,
      apiBase: this.apiBase ?? this.settings.apiBase,
    };
    const current = this._settings.value;
    if ((Object.keys(next) as (keyof JgSettings)[]).some((key) => current[key] !== next[key])) {
      this._settings.setValue(next);
    }
    super.update(changed);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
