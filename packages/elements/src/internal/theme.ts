import { css, unsafeCSS } from 'lit';

export type Theme = 'light' | 'dark' | 'auto';

// The token sets are CSS declaration lists, the form both their users take: `:host` rules below
// and `CSS.registerProperty` (split once at runtime). Constant strings of this module only, never
// user input. Values are written exactly as a partner reads them back (`getPropertyValue`).

/** The default union-red theme. Partners override any token on an element or any ancestor. */
export const lightTokens =
  '--jg-color-primary:#c8102e;' +
  '--jg-color-primary-strong:#9e0b22;' +
  '--jg-color-on-primary:#ffffff;' +
  // Brand surfaces (the member card) keep the union red in dark mode too, as a printed card does.
  '--jg-color-brand:#c8102e;' +
  '--jg-color-brand-strong:#8f0c21;' +
  '--jg-color-on-brand:#ffffff;' +
  // What a host paints behind itself: nothing in light mode (the partner's page shows through),
  // the dark surface in dark mode so light text never sits on a light page.
  '--jg-color-canvas:transparent;' +
  '--jg-color-surface:#ffffff;' +
  '--jg-color-surface-2:#f6f3f1;' +
  '--jg-color-text:#1f1a17;' +
  '--jg-color-text-muted:#5f5752;' +
  '--jg-color-border:#d9d2cc;' +
  '--jg-color-danger:#b3261e;' +
  '--jg-color-success:#1b6e3a;' +
  '--jg-color-warning:#8a5300;' +
  '--jg-color-focus:#1a5fb4;' +
  '--jg-color-skeleton:#ece7e3;' +
  '--jg-radius-sm:4px;' +
  '--jg-radius-md:8px;' +
  '--jg-radius-lg:14px;' +
  '--jg-space-1:4px;' +
  '--jg-space-2:8px;' +
  '--jg-space-3:12px;' +
  '--jg-space-4:16px;' +
  '--jg-space-5:24px;' +
  '--jg-space-6:32px;' +
  '--jg-font-family:system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;' +
  '--jg-font-size-sm:13px;' +
  '--jg-font-size-md:15px;' +
  '--jg-font-size-lg:18px;' +
  '--jg-font-size-xl:22px;' +
  '--jg-line-height:1.5;' +
  '--jg-target-size:40px;' +
  '--jg-focus-width:2px;' +
  '--jg-shadow:0 1px 2px rgb(0 0 0 / 0.08), 0 4px 12px rgb(0 0 0 / 0.08)';

/** Dark mode swaps colours and shadow only (and tells the browser its own controls are dark). */
export const darkTokens =
  '--jg-color-primary:#ff8a8f;' +
  '--jg-color-primary-strong:#ffb3b5;' +
  '--jg-color-on-primary:#3b0008;' +
  '--jg-color-canvas:#1c1b1f;' +
  '--jg-color-surface:#1c1b1f;' +
  '--jg-color-surface-2:#2a2729;' +
  '--jg-color-text:#f2ecea;' +
  '--jg-color-text-muted:#c4bab6;' +
  '--jg-color-border:#4a4446;' +
  '--jg-color-danger:#ffb4ab;' +
  '--jg-color-success:#8fd6a3;' +
  '--jg-color-warning:#f3c46c;' +
  '--jg-color-focus:#9ecaff;' +
  '--jg-color-skeleton:#343033;' +
  '--jg-shadow:0 1px 2px rgb(0 0 0 / 0.5), 0 4px 12px rgb(0 0 0 / 0.4);' +
  'color-scheme:dark';

/** Senior mode (适老化): larger type and targets, stronger contrast for muted text and borders. */
export const seniorTokens =
  '--jg-font-size-sm:16px;' +
  '--jg-font-size-md:19px;' +
  '--jg-font-size-lg:22px;' +
  '--jg-font-size-xl:28px;' +
  '--jg-line-height:1.6;' +
  '--jg-target-size:48px;' +
  '--jg-focus-width:3px;' +
  // Relative to the text colour so the contrast rises in light and dark mode alike.
  '--jg-color-text-muted:var(--jg-color-text);' +
  '--jg-color-border:var(--jg-color-text-muted)';

let registered = false;

/**
 * Registers every token as an inheriting custom property whose initial value is the light theme.
 * Declaring the defaults on each `:host` instead would shadow what a partner set on an ancestor
 * (the page, `<jg-provider>`, or an outer element nesting this one), so the light defaults live
 * in the registration and `:host` only declares values for an explicit mode. Every supported
 * browser has `CSS.registerProperty` (Chrome 78, Safari 16.4, Firefox 128).
 */
