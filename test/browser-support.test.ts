// The supported browsers (packages/elements/README.md): Chrome/Edge 90 (Android System WebView
// and WeChat's Android browser included), Safari / iOS WKWebView 16.4, Firefox ESR 128. What
// ships is checked against MDN's browser-compat-data, not a hand list of versions:
//
//   - the stylesheets as built (the css`` literals after the literal minifier, in
//     packages/elements/dist) and the examples' CSS partners copy: every property, value keyword,
//     function, unit, selector and at-rule;
//   - the JavaScript as built, third-party code included (dist/cdn and packages/*/dist): it
//     parses as ES2020 (the build target; the CDN build lowers the libraries' syntax too), and
//     every built-in or DOM API reached is in the matrix. Built-ins are found by name in minified code, so a few accepted
//     entries below are guarded uses the test cannot see (a feature test kept in a constant).
//
// A feature the matrix lacks fails the test unless it is guarded (inside a positive @supports,
// after a fallback declaration of the same property, a polyfill assignment, a typeof / `in`
// check) or named in `accepted` with the reason it is harmless there. Two things never pass:
// a rule whose selector list mixes a selector the matrix lacks with others (the engine drops the
// whole rule, the others with it), and an @container block without an
// `@supports not (container-type: …)` fallback for what it restyles, unless it only changes
// properties an unconditional rule sets on the same subjects (the base is then the fallback).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type * as acorn from 'acorn';
import { root } from '../scripts/lib/families.js';
import { cssTargets } from '../scripts/lib/minify-literals.mjs';
import { ensureBuilt } from './support/build.js';
import {
  MATRIX,
  checkCss,
  checkJs,
  lacking,
  node,
  parse,
  polyfills,
  show,
  stylesheets,
  type Finding,
} from './support/compat.js';

/**
 * Features the matrix lacks that are shipped on purpose, by BCD path, each with why an older
 * browser is fine without it. Progressive enhancements and guarded uses only.
 */
const accepted: Record<string, string> = {
  // CSS
  'css.properties.accent-color':
    'Chrome < 93: radios, checkboxes and the quiz progress bar in the browser colour, not the theme red',
  'css.properties.text-wrap': 'member card and code numbers wrap greedily instead of in even lines',
  'css.properties.text-wrap.balance': 'as text-wrap',
  'css.at-rules.container': 'each @container block is checked for its fallback on its own',
  'css.properties.container-type':
    'only names a query container; each @container is checked for its fallback',
  'css.properties.container-type.inline-size': 'as container-type',
  'css.selectors.has':
    'highlights the chosen quiz answer or loan choice card; its radio/checkbox shows the choice everywhere',
  'css.types.length.container_query_length_units':
    'the member card number is 6.2 % of the card wide; without cqi it keeps the card text size',
  'css.properties.justify-content.start':
    'Chrome < 93 ignores it in flex containers only, whose default packs to the start anyway',
  'css.properties.align-content.start': 'as justify-content: start (grid containers had it)',
  'css.properties.cursor.pointer': 'iOS has no pointer to shape',
  'css.properties.cursor.not-allowed': 'iOS has no pointer to shape',
  'css.properties.cursor.progress': 'iOS has no pointer to shape',
  'css.properties.resize': 'iOS cannot resize a textarea by hand; it scrolls',
  'css.properties.resize.vertical': 'as resize',
  'css.properties.forced-color-adjust':
    'Safari has no forced colours (high contrast) mode: it keeps author colours anyway',
  'css.properties.forced-color-adjust.none': 'as forced-color-adjust',
  'css.properties.-webkit-tap-highlight-color': 'only WebKit/Blink flash a tapped control',
  'css.properties.font-family.ui-monospace': 'a family list: SFMono-Regular, Menlo … follow',
  // JavaScript
  'api.ElementInternals.states':
    'the inputs set :state(user-invalid) through an optional call in try/catch (internal/states.ts)',
  'api.AbortSignal.any_static': 'ky checks typeof AbortSignal.any and runs without it',
  'api.AbortSignal.timeout_static':
    "the token endpoint's fetch gets it through an optional call (AbortSignal.timeout?.(1e4), internal/client-controller.ts): without it the fetch waits as before; Chrome 103-123's AbortError instead of TimeoutError is a NetworkError all the same",
  'api.AbortSignal.throwIfAborted':
    "ky's retry delay gets a signal only when AbortSignal.any exists (Chrome 116)",
  'api.AbortSignal.reason':
    "the client reads it with a DOMException fallback, ky as throwIfAborted; loan's messages have a .reason",
  'javascript.builtins.Array.at':
    'ky merges two signals with .at(-1) only without AbortSignal.any; the client gives it one',
  'api.Request.keepalive':
    'a hint: Firefox < 133 ignores it, so a call made as the page closes may be cut off there',
  'api.Request.duplex': 'ky tests for request streams (a getter on the init) before it sets it',
  'api.Request.bytes': 'ky offers .bytes() only when typeof Response.prototype.bytes is a function',
  'javascript.builtins.Error.captureStackTrace': "zod checks 'captureStackTrace' in Error",
  'javascript.builtins.Error.stackTraceLimit': 'zod only sets it (a number elsewhere ignored)',
};

