// Writes the reference of every element into its page in docs/elements/: between
// `<!-- api:jg-member-card -->` and `<!-- /api -->`, a table of its attributes and properties
// (type, default), methods, events (`detail` shape, cancelable), slots, CSS parts and its own
// CSS custom properties, from custom-elements.json (the JSDoc of each element, through
// @custom-elements-manifest/analyzer) and the element registry (entry, React wrapper). Event
// details and cancelability come from the code itself (the `HTMLElementEventMap` declarations
// and the `cancelable: true` dispatches), which the JSDoc cannot type. The hand-written prose,
// examples and guidance around the markers stay as they are. A test fails when a page is stale
// or when a registered element has no marker in any page.
//
//   node --conditions=source --import tsx scripts/gen-element-docs.ts          write
//   node --conditions=source --import tsx scripts/gen-element-docs.ts --check  exit 1 when stale
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';
import { elementsDir, presentElements, root, type PresentElement } from './lib/families.js';
import { eventPropName } from '@jiagong/elements/registry';
import { lightTokens } from '../packages/elements/src/internal/theme.js';

export const pagesDir = path.join(root, 'docs/elements');
export const manifestFile = path.join(elementsDir, 'custom-elements.json');

/** The parts of the custom-elements-manifest schema the reference shows. */
interface Typed {
  text: string;
}
interface Member {
  kind: 'field' | 'method';
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  type?: Typed;
  default?: string;
  description?: string;
  attribute?: string;
  reflects?: boolean;
  parameters?: { name: string; type?: Typed; optional?: boolean; default?: string }[];
  return?: { type?: Typed };
}
interface Named {
  name: string;
  description?: string;
  type?: Typed;
  default?: string;
  fieldName?: string;
  inheritedFrom?: { name: string };
}
export interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Named[];
  members?: Member[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
export interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

/** What the code says about the elements that custom-elements.json cannot. */
export interface CodeFacts {
  events: Map<string, EventFacts>;
  /**
   * `JgPointsMall` → `jg-navigate` → `{ view: MallView; productId?: string }`: the detail of an
   * event as the element's own `addEventListener` types it (its `…EventMap`), where
   * `HTMLElementEventMap` has every element's (`jg-navigate`: the mall's and 劳模风采's union).
   */
  ownDetails?: Map<string, Map<string, string | null>>;
  /**
   * `JgPointsMall` → `view` → `'grid' | 'product' | 'orders' | 'points'`: the values of the
   * fields typed by a named union of literals (`MallView`), which the manifest shows by name only.
   */
  literalTypes: Map<string, Map<string, string>>;
}

/** What the code says about an event. */
export interface EventFacts {
  /** The `detail` shape, or null for a plain `Event`. */
  detail: string | null;
  cancelable: boolean;
}

/** DOM events the form controls fire as native inputs do: never a detail; `invalid` cancelable. */
const nativeEvents: Record<string, EventFacts> = {
  input: { detail: null, cancelable: false },
  change: { detail: null, cancelable: false },
  invalid: { detail: null, cancelable: true },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(file);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [file] : [];
  });
}

/**
 * Every `jg-…` event's detail, read from the `HTMLElementEventMap` entries the elements declare
 * (one level expanded: `{ view: MallView; productId?: string }`), and whether any dispatch of
 * it passes `cancelable: true`.
 */
