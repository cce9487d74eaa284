/**
 * Applies the `@media (forced-colors: active)` rules of a shadow root's sheets as if the media
 * matched. The test runner's `emulateMedia` ignores `forcedColors` with Chromium (puppeteer), so
 * a test cannot switch Windows high contrast on; it checks what the rules leave instead: two
 * states that differ in something forced colours keep (a system colour, a border style).
 */
export function applyForcedColorRules(root: ShadowRoot): void {
  const rules: string[] = [];
  for (const sheet of root.adoptedStyleSheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
        for (const inner of rule.cssRules) rules.push(inner.cssText);
  const forced = new CSSStyleSheet();
  forced.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
}

/** What a system colour keyword resolves to on this page. */
export function systemColor(name: string): string {
  const probe = document.createElement('i');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
