// Minifies the html`` and css`` literals of @jiagong/elements (indentation, comments, redundant
// whitespace). Whitespace between tags collapses to one space, never to none: `<dt>库存</dt>
// <dd>200</dd>` must keep reading "库存 200" (textContent, copy and paste, screen readers).
// Used by the published build (rollup.config.mjs), the CDN build (scripts/build-cdn.ts) and the
// size measure (scripts/lib/bundle-size.ts), so a budget counts the bytes partners install.
// Lit SSR matches server output to the browser's templates by a hash of their strings, so a
// server must render with the same build the browser loads: the examples server runs on the
// published builds for that reason (scripts/lib/examples.mjs).
import path from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { fromRoot } from './paths.mjs';

const elementsSrc = fromRoot('packages', 'elements', 'src') + path.sep;

const version = (major, minor = 0) => (major << 16) | (minor << 8);
/**
 * The supported browsers (packages/elements/README.md), for lightningcss: without targets it
 * writes what only current engines read, e.g. `@media (width<=520px)` (Chrome < 104 ignores the
 * whole query), and merges rules into one selector list with `:has()` (Chrome < 105 drops it all).
 * Android WebView and WeChat count as `chrome`: lightningcss's `android` is the old stock browser,
 * for which it splits selector lists it need not.
 */
export const cssTargets = {
  chrome: version(90),
  edge: version(90),
  safari: version(16, 4),
  ios_saf: version(16, 4),
  firefox: version(128),
};

/** @returns {import('rollup').Plugin} */
export function minifyElementLiterals() {
  return minifyHtmlLiterals({
    filter: (id) => id.startsWith(elementsSrc) && !id.endsWith('.test.ts'),
    failOnError: true,
    // keepClosingSlash: in an svg`` template `<path/>` self-closes; without the slash the next shape
    // would nest inside it and not be drawn.
    options: {
      minifyOptions: {
        conservativeCollapse: true,
        keepClosingSlash: true,
        minifyCSS: { targets: cssTargets },
      },
    },
  });
}
