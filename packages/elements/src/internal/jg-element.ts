import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { ensureContextRoot, settingsContext, type JgSettings } from './context.js';
import { dispatch, type EventDetail } from './events.js';
import { documentLocale, loadedLocale, Localizer, type Locale } from './localize.js';
import { registerTokens, type Theme } from './theme.js';

/**
 * Base of every `jg-` element: presentation settings (theme, senior mode, locale) that fall back
 * to the nearest `<jg-provider>` and then to the page, a localizer, and one way to emit events.
 */
export class JgElement extends LitElement {
  // Declared here rather than with decorators: every module with decorators carries its own copy
  // of the decorator helper, and every element bundle includes this one.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    senior: { type: Boolean, reflect: true },
    locale: {},
    // attribute: false is implied by state; said again for the custom-elements manifest.
    settings: { state: true, attribute: false },
  };

  /** Colour scheme: `light`, `dark`, or `auto` to follow the system. Falls back to the provider. */
  theme?: Theme;

  /** Senior mode (适老化): larger type, targets of at least 44 px and stronger contrast. */
  senior = false;

  /** Display language: `zh-CN` (default) or `en`. Falls back to the provider, then `<html lang>`. */
  locale?: Locale;

  /** Settings from the nearest `<jg-provider>`, if any. */
  protected settings: JgSettings = {};

  protected readonly t = new Localizer(this);

  constructor() {
    super();
    registerTokens();
    ensureContextRoot();
    new ContextConsumer(this, {
      context: settingsContext,
      subscribe: true,
      callback: (settings) => {
        this.settings = settings ?? {};
      },
    });
  }

  /**
   * The locale in use: own attribute, else the provider's, else the page's; `en` once its texts
   * are loaded (`@jiagong/elements/locales/en`).
   */
  get effectiveLocale(): Locale {
    return loadedLocale(this.locale ?? this.settings.locale ?? documentLocale(), this);
  }

  /** The theme in use (`auto` when it follows the system). */
  get effectiveTheme(): Theme {
    return this.theme ?? this.settings.theme ?? 'light';
  }

  /** Whether senior mode is on here or on the provider. */
  get effectiveSenior(): boolean {
    return this.senior || !!this.settings.senior;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Screen readers pick pronunciation from `lang`; the element's text may differ from the page's.
    const lang = this.effectiveLocale;
    if (this.getAttribute('lang') !== lang) this.setAttribute('lang', lang);
  }

  /**
   * Dispatches a bubbling, composed event typed by `HTMLElementEventMap`. Returns false when a
   * listener cancelled it (only for `cancelable` events), so the default action is skipped.
   */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: EventDetail<K>,
    options?: { cancelable?: boolean },
  ): boolean {
    return dispatch(this, name, detail, options);
  }
}
