// docs/theming.md's dark-page advice quotes the light theme's tokens as internal/theme.ts has
// them: a partner's dark intranet page showed the elements' headings dark on dark (463199d).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { root } from '../scripts/lib/families.js';

it("theming.md says the light theme's background and text colour as the theme has them", () => {
  // On a dark host page, the default theme's dark text sits on the page's own dark background.
  const theme = readFileSync(path.join(root, 'packages/elements/src/internal/theme.ts'), 'utf8');
  const light = (token: string) => new RegExp(`'--jg-color-${token}:([^;']+);`).exec(theme)?.[1];
  const theming = readFileSync(path.join(root, 'docs/theming.md'), 'utf8');
  assert.equal(light('canvas'), 'transparent');
  assert.match(theming, new RegExp(`\`--jg-color-canvas\` is \`${light('canvas')}\``));
  assert.match(theming, new RegExp(`\`--jg-color-text\`, \`${light('text')}\``));
  assert.match(theming, /\*\*On a dark page, set `theme`\.\*\*/);
});
