// Checks of shipped CSS and JavaScript against the supported browsers with MDN's
// browser-compat-data (test/browser-support.test.ts): each returns the features the matrix lacks
// that are used outside a guard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CompatData, CompatStatement, SimpleSupportStatement } from '@mdn/browser-compat-data';
import * as acorn from 'acorn';
import postcss, { type AtRule, type ChildNode, type Rule } from 'postcss';

// JSON.parse of the file: an import of 16 MB of JSON through the TypeScript loader takes 20 s.
const bcd = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@mdn/browser-compat-data'), 'utf8'),
) as CompatData;

/** BCD browser → the oldest supported version. */
export const MATRIX: Record<string, string> = {
  chrome: '90',
  chrome_android: '90',
  webview_android: '90',
  edge: '90',
  safari: '16.4',
  safari_ios: '16.4',
  webview_ios: '16.4',
  firefox: '128',
};

// ---------------------------------------------------------------------------------------------
// BCD

type Tree = { __compat?: CompatStatement } & { [key: string]: Tree | CompatStatement | undefined };
const data = bcd as unknown as Tree;

/** The BCD node at `path` (`css.properties.gap`), if any. */
export function node(featurePath: string): Tree | undefined {
  let n: Tree | undefined = data;
  for (const key of featurePath.split('.')) n = n?.[key] as Tree | undefined;
  return n;
}

const parts = (v: string) => v.replace(/^≤/, '').split('.').map(Number);
function atMost(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d < 0;
  }
  return true;
}

/** Whether one statement gives the feature, unprefixed and unflagged, at `version`. */
function gives(s: SimpleSupportStatement, version: string): boolean {
  if (s.flags || s.prefix || s.alternative_name) return false;
  const added = s.version_added;
  if (typeof added !== 'string' || added === 'preview' || !atMost(added, version)) return false;
  const removed = s.version_removed;
  return !(typeof removed === 'string' && atMost(removed, version));
}

/** The matrix browsers lacking the feature at `featurePath`, e.g. `chrome 105`. */
export function lacking(featurePath: string): string[] {
  const compat = node(featurePath)?.__compat;
  if (!compat) return [];
  const out: string[] = [];
  for (const [browser, version] of Object.entries(MATRIX)) {
    const support = compat.support[browser as keyof typeof compat.support];
    if (!support || (!Array.isArray(support) && 'mirror' in support)) continue;
    const statements = [support].flat() as SimpleSupportStatement[];
    if (statements.some((s) => gives(s, version))) continue;
    const first = statements.find((s) => !s.flags && !s.prefix)?.version_added;
    out.push(`${browser} ${typeof first === 'string' ? first : 'never'}`);
  }
  return out;
}

export interface Finding {
  feature: string;
  where: string;
  lacking: string[];
}
export const show = (f: Finding) => `${f.feature} [${f.lacking.join(', ')}] in ${f.where}`;

// ---------------------------------------------------------------------------------------------
// CSS

/** Every css.types feature by its last key (`color-mix`, `clamp` …): where functions live. */
const typeFeatures = new Map<string, string>();
(function index(n: Tree, at: string) {
  for (const [key, child] of Object.entries(n)) {
    if (key === '__compat' || !child) continue;
    if ((child as Tree).__compat && !typeFeatures.has(key)) typeFeatures.set(key, `${at}.${key}`);
    index(child as Tree, `${at}.${key}`);
  }
})(node('css.types')!, 'css.types');

const UNITS: Record<string, string> = {
  dvh: 'viewport_percentage_units_dynamic',
  dvw: 'viewport_percentage_units_dynamic',
  svh: 'viewport_percentage_units_small',
  svw: 'viewport_percentage_units_small',
  lvh: 'viewport_percentage_units_large',
  lvw: 'viewport_percentage_units_large',
  cqi: 'container_query_length_units',
  cqw: 'container_query_length_units',
  cqh: 'container_query_length_units',
  cqb: 'container_query_length_units',
  lh: 'lh',
  rlh: 'rlh',
};

