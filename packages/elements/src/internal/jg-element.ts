import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { ensureContextRoot, settingsContext, type JgSettings } from './context.js';
import { dispatch, type EventDetail } from './events.js';
import { documentLocale, loadedLocale, Localizer, type Locale } from './localize.js';
import { registerTokens, type Theme } from './theme.js';

/**
 * Base of every `jg-` element: presentation settings (theme, senior mode, locale) that fall back
 * to the nearest `<jg-provider>` and then to the page, a localizer, and one way to emit events.
 *
 * The design tokens of `theme.ts`, documented here once so custom-elements.json lists every one
 * on every element (the analyzer copies a base class's CSS properties to each subclass). A token
 * set on an element, `<jg-provider>` or any ancestor is inherited by the elements below.
 *
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
 * @cssprop --jg-color-text-muted - Secondary text; the box of form fields.
 * @cssprop --jg-color-border - Dividers, card outlines and buttons.
 * @cssprop --jg-color-danger - Errors, suspended status.
 * @cssprop --jg-color-success - Success, active status.
 * @cssprop --jg-color-warning - Warnings, expired status.
 * @cssprop --jg-color-focus - Focus ring.
 * @cssprop --jg-color-skeleton - Loading placeholders.
 * @cssprop --jg-radius-sm - Small corner radius (4px).
 * @cssprop --jg-radius-md - Medium corner radius (8px).
 * @cssprop --jg-radius-lg - Large corner radius (14px).
 * @cssprop --jg-space-1 - Spacing step 1 (4px).
 * @cssprop --jg-space-2 - Spacing step 2 (8px).
 * @cssprop --jg-space-3 - Spacing step 3 (12px).
 * @cssprop --jg-space-4 - Spacing step 4 (16px).
 * @cssprop --jg-space-5 - Spacing step 5 (24px).
 * @cssprop --jg-space-6 - Spacing step 6 (32px).
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
// `EventMap` types its addEventListener and removeEventListener: the interface below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-unused-vars -- types only
export class JgElement<EventMap extends object = HTMLElementEventMap> extends LitElement {
  // Declared here rather than with decorators: every module with decorators carries its own copy
  // of the decorator helper, and every element bundle includes this one.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    senior: { type: Boolean, reflect: true },
    locale: {},
    // attribute: false is implied by state; said again for the custom-elements manifest.
    settings: { state: true, attribute: false },
  };

  /**
   * Colour scheme: `light`, `dark`, or `auto` to follow the system. Falls back to the provider's,
   * then `light`.
   */
  theme: Theme | undefined;

  /** Senior mode (适老化): larger type, targets of at least 44 px and stronger contrast. */
  senior = false;

  /** Display language: `zh-CN` (default) or `en`. Falls back to the provider, then `<html lang>`. */
  locale: Locale | undefined;

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

/**
 * The element's events as it fires them (`EventMap`): `HTMLElementEventMap` unless its class
 * passes its own, which extends it, when it fires an event unlike another element's of the same
 * name (the mall's `jg-navigate`, 劳模风采's: `extends JgDataElement<JgMallEventMap>`). A
 * listener gets the element's own detail of an event, where `HTMLElementEventMap` (what
 * `document` gets) has every element's, and a function listener's `this` is the element. Any
 * other name gets a plain `Event`. Types only.
 */
export interface JgElement<EventMap extends object = HTMLElementEventMap> {
  addEventListener<K extends keyof EventMap>(
    type: K,
    listener: (this: this, ev: EventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof EventMap>(
    type: K,
    listener: (this: this, ev: EventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}