export function registerTokens(): void {
  if (registered) return;
  registered = true;
  for (const declaration of lightTokens.split(';')) {
    const [name, initialValue] = declaration.split(/:(.*)/) as [string, string];
    try {
      CSS.registerProperty({ name, syntax: '*', inherits: true, initialValue });
    } catch {
      // Already registered by another copy of the SDK on the page (same values), or no
      // `CSS.registerProperty` (server rendering; a browser below the support matrix renders the
      // elements without the defaults): nothing to do.
    }
  }
}

const light = unsafeCSS(lightTokens);
const dark = unsafeCSS(darkTokens);

/**
 * The shared stylesheet every element lists first in `static styles`: token modes, the host
 * box, buttons, focus ring, skeleton, visually-hidden text and icon sizing.
 */
export const baseStyles = css`
  :host([theme='light']) {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([senior]) {
    ${unsafeCSS(seniorTokens)}
  }

  /* No text-size-adjust here: WeChat on iOS applies its 字体大小 setting through the page's
     text-size-adjust and Android WebViews apply the system font size unless a non-auto value opts
     out, so a member's larger text reaches the elements as it reaches the page around them. */
  :host {
    box-sizing: border-box;
    font-family: var(--jg-font-family);
    font-size: var(--jg-font-size-md);
    line-height: var(--jg-line-height);
    color: var(--jg-color-text);
    background-color: var(--jg-color-canvas);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--jg-focus-width) solid var(--jg-color-focus);
    outline-offset: 2px;
  }

  .jg-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--jg-space-2);
    min-height: var(--jg-target-size);
    min-width: var(--jg-target-size);
    padding: 0 var(--jg-space-4);
    border: 1px solid var(--jg-color-border);
    border-radius: var(--jg-radius-md);
    background: var(--jg-color-surface);
    color: var(--jg-color-text);
    font: inherit;
    font-size: var(--jg-font-size-md);
    cursor: pointer;
    text-decoration: none;
    -webkit-tap-highlight-color: transparent;
  }
  .jg-button:hover {
    background: var(--jg-color-surface-2);
  }
  .jg-button:disabled,
  .jg-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .jg-button--primary {
    border-color: var(--jg-color-primary);
    background: var(--jg-color-primary);
    color: var(--jg-color-on-primary);
  }
  .jg-button--primary:hover {
    background: var(--jg-color-primary-strong);
    border-color: var(--jg-color-primary-strong);
  }
  .jg-button--link {
    border-color: transparent;
    background: transparent;
    color: var(--jg-color-primary);
    padding: 0 var(--jg-space-2);
  }

  .jg-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .jg-icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    vertical-align: -0.25em;
  }

  .jg-skeleton {
    display: grid;
    gap: var(--jg-space-3);
    padding: var(--jg-space-4);
  }
  .jg-skeleton__line {
    width: 75%;
    height: 1em;
    border-radius: var(--jg-radius-sm);
    background: var(--jg-color-skeleton);
    position: relative;
    overflow: hidden;
  }
  /* The sheen slides by transform, which the compositor animates alone: a moving
     background-position repainted every line on the main thread at every frame of the load
     (a fifth to a quarter of a 4×-throttled phone's main thread for 12 lines). */
  .jg-skeleton__line::after {
    content: '';
    position: absolute;
    inset: 0;
    background: linear-gradient(90deg, transparent, var(--jg-color-surface-2), transparent);
    animation: jg-shimmer 1.4s ease-in-out infinite;
  }
  .jg-skeleton__line:nth-child(3n + 1) {
    width: 60%;
  }
  .jg-skeleton__line:nth-child(3n + 2) {
    width: 90%;
  }
  @keyframes jg-shimmer {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(100%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .jg-skeleton__line::after {
      content: none;
    }
  }
  /* Forced colours (Windows high contrast) drop backgrounds: a loading element showed nothing. */
  @media (forced-colors: active) {
    .jg-skeleton__line {
      background: GrayText;
    }
  }

  .jg-state {
    display: grid;
    justify-items: center;
    gap: var(--jg-space-2);
    padding: var(--jg-space-5) var(--jg-space-4);
    text-align: center;
    color: var(--jg-color-text-muted);
  }
  .jg-state__icon {
    font-size: var(--jg-font-size-xl);
  }
  .jg-state__title {
    margin: 0;
    font-size: var(--jg-font-size-md);
    color: var(--jg-color-text);
  }
  .jg-state__detail {
    margin: 0;
    font-size: var(--jg-font-size-sm);
  }
  .jg-state--error .jg-state__icon {
    color: var(--jg-color-danger);
  }
  .jg-state__request-id {
    margin: 0;
    font-size: var(--jg-font-size-sm);
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    word-break: break-all;
  }
`;
