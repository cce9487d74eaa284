/**
 * The API base an element talks to, for root-relative asset paths: its own `api-base`, else the
 * nearest one up the composed tree (the `<jg-points-mall>` or `<jg-provider>` around it).
 */
export function apiBaseOf(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    const base = (node as { apiBase?: unknown }).apiBase;
    if (typeof base === 'string' && base) return base;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return undefined;
}
