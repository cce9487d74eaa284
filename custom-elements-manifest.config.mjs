// @custom-elements-manifest/analyzer: packages/elements/custom-elements.json, for IDEs, Storybook-
// like tools and our docs. Run by `npm run build` (step `manifest`) or `npm run analyze`.
//
// internal/ is analysed but left out of the output: the base classes there (JgElement,
// JgDataElement, JgFormControl's bases) carry the inherited attributes every element documents
// (`theme`, `locale`, `api-base` …), and the analyzer only copies inherited members from classes
// it has seen. Module paths are rewritten from `src/…ts` to the published `dist/…js`.
import path from 'node:path';

const PACKAGE_DIR = 'packages/elements/';

/**
 * A module reference as the published package names it (`dist/…/x.js`, from the package root).
 * The analyzer writes superclass and inherited-member references as `/packages/elements/src/…`
 * and re-exports as the import specifier (`./x.js`, `../internal/events.js`), relative to the
 * module `from` (the repo path of the module the reference is in).
 */
const toDist = (p, from) => {
  if (typeof p !== 'string') return p;
  let file = p.replace(/^\//, '');
  if (from && /^\.\.?\//.test(file)) file = path.posix.join(path.posix.dirname(from), file);
  return file.startsWith(`${PACKAGE_DIR}src/`)
    ? file
        .slice(PACKAGE_DIR.length)
        .replace(/^src\//, 'dist/')
        .replace(/\.ts$/, '.js')
    : p;
};

/** Rewrites every `module`/`path` reference in the manifest (declarations, exports, superclasses). */
function rewritePaths(node, from) {
  if (Array.isArray(node)) {
    node.forEach((item) => rewritePaths(item, from));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string')
      node[key] = toDist(value, from);
    else rewritePaths(value, from);
  }
}

/** `class name` → names its `static properties` declare with `state: true` (Lit's internal state). */
const stateFields = new Map();

/**
 * Lit's internal reactive state (`static properties = { x: { state: true } }`) is no API: Lit never
 * maps it to an attribute, but the analyzer reads every `static properties` entry without
 * `attribute: false` as one. Writing `attribute: false` beside `state: true` costs bytes in the
 * shipped code, so the manifest leaves these fields out here instead.
 * @type {import('@custom-elements-manifest/analyzer').Plugin}
 */
const litState = {
  name: 'jiagong-lit-state',
  analyzePhase({ ts, node }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const names = new Set();
    for (const member of node.members) {
      const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      const init = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
      if (!isStatic || member.name?.getText() !== 'properties') continue;
      if (!init || !ts.isObjectLiteralExpression(init)) continue;
      for (const entry of init.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) {
          continue;
        }
        const isState = entry.initializer.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) &&
            option.name.getText() === 'state' &&
            option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) names.add(entry.name.getText().replace(/^['"]|['"]$/g, ''));
      }
    }
    if (names.size) stateFields.set(node.name.text, names);
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const m of customElementsManifest.modules) {
      for (const d of m.declarations ?? []) {
        const names = stateFields.get(d.name);
        if (!names) continue;
        d.attributes = d.attributes?.filter((a) => !names.has(a.fieldName ?? a.name));
        d.members = d.members?.filter((member) => !names.has(member.name));
      }
    }
  },
};

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publishedShape = {
  name: 'jiagong-published-shape',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules = customElementsManifest.modules.filter(
      (m) => !m.path.includes('/internal/') && !m.path.includes('/cdn/'),
    );
    for (const m of customElementsManifest.modules) {
      // Private and protected members are implementation details, not API.
      for (const d of m.declarations ?? []) {
        if (Array.isArray(d.members)) {
          d.members = d.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    }
    for (const m of customElementsManifest.modules) rewritePaths(m, m.path);
  },
};

export default {
  globs: [`${PACKAGE_DIR}src/**/*.ts`],
  exclude: [`${PACKAGE_DIR}src/**/*.test.ts`],
  outdir: PACKAGE_DIR,
  litelement: true,
  packagejson: false,
  plugins: [litState, publishedShape],
};
