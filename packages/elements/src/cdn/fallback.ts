// The error state the CDN loader shows inside an element whose code could not be loaded, so a
// member sees a message and a retry button instead of a blank. It lives in a <span> of the
// host's light DOM with its own shadow root: the host itself stays untouched (no shadow root of
// ours), so when a retry succeeds the real element upgrades exactly as if nothing had happened.
// Built with DOM calls and a constructable stylesheet only: no innerHTML, no inline style,
// nothing a strict CSP or Trusted Types would block. Its text size is the elements' own, set
// inside, where an old portal's `body { font-size: 12px }` or `span { … }` rules cannot reach.

const messages = {
  'zh-CN': { title: '这部分内容没能加载，请检查网络后再试', retry: '重试' },
  en: {
    title: 'This part of the page could not be loaded. Check your connection and retry.',
    retry: 'Retry',
  },
} as const;

const CSS_TEXT = `
:host { display: block; }
div { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 12px 16px;
  font: var(--jg-font-size-md, 15px) / var(--jg-line-height, 1.5)
    var(--jg-font-family, system-ui, sans-serif);
  border: 1px solid var(--jg-color-border, #d9d2cc); border-radius: var(--jg-radius-md, 8px);
  background: var(--jg-color-surface, #fff); color: var(--jg-color-text, #1f1a17); }
p { margin: 0; flex: 1 1 12em; color: var(--jg-color-danger, #b3261e); }
button { min-height: var(--jg-target-size, 40px); padding: 0 16px; font: inherit; cursor: pointer;
  border: 1px solid var(--jg-color-primary, #c8102e); border-radius: var(--jg-radius-sm, 4px);
  background: var(--jg-color-primary, #c8102e); color: var(--jg-color-on-primary, #fff); }
button:focus-visible { outline: 2px solid var(--jg-color-focus, #1a5fb4); outline-offset: 2px; }
`;

export const FALLBACK_ATTRIBUTE = 'data-jg-load-error';

let sheet: CSSStyleSheet | undefined;
function styles(): CSSStyleSheet | undefined {
  if (!sheet) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
    } catch {
      // No constructable stylesheets: the message and button still work, unstyled.
      return undefined;
    }
  }
  return sheet;
}

/** The host's language: its own `locale`, an ancestor's (e.g. `<jg-provider>`), then the page's. */
function localeOf(host: Element): keyof typeof messages {
  const lang =
    host.closest('[locale]')?.getAttribute('locale') ?? document.documentElement.lang ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

const shown = new Map<Element, HTMLElement>();

/** Shows the error state in `host` (once); `onRetry` runs when the member presses retry. */
export function showFallback(host: Element, onRetry: () => void): void {
  if (shown.has(host)) return;
  const text = messages[localeOf(host)];
  const box = document.createElement('span');
  box.setAttribute('data-jg-fallback', '');
  const root = box.attachShadow({ mode: 'open' });
  const sheetForRoot = styles();
  if (sheetForRoot) root.adoptedStyleSheets = [sheetForRoot];
  const panel = document.createElement('div');
  panel.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.textContent = text.title;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text.retry;
  button.addEventListener('click', onRetry);
  panel.append(title, button);
  root.append(panel);
  host.setAttribute(FALLBACK_ATTRIBUTE, '');
  host.append(box);
  shown.set(host, box);
}

/** Removes every error state of the given tags (before a retry, or once they are defined). */
export function clearFallbacks(tags: readonly string[]): void {
  for (const [host, box] of shown) {
    if (!tags.includes(host.localName)) continue;
    box.remove();
    host.removeAttribute(FALLBACK_ATTRIBUTE);
    shown.delete(host);
  }
}