// ---------------------------------------------------------------------------------------------
// What ships

function files(dir: string, test: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(full, test));
    else if (test(entry.name)) out.push(full);
  }
  return out;
}
const rel = (f: string) => path.relative(root, f);

/** Browser packages' published JS and the CDN's loader and chunks (lit, ky, zod … inlined). */
const bundles = () => [
  ...['contract', 'client', 'elements', 'react'].flatMap((p) =>
    files(path.join(root, 'packages', p, 'dist'), (f) => f.endsWith('.js')),
  ),
  ...files(path.join(root, 'dist/cdn'), (f) => f.endsWith('.js')),
];

describe('supported browsers (Chrome 90, Safari 16.4, Firefox 128) per MDN', () => {
  const programs = new Map<string, acorn.Node>();
  before(async () => {
    await ensureBuilt(['js', 'cdn'], ['dist/cdn/manifest.json', 'packages/elements/dist/index.js']);
    for (const file of bundles()) {
      try {
        programs.set(file, parse(readFileSync(file, 'utf8')));
      } catch {
        // Reported by the syntax test.
      }
    }
  });

  it('the build minifies CSS for the same browsers', () => {
    const major = (v: number) => `${v >> 16}${v & 0xff00 ? `.${(v >> 8) & 0xff}` : ''}`;
    assert.deepEqual(
      Object.fromEntries(Object.entries(cssTargets).map(([b, v]) => [b, major(v)])),
      {
        chrome: MATRIX.chrome,
        edge: MATRIX.edge,
        safari: MATRIX.safari,
        ios_saf: MATRIX.safari_ios,
        firefox: MATRIX.firefox,
      },
    );
  });

  it('every shipped script parses as ES2020, the libraries included', () => {
    const failures: string[] = [];
    for (const file of bundles()) {
      try {
        parse(readFileSync(file, 'utf8'));
      } catch (error) {
        failures.push(`${rel(file)}: ${(error as Error).message}`);
      }
    }
    assert.ok(bundles().length > 20, 'no build output to check');
    assert.deepEqual(failures, []);
  });

  it('shipped stylesheets use only what the matrix has, or fall back', () => {
    const sheets: [string, string][] = [];
    for (const [file, program] of programs) {
      if (file.includes(`${path.sep}elements${path.sep}dist${path.sep}`)) {
        for (const css of stylesheets(program)) sheets.push([rel(file), css]);
      }
    }
    for (const file of files(path.join(root, 'examples'), (f) => f.endsWith('.css'))) {
      if (!file.includes(`${path.sep}dist${path.sep}`))
        sheets.push([rel(file), readFileSync(file, 'utf8')]);
    }
    assert.ok(sheets.length > 15, `only ${sheets.length} stylesheets found`);
    const findings = sheets.flatMap(([where, css]) => checkCss(css, where));
    const refused = findings.filter((f) => !(f.feature in accepted)).map(show);
    assert.deepEqual([...new Set(refused)], []);
  });

  it('shipped scripts use only built-ins and APIs the matrix has, or guard them', () => {
    const polyfilled = new Set([...programs.values()].flatMap((p) => [...polyfills(p)]));
    const findings = [...programs].flatMap(([file, program]) =>
      checkJs(program, rel(file), polyfilled),
    );
    const refused = new Map<string, Finding>();
    for (const f of findings.filter((f) => !(f.feature in accepted))) {
      const seen = refused.get(f.feature);
      refused.set(f.feature, seen ? { ...seen, where: `${seen.where}, ${f.where}` } : f);
    }
    assert.deepEqual([...refused.values()].map(show), []);
  });

  it('every accepted feature is one the matrix lacks (a stale entry is removed)', () => {
    for (const feature of Object.keys(accepted)) {
      assert.ok(node(feature)?.__compat, `${feature} is not a BCD feature`);
      assert.ok(lacking(feature).length, `${feature} is in every supported browser now`);
    }
  });
});