/** Pseudo-classes and -elements of a selector (`has`, `focus-visible` …), nesting as `nesting`. */
function selectorFeatures(selector: string, nested: boolean): string[] {
  const names = [...selector.replace(/"[^"]*"|'[^']*'/g, '').matchAll(/::?([a-z-]+)/g)].map(
    (m) => `css.selectors.${m[1]}`,
  );
  if (nested || selector.includes('&')) names.push('css.selectors.nesting');
  return names.filter((n) => node(n)?.__compat);
}

const insidePositiveSupports = (n: ChildNode) => {
  for (let p = n.parent as ChildNode | undefined; p; p = p.parent as ChildNode | undefined) {
    if (p.type === 'atrule' && p.name === 'supports' && !/^\s*not\b/.test(p.params)) return true;
  }
  return false;
};

/** The subject (last compound selector) of each selector of a rule: `.steps .label` → `.label`. */
const subjects = (rule: Rule) =>
  rule.selectors.map((s) =>
    s
      .replace(/:host(\([^)]*\))?/g, '')
      .trim()
      .split(/[\s>+~]+/)
      .pop()!,
  );

export function checkCss(css: string, where: string): Finding[] {
  const findings: Finding[] = [];
  const add = (feature: string, at: string) => {
    const missing = lacking(feature);
    if (missing.length) findings.push({ feature, where: `${where}: ${at}`, lacking: missing });
  };
  const sheet = postcss.parse(css);
  const fallbackSubjects = new Set<string>();
  sheet.walkAtRules('supports', (a) => {
    if (/^\s*not\s*\(\s*container-type/.test(a.params)) {
      a.walkRules((r) => subjects(r).forEach((s) => fallbackSubjects.add(s)));
    }
  });
  // A property an unconditional rule already sets on the same subject: an engine without
  // container queries keeps that base (a container query that only enhances it, as the loan
  // form's step labels shown where they all fit, needs no @supports fallback of its own).
  const baseDeclarations = new Set<string>();
  sheet.walkRules((r) => {
    if (r.parent?.type === 'atrule') return;
    for (const s of subjects(r)) {
      r.walkDecls((d) => {
        baseDeclarations.add(`${s} ${d.prop}`);
      });
    }
  });
  const onlyOverridesBase = (block: AtRule) => {
    let only = true;
    block.walkRules((r) => {
      for (const s of subjects(r)) {
        r.walkDecls((d) => {
          if (!baseDeclarations.has(`${s} ${d.prop}`)) only = false;
        });
      }
    });
    return only;
  };
  sheet.walk((n) => {
    if (insidePositiveSupports(n)) return;
    if (n.type === 'rule') {
      const nested = n.parent?.type === 'rule';
      const lists = n.selectors.map((s) =>
        selectorFeatures(s, nested).filter((f) => lacking(f).length),
      );
      if (n.selectors.length > 1 && lists.some((l) => l.length) && lists.some((l) => !l.length)) {
        findings.push({
          feature: 'mixed selector list',
          where: `${where}: ${n.selector} (an engine without ${lists.flat()[0]} drops the whole rule)`,
          lacking: lacking(lists.flat()[0]!),
        });
      }
      for (const f of new Set(lists.flat())) add(f, n.selector);
    } else if (n.type === 'atrule') {
      add(`css.at-rules.${n.name}`, `@${n.name} ${n.params}`);
      if (n.name === 'media') {
        for (const m of n.params.matchAll(/\(\s*([a-z-]+)/g))
          add(`css.at-rules.media.${m[1]}`, n.params);
        if (/[<>]=?/.test(n.params)) add('css.at-rules.media.range_syntax', `@media ${n.params}`);
      }
      if (n.name === 'container') {
        const restyled = new Set<string>();
        n.walkRules((r) => subjects(r).forEach((s) => restyled.add(s)));
        if (!onlyOverridesBase(n) && ![...restyled].some((s) => fallbackSubjects.has(s))) {
          findings.push({
            feature: '@container without a fallback',
            where: `${where}: @container ${n.params} (no @supports not (container-type: …) restyles ${[...restyled].join(' ')})`,
            lacking: lacking('css.at-rules.container'),
          });
        }
      }
    } else if (n.type === 'decl') {
      const at = `${(n.parent as Rule).selector ?? ''} { ${n.prop}: ${n.value} }`;
      // An earlier declaration of the same property in the rule is the fallback.
      const siblings = n.parent?.nodes ?? [];
      const fallback = siblings
        .slice(0, siblings.indexOf(n))
        .some((d) => d.type === 'decl' && d.prop === n.prop);
      if (fallback) return;
      const property = `css.properties.${n.prop}`;
      if (!n.prop.startsWith('--')) add(property, at);
      const value = n.value.replace(/"[^"]*"|'[^']*'|url\([^)]*\)/g, '');
      for (const [word] of value.matchAll(/[a-z][a-z-]*/g)) {
        if (!n.prop.startsWith('--') && node(`${property}.${word}`)?.__compat) {
          add(`${property}.${word}`, at);
        }
      }
      if (n.prop !== 'clip') {
        for (const [, fn] of value.matchAll(/([a-z-]+)\(/g)) {
          const feature = typeFeatures.get(fn!);
          if (feature) add(feature, at);
        }
      }
      for (const [, unit] of value.matchAll(
        /\d(dvh|dvw|svh|svw|lvh|lvw|cqi|cqw|cqh|cqb|lh|rlh)\b/g,
      )) {
        add(`css.types.length.${UNITS[unit!]}`, at);
      }
    }
  });
  return findings;
}

// ---------------------------------------------------------------------------------------------
// JavaScript

/** Interfaces whose instance members are looked up by name (what the SDK and its libraries use). */
const INTERFACES = [
  'javascript.builtins.Array',
  'javascript.builtins.String',
  'javascript.builtins.Object',
  'javascript.builtins.Promise',
  'javascript.builtins.Map',
  'javascript.builtins.Set',
  'javascript.builtins.RegExp',
  'api.AbortSignal',
  'api.Element',
  'api.HTMLElement',
  'api.Node',
  'api.Document',
  'api.ShadowRoot',
  'api.ElementInternals',
  'api.Crypto',
  'api.Navigator',
  'api.HTMLDialogElement',
  'api.CSSStyleSheet',
  'api.Request',
  'api.Response',
  'api.Headers',
  'api.URLSearchParams',
];
/** Member name → the features of that name; builtins' methods only count when called. */
const members = new Map<string, { feature: string; builtin: boolean }[]>();
for (const owner of INTERFACES) {
  for (const key of Object.keys(node(owner) ?? {})) {
    if (key === '__compat' || key.includes('_')) continue;
    const list = members.get(key) ?? [];
    list.push({ feature: `${owner}.${key}`, builtin: owner.startsWith('javascript') });
    members.set(key, list);
  }
}

/** A global's feature path (`WeakRef`, `structuredClone`, `requestIdleCallback`), if BCD has it. */
function globalFeature(name: string): string | undefined {
  for (const p of [`javascript.builtins.${name}`, `api.${name}`, `api.Window.${name}`]) {
    if (node(p)?.__compat) return p;
  }
  return undefined;
}
/** A static member's feature path (`Object.hasOwn`, `AbortSignal.timeout`). */
function staticFeature(owner: string, name: string): string | undefined {
  for (const p of [`javascript.builtins.${owner}.${name}`, `api.${owner}.${name}_static`]) {
    if (node(p)?.__compat) return p;
  }
  return undefined;
}

export type AnyNode = acorn.Node & Record<string, unknown>;
export function walk(
  n: unknown,
  visit: (n: AnyNode, parent: AnyNode | undefined, key: string) => void,
) {
  const go = (x: unknown, parent: AnyNode | undefined, key: string) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach((c) => go(c, parent, key));
    const a = x as AnyNode;
    if (typeof a.type !== 'string') return;
    visit(a, parent, key);
    for (const [k, v] of Object.entries(a)) if (k !== 'type') go(v, a, k);
  };
  go(n, undefined, '');
}

/** The static features a program polyfills (`Object.hasOwn ??= …`, lowered to `… = …`). */
export function polyfills(program: acorn.Node): Set<string> {
  const out = new Set<string>();
  walk(program, (n) => {
    const left = n.left as AnyNode | undefined;
    if (n.type === 'AssignmentExpression' && left?.type === 'MemberExpression') {
      const object = left.object as AnyNode;
      const property = left.property as AnyNode;
      if (object.type === 'Identifier' && !left.computed) {
        const f = staticFeature(object.name as string, property.name as string);
        if (f) out.add(f);
      }
    }
  });
  return out;
}

export function checkJs(program: acorn.Node, where: string, polyfilled: Set<string>): Finding[] {
  const found = new Map<string, number>();
  const declared = new Set<string>();
  walk(program, (n, parent, key) => {
    const binding =
      (parent?.type === 'VariableDeclarator' && key === 'id') ||
      (/Function|Class/.test(parent?.type ?? '') && (key === 'id' || key === 'params')) ||
      key === 'local' ||
      (parent?.type === 'CatchClause' && key === 'param');
    if (binding && n.type === 'Identifier') declared.add(n.name as string);
  });
  /** Detection is no use: `typeof x.y`, `'y' in x`. */
  const detection = (parent: AnyNode | undefined) =>
    (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') ||
    (parent?.type === 'BinaryExpression' && parent.operator === 'in');
  const use = (feature: string | undefined) => {
    if (feature && !polyfilled.has(feature) && lacking(feature).length) {
      found.set(feature, (found.get(feature) ?? 0) + 1);
    }
  };
  walk(program, (n, parent, key) => {
    if (detection(parent)) return;
    if (n.type === 'MemberExpression' && !n.computed) {
      const object = n.object as AnyNode;
      const name = (n.property as AnyNode).name as string;
      const owner =
        object.type === 'Identifier'
          ? (object.name as string)
          : object.type === 'MemberExpression' && (object.object as AnyNode).name === 'globalThis'
            ? ((object.property as AnyNode).name as string)
            : undefined;
      const statics =
        owner && !declared.has(owner) && globalFeature(owner)
          ? staticFeature(owner, name)
          : undefined;
      if (statics) return use(statics);
      const called = parent?.type === 'CallExpression' && key === 'callee';
      // Only names every feature of which is new: `.at()` is, `.add()` (Set, DOMTokenList …) not;
      // a built-in's (methods) only when called: `messages.union` is no Set#union.
      const all = members.get(name) ?? [];
      if (all.length && all.every((m) => lacking(m.feature).length)) {
        use(all.find((m) => called || !m.builtin)?.feature);
      }
    } else if (n.type === 'Identifier' && !declared.has(n.name as string)) {
      const asProperty =
        (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
        (parent?.type === 'Property' && key === 'key') ||
        (/^(Method|Property)Definition$/.test(String(parent?.type)) && key === 'key') ||
        key === 'imported' ||
        key === 'exported' ||
        key === 'label';
      if (!asProperty) use(globalFeature(n.name as string));
    }
  });
  return [...found].map(([feature, count]) => ({
    feature,
    where: `${where} (${count}×)`,
    lacking: lacking(feature),
  }));
}

/** Parses as ES2020, the build target: newer syntax throws. */
export const parse = (code: string, ecmaVersion: acorn.ecmaVersion = 2020) =>
  acorn.parse(code, { ecmaVersion, sourceType: 'module' });

/** The stylesheets of a built module: tagged templates that parse as CSS (html`` has tags). */
export function stylesheets(program: acorn.Node): string[] {
  const out: string[] = [];
  walk(program, (n) => {
    if (n.type !== 'TaggedTemplateExpression') return;
    const quasi = n.quasi as AnyNode;
    const strings = (quasi.quasis as AnyNode[]).map((q) => (q.value as { raw: string }).raw);
    const text = strings.reduce(
      (css, s) => css + (/[{;]\s*$/.test(css) ? '--jg-slot:0;' : '0') + s,
    );
    if (/<[a-z!/]/i.test(text) || !text.includes('{')) return;
    try {
      postcss.parse(text);
      out.push(text);
    } catch {
      // Not CSS.
    }
  });
  return out;
}
