import type { Locale } from '@jiagong/contract';

/**
 * Picks zh-CN or en from an Accept-Language header by q-value; zh-CN when nothing matches,
 * because the platform's members are Chinese-speaking first.
 */
export function resolveLocale(header: string | undefined | null): Locale {
  if (!header) return 'zh-CN';
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    // en_US too: what Java's Locale.toString() and Python's locale module write.
    const lang = tag.trim().toLowerCase().replaceAll('_', '-');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const locale: Locale | null =
      lang === 'en' || lang.startsWith('en-')
        ? 'en'
        : lang === 'zh' || lang.startsWith('zh-')
          ? 'zh-CN'
          : null;
    if (locale && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'zh-CN';
}
