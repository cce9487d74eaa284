import {
  css,
  html,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
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
 * Design tokens set here (or on any ancestor, or on one element) are inherited by every element
 * below; each element's entry in custom-elements.json lists them all.
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
  private _source = configuredSources(memberSessions);

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
    // A first session callback without a token endpoint (set once a WebView bridge is ready, after
    // the elements tried without a session): new clients, so the elements load again rather than
    // stay on a lost login. A new callback in place of one changes nothing.
    if (changed.has('getSessionToken') && !changed.get('getSessionToken') && !this.tokenEndpoint) {
      this._source = configuredSources(memberSessions);
    }
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

  // Declared, not inferred: the inferred type names lit-html, which a partner's strict package
  // manager (pnpm) does not let our declarations resolve.
  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
