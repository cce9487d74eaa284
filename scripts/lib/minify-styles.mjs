// Minifies the css`` literals of @jiagong/elements (indentation, comments, redundant
// whitespace): the stylesheets are about a third of an element's code. html`` templates are left
// as written: Lit SSR hashes a template's strings to match server output with the client's
// templates, and the SSR example renders from source while browsers load the build.
// Used by the published build (rollup.config.mjs), the CDN build (scripts/build-cdn.ts) and the
// size measure (scripts/lib/bundle-size.ts), so a budget counts the bytes partners install.
import path from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { fromRoot } from './paths.mjs';

const elementsSrc = fromRoot('packages', 'elements', 'src') + path.sep;

/** @returns {import('rollup').Plugin} */
export function minifyElementStyles() {
  return minifyHtmlLiterals({
    filter: (id) => id.startsWith(elementsSrc) && !id.endsWith('.test.ts'),
    failOnError: true,
    options: { shouldMinify: () => false },
  });
}