describe('the checks themselves', () => {
  const cssFeatures = (css: string) => checkCss(css, 'x').map((f) => f.feature);
  const jsFeatures = (code: string) => {
    const program = parse(code);
    return checkJs(program, 'x', polyfills(program)).map((f) => f.feature);
  };

  it('find what Chrome 90 lacks in CSS, and accept guards and fallbacks', () => {
    assert.deepEqual(cssFeatures('a { height: 100dvh }'), [
      'css.types.length.viewport_percentage_units_dynamic',
    ]);
    assert.deepEqual(cssFeatures('a { height: 100vh; height: 100dvh }'), []);
    assert.deepEqual(cssFeatures('a { color: color-mix(in srgb, red, blue) }'), [
      'css.types.color.color-mix',
    ]);
    assert.deepEqual(
      cssFeatures(
        '@supports (color: color-mix(in srgb, red, blue)) { a { color: color-mix(in srgb, red, blue) } }',
      ),
      [],
    );
    assert.deepEqual(cssFeatures('@media (width <= 520px) { a { color: red } }'), [
      'css.at-rules.media.range_syntax',
    ]);
    assert.deepEqual(cssFeatures('.on, .c:has(:checked) { color: red }'), [
      'mixed selector list',
      'css.selectors.has',
    ]);
    const container =
      '.s { container-type: inline-size } @container (max-width: 9em) { .s .l { width: 0 } }';
    assert.ok(cssFeatures(container).includes('@container without a fallback'));
    assert.ok(
      !cssFeatures(
        `${container} @supports not (container-type: inline-size) { .s .l { width: 0 } }`,
      ).includes('@container without a fallback'),
    );
    // A container query that only changes what an unconditional rule sets on the same subject
    // enhances a base the engine without container queries keeps; one that adds a property does not.
    const enhances = '.s .l { width: 0 } @container (width > 9em) { .s li .l { width: auto } }';
    assert.ok(!cssFeatures(enhances).includes('@container without a fallback'));
    assert.ok(
      cssFeatures(
        '.s .l { width: 0 } @container (width > 9em) { .s .l { width: auto; order: 1 } }',
      ).includes('@container without a fallback'),
    );
  });

  it('find what Chrome 90 lacks in JS, and accept polyfills and feature tests', () => {
    assert.deepEqual(jsFeatures('x.at(-1)'), ['javascript.builtins.Array.at']);
    assert.deepEqual(jsFeatures('x.at'), []);
    assert.deepEqual(jsFeatures('structuredClone(x)'), ['api.structuredClone']);
    assert.deepEqual(jsFeatures('const structuredClone = 1; structuredClone(x)'), []);
    assert.deepEqual(jsFeatures('Object.hasOwn(a, b)'), ['javascript.builtins.Object.hasOwn']);
    assert.deepEqual(jsFeatures('Object.hasOwn = Object.hasOwn || f; Object.hasOwn(a, b)'), []);
    assert.deepEqual(jsFeatures('AbortSignal.timeout(5)'), ['api.AbortSignal.timeout_static']);
    assert.deepEqual(jsFeatures("typeof AbortSignal.any == 'function'"), []);
    assert.deepEqual(jsFeatures('crypto.randomUUID()'), ['api.Crypto.randomUUID']);
    assert.deepEqual(jsFeatures('a.findLast(f); b.toSorted()'), [
      'javascript.builtins.Array.findLast',
      'javascript.builtins.Array.toSorted',
    ]);
    assert.deepEqual(jsFeatures('Promise.any(x); new WeakRef(x); s.replaceAll(a, b)'), []);
    assert.throws(() => parse('a ||= b'));
  });
});