export function readCodeFacts(): CodeFacts {
  const files = sourceFiles(path.join(elementsDir, 'src'));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['source'],
    strict: true,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    skipLibCheck: true,
    noEmit: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  });
  const checker = program.getTypeChecker();
  const facts = new Map<string, EventFacts>(Object.entries(nativeEvents));
  const cancelable = new Set<string>();
  const flags =
    ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

  const detailOf = (node: ts.TypeNode): string | null => {
    const type = checker.getTypeAtLocation(node);
    const [detail] = checker.getTypeArguments(type as ts.TypeReference);
    if (!detail) return null;
    const props = checker.getPropertiesOfType(detail);
    if (!props.length || detail.isUnion()) return checker.typeToString(detail, undefined, flags);
    const fields = props.map((p) => {
      const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
      const t = checker.getTypeOfSymbolAtLocation(p, node);
      const shown = optional ? checker.getNonNullableType(t) : t;
      return `${p.name}${optional}: ${checker.typeToString(shown, undefined, flags)}`;
    });
    return `{ ${fields.join('; ')} }`;
  };

  /** `JgMallEventMap` → its events' details. */
  const eventMaps = new Map<string, Map<string, string | null>>();
  /** `JgPointsMall` → `JgMallEventMap`, the map its `addEventListener` takes (JgElement's `EventMap`). */
  const mapOfClass = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isInterfaceDeclaration(node) &&
      node.name.text.endsWith('EventMap') &&
      node.name.text !== 'HTMLElementEventMap'
    ) {
      const details = new Map<string, string | null>();
      for (const m of node.members) {
        if (ts.isPropertySignature(m) && m.type && ts.isStringLiteral(m.name)) {
          details.set(m.name.text, detailOf(m.type));
        }
      }
      eventMaps.set(node.name.text, details);
    }
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
      for (const m of node.members) {
        if (ts.isPropertySignature(m) && m.type && ts.isStringLiteral(m.name)) {
          facts.set(m.name.text, {
            detail: detailOf(m.type),
            cancelable: facts.get(m.name.text)?.cancelable ?? false,
          });
        }
      }
    }
    // this.emit('jg-x', detail, { cancelable: true }), dispatch(el, 'jg-x', …), new CustomEvent(…)
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const args = node.arguments ?? [];
      const name = args.find((a) => ts.isStringLiteral(a) && a.text.startsWith('jg-'));
      const isCancelable = args.some(
        (a) =>
          ts.isObjectLiteralExpression(a) &&
          a.properties.some(
            (p) =>
              ts.isPropertyAssignment(p) &&
              p.name.getText() === 'cancelable' &&
              p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          ),
      );
      if (name && isCancelable) cancelable.add((name as ts.StringLiteral).text);
    }
    ts.forEachChild(node, visit);
  };
  const classNames = new Set(presentElements().map((e) => e.className as string));
  const literalTypes = new Map<string, Map<string, string>>();
  /** The type alias a property is declared with (`step: LoanStep`, `theme?: Theme`). */
  const declaredAlias = (p: ts.Symbol): ts.Declaration | undefined => {
    const decl = p.declarations?.[0];
    const node =
      decl &&
      (ts.isPropertyDeclaration(decl) ||
        ts.isGetAccessorDeclaration(decl) ||
        ts.isPropertySignature(decl))
        ? decl.type
        : undefined;
    const ref = (node && ts.isUnionTypeNode(node) ? node.types : [node]).find(
      (n): n is ts.TypeReferenceNode => !!n && ts.isTypeReferenceNode(n),
    );
    let symbol = ref && checker.getSymbolAtLocation(ref.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.find(ts.isTypeAliasDeclaration);
  };
  const literalsOf = (node: ts.ClassDeclaration): void => {
    const fields = new Map<string, string>();
    const instance = checker.getTypeAtLocation(node);
    // `extends JgDataElement<JgMallEventMap>`, on the class or a base: JgElement's `EventMap`,
    // which its addEventListener takes (`HTMLElementEventMap` when no class passes one).
    const eventMap = (type: ts.Type): string | undefined => {
      const [base] = checker.getBaseTypes(type as ts.InterfaceType);
      const isClass = ts.ObjectFlags.ClassOrInterface | ts.ObjectFlags.Reference;
      // A class's base class; a mixin's (`FormAssociated(JgElement)`) passes no map.
      if (!base || !((base as ts.ObjectType).objectFlags & isClass)) return undefined;
      const target = (base as ts.TypeReference).target ?? base;
      const index = (target as ts.InterfaceType).typeParameters?.findIndex(
        (p) => p.symbol.name === 'EventMap',
      );
      // A class of our own between that passes none on (MallElement, MallList<T>): its base's.
      if (index === undefined || index < 0) return eventMap(target);
      const name = checker.getTypeArguments(base as ts.TypeReference)[index]?.symbol?.name;
      return name === 'HTMLElementEventMap' ? undefined : name;
    };
    const map = eventMap(instance);
    if (map) mapOfClass.set(node.name!.text, map);
    for (const p of checker.getPropertiesOfType(instance)) {
      const type = checker.getTypeOfSymbolAtLocation(p, node);
      const parts = type.isUnion() ? type.types : [type];
      const literal = parts.every(
        (t) => t.isLiteral() || (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0,
      );
      if (literal && parts.some((t) => t.isLiteral())) {
        // The alias's own order (`'grid' | 'product' …`) when there is one, else sorted: the
        // checker's order of union members depends on what it met first.
        const alias =
          declaredAlias(p) ?? checker.getNonNullableType(type).aliasSymbol?.declarations?.[0];
        const aliased = alias && ts.isTypeAliasDeclaration(alias) ? alias.type : undefined;
        // `(typeof STEPS)[number]`: the tuple's order.
        const tuple =
          aliased && ts.isIndexedAccessTypeNode(aliased)
            ? checker.getTypeAtLocation(aliased.objectType)
            : undefined;
        const values =
          aliased && ts.isUnionTypeNode(aliased)
            ? aliased.types.map((n) => n.getText().replace(/"/g, "'"))
            : tuple && checker.isTupleType(tuple)
              ? checker
                  .getTypeArguments(tuple as ts.TypeReference)
                  .map((t) => checker.typeToString(t, undefined, flags))
              : parts
                  .filter((t) => t.isLiteral())
                  .map((t) => checker.typeToString(t, undefined, flags))
                  .sort();
        // Literals declared beside the alias (`ProductSort | ''`).
        const rest = parts
          .filter((t) => t.isLiteral())
          .map((t) => checker.typeToString(t, undefined, flags))
          .filter((v) => !values.includes(v));
        values.push(...rest);
        const empty = parts.filter((t) => !t.isLiteral()).map((t) => checker.typeToString(t));
        fields.set(p.name, [...values, ...empty].join(' | '));
      }
    }
    literalTypes.set(node.name!.text, fields);
  };
  const findClasses = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name && classNames.has(node.name.text)) {
      literalsOf(node);
    }
    ts.forEachChild(node, findClasses);
  };
  for (const file of files) {
    visit(program.getSourceFile(file)!);
    findClasses(program.getSourceFile(file)!);
  }
  for (const name of cancelable) {
    facts.set(name, { detail: facts.get(name)?.detail ?? null, cancelable: true });
  }
  const ownDetails = new Map<string, Map<string, string | null>>();
  for (const [className, map] of mapOfClass) {
    const details = eventMaps.get(map);
    if (details) ownDetails.set(className, details);
  }
  return { events: facts, literalTypes, ownDetails };
}

/** Custom element declarations by tag. */
export function declarationsByTag(manifest: Manifest): Map<string, Declaration> {
  const byTag = new Map<string, Declaration>();
  for (const m of manifest.modules) {
    for (const d of m.declarations ?? []) {
      if (d.customElement && d.tagName) byTag.set(d.tagName, d);
    }
  }
  return byTag;
}

/** One line of a table cell: JSDoc line breaks joined, pipes escaped. */
const cell = (text: string | undefined): string =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';
const code = (text: string | undefined): string =>
  text ? `\`${text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')}\`` : '—';

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/** Families with an English entry (`@jiagong/elements/<family>/en`), the opt-in for `locale="en"`. */
const englishEntries = new Set(
  Object.keys(
    (
      JSON.parse(readFileSync(path.join(elementsDir, 'package.json'), 'utf8')) as {
        exports: Record<string, unknown>;
      }
    ).exports,
  )
    .filter((k) => k.endsWith('/en'))
    .map((k) => k.slice(2, -3)),
);

const sharedTokens = new Set(lightTokens.split(';').map((d) => d.slice(0, d.indexOf(':')).trim()));

/** The reference of one element, as markdown (before prettier). */
export function renderReference(
  element: PresentElement,
  declaration: Declaration,
  { events, literalTypes, ownDetails }: CodeFacts,
): string {
  const literals = literalTypes.get(element.className);
  /** The manifest's type text, with a named union of literals spelt out (`Theme` → its values). */
  const typeOf = (field: string | undefined, text: string | undefined): string | undefined =>
    (field && /\b[A-Z]/.test(text ?? '') && literals?.get(field)) || text;
  const out: string[] = [];
  const also = (element.alsoIn ?? []).filter((f) => f !== element.entry);
  out.push(
    `**Import** \`@jiagong/elements/${element.entry}\`` +
      (also.length ? ` (also ${also.map((f) => `\`@jiagong/elements/${f}\``).join(', ')})` : '') +
      ` · **React** \`${element.className}\` from \`@jiagong/react/${element.entry}\`` +
      ` · **English** ` +
      (englishEntries.has(element.entry)
        ? `\`@jiagong/elements/${element.entry}/en\` (or every family's: \`@jiagong/elements/locales/en\`)`
        : 'no texts of its own'),
    '',
  );
  // The class's JSDoc: what it shows, its states and keyboard use, in the author's words.
  const description = (declaration.description ?? declaration.summary ?? '').trim();
  if (description) out.push(description, '');
  const parts = new Set((declaration.cssParts ?? []).map((p) => p.name));
  const states = [
    parts.has('skeleton') && 'loading: a placeholder (`skeleton`)',
    parts.has('empty') && 'nothing to show: `empty`',
    parts.has('error') &&
      'failed: a message (`error`)' +
        (parts.has('retry-button') ? ' with a retry button (`retry-button`)' : '') +
        ((declaration.events ?? []).some((e) => e.name === 'jg-error')
          ? ', and `jg-error` fires'
          : ''),
  ].filter(Boolean);
  if (states.length) out.push(`**States** ${states.join('; ')}.`, '');

  const fields = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected',
  );
  const attributes = declaration.attributes ?? [];
  if (attributes.length) {
    out.push('**Attributes**', '');
    out.push(
      ...table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((a) => {
          const field = fields.find((f) => f.name === a.fieldName);
          return [
            code(a.name),
            code(a.fieldName),
            code(typeOf(a.fieldName, a.type?.text ?? field?.type?.text)),
            code(a.default ?? field?.default),
            cell(a.description ?? field?.description) + (field?.reflects ? ' Reflected.' : ''),
          ];
        }),
      ),
    );
  }
  const properties = fields.filter((f) => !f.attribute);
  if (properties.length) {
    out.push('**Properties** (JavaScript only)', '');
    out.push(
      ...table(
        ['Property', 'Type', 'Description'],
        properties.map((p) => [
          code(p.name) + (p.readonly ? ' (read-only)' : ''),
          code(typeOf(p.name, p.type?.text)),
          cell(p.description),
        ]),
      ),
    );
  }
  const methods = (declaration.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected',
  );
  if (methods.length) {
    out.push('**Methods**', '');
    out.push(
      ...table(
        ['Method', 'Returns', 'Description'],
        methods.map((m) => [
          code(
            `${m.name}(${(m.parameters ?? [])
              .map(
                (p) =>
                  `${p.name}${p.optional ? '?' : ''}` +
                  (p.type ? `: ${p.type.text}` : '') +
                  (p.default ? ` = ${p.default}` : ''),
              )
              .join(', ')})`,
          ),
          code(m.return?.type?.text ?? 'void'),
          cell(m.description),
        ]),
      ),
    );
  }
  const declared = declaration.events ?? [];
  if (declared.length) {
    const jg = declared.some((e) => e.name.startsWith('jg-'));
    out.push(`**Events**${jg ? ' (the `jg-…` ones bubble and cross shadow roots)' : ''}`, '');
    out.push(
      ...table(
        ['Event', 'React prop', '`detail`', 'Cancelable', 'Description'],
        declared.map((e) => {
          const facts = events.get(e.name);
          const own = ownDetails?.get(element.className);
          const detail = own?.has(e.name) ? own.get(e.name) : facts?.detail;
          return [
            code(e.name),
            code(eventPropName(e.name)),
            detail ? code(detail) : '— (`Event`)',
            facts?.cancelable ? 'yes' : 'no',
            cell(e.description),
          ];
        }),
      ),
    );
  }
  if (declaration.slots?.length) {
    out.push('**Slots**', '');
    out.push(
      ...table(
        ['Slot', 'Description'],
        declaration.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    );
  }
  if (declaration.cssParts?.length) {
    out.push('**CSS parts** (style with `::part(…)`)', '');
    out.push(
      ...table(
        ['Part', 'Description'],
        declaration.cssParts.map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  const own = (declaration.cssProperties ?? []).filter((p) => !sharedTokens.has(p.name));
  if (own.length) {
    out.push('**CSS custom properties** of its own', '');
    out.push(
      ...table(
        ['Property', 'Description'],
        own.map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  const shared = (declaration.cssProperties ?? []).filter((p) => sharedTokens.has(p.name));
  out.push(
    `${shared.length === sharedTokens.size ? 'All' : `${shared.length} of the`} ${sharedTokens.size} ` +
      'shared design tokens (`--jg-color-primary`, `--jg-radius-md` …) apply to it too: set them ' +
      'on it, on `<jg-provider>` or on any ancestor ([theming](../theming.md)).',
    '',
  );
  return out.join('\n');
}

const markers = /<!-- api:(jg-[a-z0-9-]+) -->\n[\s\S]*?<!-- \/api -->/g;

/** The tags a page has markers for. */
export const markedTags = (text: string): string[] => [...text.matchAll(markers)].map((m) => m[1]!);

/**
 * Every page of docs/elements with its reference blocks regenerated from `manifest`. Throws
 * when a registered element has no marker, a marker names no element, or a tag is marked twice.
 */
export async function generatePages(
  manifest: Manifest,
  facts = readCodeFacts(),
): Promise<Map<string, { current: string; generated: string }>> {
  const byTag = declarationsByTag(manifest);
  const elements = new Map(presentElements().map((e) => [e.tag as string, e]));
  const pages = new Map<string, { current: string; generated: string }>();
  const seen = new Set<string>();
  const prettier = {
    ...(await resolveConfig(path.join(pagesDir, 'x.md'))),
    parser: 'markdown' as const,
  };
  for (const name of readdirSync(pagesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const file = path.join(pagesDir, name);
    const current = readFileSync(file, 'utf8');
    let generated = current;
    for (const tag of markedTags(current)) {
      const element = elements.get(tag);
      const declaration = byTag.get(tag);
      if (!element || !declaration) {
        throw new Error(`docs/elements/${name}: <${tag}> is not a registered element`);
      }
      if (seen.has(tag)) throw new Error(`docs/elements/${name}: <${tag}> is documented twice`);
      seen.add(tag);
      const body = (await format(renderReference(element, declaration, facts), prettier)).trim();
      generated = generated.replace(
        new RegExp(`<!-- api:${tag} -->\\n[\\s\\S]*?<!-- /api -->`),
        () => `<!-- api:${tag} -->\n\n${body}\n\n<!-- /api -->`,
      );
    }
    pages.set(file, { current, generated });
  }
  const missing = [...elements.keys()].filter((tag) => !seen.has(tag));
  if (missing.length) {
    throw new Error(
      `No page in docs/elements has a reference block (<!-- api:${missing[0]} --> … <!-- /api -->) ` +
        `for: ${missing.join(', ')}`,
    );
  }
  return pages;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const pages = await generatePages(manifest);
  const stale = [...pages].filter(([, p]) => p.current !== p.generated).map(([f]) => f);
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`Stale element reference in ${stale.map((f) => path.relative(root, f))}`);
      process.exitCode = 1;
    }
  } else {
    for (const file of stale) writeFileSync(file, pages.get(file)!.generated);
    console.log(`docs/elements: ${stale.length} of ${pages.size} page(s) updated`);
  }
}
