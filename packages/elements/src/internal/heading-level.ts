/** A heading level for `aria-level` that fits the host page's outline (2–6). */
export function headingLevel(value: number, fallback: number): number {
  return Math.min(6, Math.max(2, Math.round(value) || fallback));
}
