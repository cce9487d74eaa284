// The app's own texts in the member's language. The Jiagong elements follow the provider's
// locale; the bank's headings, tabs and labels around them follow here, or an English page reads
// Chinese headings (and a screen reader, told the page is English, reads them as English).
// Each element holds its Chinese text and its English in data-en (data-en-label for its
// aria-label); a real app takes both from its own i18n.
export type Locale = 'zh-CN' | 'en';

export function locale(): Locale {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

/** Puts the texts under `root` in `to`: English from data-en, Chinese kept in data-zh. */
export function translate(root: ParentNode, to: Locale = locale()): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-en]')) {
    el.dataset.zh ??= el.textContent ?? '';
    el.textContent = to === 'en' ? el.dataset.en! : el.dataset.zh;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-en-label]')) {
    el.dataset.zhLabel ??= el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', to === 'en' ? el.dataset.enLabel! : el.dataset.zhLabel);
  }
}
