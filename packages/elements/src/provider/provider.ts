import {
  css,
  html,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { isNetworkError, type JiagongClient } from '@jiagong/client';
import { ContextConsumer, ContextProvider } from '@lit/context';
import {
  configuredSources,
  memberSessions,
  NotConfiguredError,
  type SessionSupport,
} from '../internal/client-controller.js';
import {
  clientContext,
  settingsContext,
  type JgSettings,
  type ProvidedClient,
} from '../internal/context.js';
import { JgConfigurable } from '../internal/data-element.js';
import { loadedLocale, type Locale } from '../internal/localize.js';
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
  client: JiagongClient | undefined;

  private readonly _client = new ContextProvider(this, { context: clientContext });
  /** What an outer provider hands down: a nested provider without `api-base` passes it on. */
  private _outer: ProvidedClient | undefined;
  /** Handed down once nothing configured this provider in time: fails every call, saying so. */
  private _unconfigured?: ProvidedClient;
  /** Whether it said that the API does not know its publishable key. */
  private _keySaid?: boolean;
  /** The token the elements were last given: whose data is on screen. */
  private _token?: string;
  /** The member sessions of the attributes, noting each token handed out. */
  private readonly _sessions: SessionSupport = (config) => {
    const session = memberSessions(config);
    const seen = (token: string) => (this._token = token);
    return {
      get: () => session.get().then(seen),
      refresh: (stale) => session.refresh(stale).then(seen),
    };
  };
  private _source = configuredSources(this._sessions);

  constructor() {
    super();
    // A publishable-key the API does not know (mistyped, or a pk_live_ key against the sandbox,
    // or the reverse) shows 登录已失效 on the elements reading public catalogues, a member's
    // words: tell the developer, once, from the provider whose key it is (the nearest one with
    // an api-base on the event's path; an element's own api-base is its own key).
    this.addEventListener('jg-error', (event) => {
      const error = event.detail.error as { details?: { neededKind?: unknown } } | undefined;
      if (
        !this._keySaid &&
        !this.client &&
        error?.details?.neededKind == 'publishable' &&
        event.composedPath().find((node) => (node as JgProvider).apiBase) == this
      ) {
        this._keySaid = true;
        console.error(
          `[jiagong] <jg-provider> publishable-key "${this.publishableKey}" is unknown to ${this.apiBase}`,
        );
      }
    });
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
   * the outer provider's. An `api-base` that is not a URL (`api.jiagong.example`, its https://
   * forgotten: a path on the page's server, whose 404 read as 暂无嘉工卡) counts as none.
   */
  private _handedDown(): ProvidedClient | undefined {
    return (
      this.client ??
      (/^\s*(https?:)?\//i.test(this.apiBase!)
        ? this._source(this)
        : (this._outer ?? this._unconfigured))
    );
  }

  /**
   * The locale in use: own attribute, else the outer provider's, else the page's; `en` once its
   * texts are loaded (`@jiagong/elements/locales/en`). `locale="en-US"` (or `zh`, `zh-Hans`,
   * `zh_CN`: a page's `lang` as written) means English (or 简体中文), as `<html lang>` does.
   */
  override get effectiveLocale(): Locale {
    const { locale } = this;
    return locale
      ? loadedLocale(/^en/i.test(locale) ? 'en' : /^zh/i.test(locale) ? 'zh-CN' : locale, this)
      : super.effectiveLocale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pageshow', this._back);
    // A provider with no api-base, no client and no provider around it (the attribute forgotten
    // or misspelt) left its elements on 加载中… without a word: after 1.5 s, as an element with
    // no provider, it says so in the console and its elements show their error state (组件尚未
    // 配置服务地址（api-base）, with 重试) and fire jg-error. An api-base or client set later
    // still loads them. A jg- element around it (a provider not defined yet) configures it.
    setTimeout(() => {
      if (this._handedDown() || !this.isConnected) return;
      for (let at = this.parentNode; at; at = at.parentNode || (at as ShadowRoot).host) {
        if ((at as Element).localName?.startsWith('jg-')) return;
      }
      const error = new NotConfiguredError('[jiagong] <jg-provider> needs api-base');
      console.error(error);
      // Every call gives it back, and it rejects once awaited (as unconfigured.ts's).
      const failing: ProvidedClient = new Proxy(() => failing, {
        get: (_, key) =>
          key == 'then'
            ? (ok: never, fail: never) => Promise.reject(error).then(ok, fail)
            : failing,
      }) as unknown as ProvidedClient;
      this._unconfigured = failing;
      this.requestUpdate();
    }, 1500);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this._back);
  }

  /**
   * A page restored with Back (back/forward cache) still holds the member session it left with,
   * while on a shared phone another member may have signed in meanwhile. The elements stay
   * hidden until the partner's session source (asked again) names the member whose data they
   * show; anyone else, or no one (the source throws, or gives no token), reloads the page, so
   * nothing of the first member is shown, renewed or kept in a form. The same member keeps the
   * page as it was (a half-typed form, the code counting on). No `pagehide`/`unload` listener:
   * the page stays cacheable.
   */
  private readonly _back = async (event: PageTransitionEvent): Promise<void> => {
    const shown = this._token;
    if (!event.persisted || !shown) return;
    const { style } = this;
    style.visibility = 'hidden';
    const member = async (token: string) => {
      const response = await fetch(`${this.apiBase!.replace(/\/+$/, '')}/v1/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!response.ok) throw response;
      return ((await response.json()) as { id: string }).id;
    };
    try {
      const [before, now] = await Promise.all([
        member(shown),
        memberSessions(this).get().then(member),
      ]);
      if (before != now) throw now;
      style.visibility = '';
    } catch (error) {
      // Unreachable (offline, a tunnel): who is signed in is unknown, and a reload would show
      // the browser's offline page; stay hidden and ask again.
      if (error instanceof TypeError || isNetworkError(error)) {
        setTimeout(() => this._back(event), 3000);
      } else location.reload();
    }
  };

  private readonly _settings = new ContextProvider(this, {
    context: settingsContext,
    initialValue: {},
  });

  protected override update(changed: PropertyValues<this>): void {
    // A first session callback without a token endpoint (set once a WebView bridge is ready, after
    // the elements tried without a session): new clients, so the elements load again rather than
    // stay on a lost login. A new callback in place of one changes nothing.
    if (changed.has('getSessionToken') && !changed.get('getSessionToken') && !this.tokenEndpoint) {
      this._source = configuredSources(this._sessions);
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
