import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { JiagongClient } from '@jiagong/client';
import { ContextProvider } from '@lit/context';
import { endpoints } from '@jiagong/contract';
import { clientContext, settingsContext, type JgSettings } from '../internal/context.js';
import { JgDataElement } from '../internal/data-element.js';
import { baseStyles } from '../internal/theme.js';

/**
 * The configuration root: builds one client from its attributes and hands it, with the locale,
 * theme and senior mode, to every `jg-` element inside it. Design tokens set on it (or any
 * ancestor) are inherited by those elements too. It renders nothing of its own.
 *
 * @tag jg-provider
 * @summary Configuration root: API base, keys, member session, locale and theme for the elements inside.
 * @slot - The `jg-` elements (and any other content) that use this configuration.
 * @cssprop --jg-color-primary - Brand colour (default union red `_c8102e`); every design token may be set here.
 */
export class JgProvider extends JgDataElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];
  // The provider serves every family, so its client covers the whole browser-side table.
  static override endpoints = endpoints;

  /**
   * A client the app already made (`createClient(…)` from `@jiagong/client`); when set it is
   * handed down instead of one built from the attributes.
   */
  @property({ attribute: false }) client?: JiagongClient;

  private readonly _client = new ContextProvider(this, { context: clientContext });
  private readonly _settings = new ContextProvider(this, {
    context: settingsContext,
    initialValue: {},
  });

  // update() runs after the controllers' hostUpdate, so the client is resolved for this cycle.
  protected override update(changed: PropertyValues<this>): void {
    const client = this.client ?? this.api.client;
    if (this._client.value !== client) this._client.setValue(client);
    const next: JgSettings = {
      locale: this.effectiveLocale,
      theme: this.theme ?? this.settings.theme,
      senior: this.effectiveSenior,
      apiBase: this.apiBase ?? this.settings.apiBase,
    };
    const current = this._settings.value;
    if (
      current.locale !== next.locale ||
      current.theme !== next.theme ||
      current.senior !== next.senior ||
      current.apiBase !== next.apiBase
    ) {
      this._settings.setValue(next);
    }
    super.update(changed);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
