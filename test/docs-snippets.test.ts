// What a partner copies from our docs must work as written: every TypeScript/JavaScript block of
// README.md, docs/ and the package READMEs type-checks against the packages (strict, as a partner
// project would compile it), their HTML and the examples' pages use only the elements' tags and
// attributes, the commands name packages npx can find, the package manifests
// resolve for every TypeScript setting a partner back end uses, the loader's size is what
// the elements README says, and what the docs say a failing token endpoint shows is what the
// elements show (in Chromium).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import ts from 'typescript';
import { presentFamilies, root } from '../scripts/lib/families.js';
import { startSandbox } from '../scripts/lib/sandbox.mjs';
import { PUBLISHED_PACKAGES } from './support/packages.js';
import { ensureBuilt } from './support/build.js';
import { launchBrowser } from './support/browser.js';
import { bundleSize } from '../scripts/lib/bundle-size.js';

function markdownFiles(): string[] {
  const inDir = (dir: string) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `${dir}/${f}`);
  return [
    'README.md',
    ...inDir('docs'),
    ...inDir('docs/elements'),
    ...PUBLISHED_PACKAGES.map((p) => `packages/${p}/README.md`).filter((f) =>
      existsSync(path.join(root, f)),
    ),
  ];
}

interface Block {
  file: string;
  line: number;
  lang: string;
  code: string;
}

function codeBlocks(langs: string[]): Block[] {
  const blocks: Block[] = [];
  for (const file of markdownFiles()) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(/^```([a-z]*)\n([\s\S]*?)^```/gm)) {
      if (!langs.includes(match[1]!)) continue;
      const line = text.slice(0, match.index).split('\n').length + 1;
      blocks.push({ file, line, lang: match[1]!, code: match[2]! });
    }
  }
  return blocks;
}

/** `{ …, retry: 0 }`: an ellipsis outside strings and comments marks an excerpt, not a program. */
const isExcerpt = (code: string) =>
  code
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '')
    .includes('…');

/**
 * A block on the types openapi-typescript generates from openapi.json (docs/http-api.md): the
 * contract's openapi-typescript test checks it against that very output.
 */
const usesGeneratedApiTypes = (code: string) => code.includes("from './jiagong-api.js'");

/**
 * The names the docs use for the partner's own things (a router, an Express app, the element
 * on the page …), typed as loosely as a partner's would be. Our packages' names are never here.
 */
const PRELUDE = `import type {} from '@jiagong/elements';
import type { JiagongClient } from '@jiagong/client';

declare global {
  // Express's, by other names: the DOM's Request and Response must stay as they are.
  interface DocsRequest {
    user: { jiagongMemberId: string; memberId: string };
  }
  interface DocsResponse {
    set(name: string, value: string): DocsResponse;
    status(code: number): DocsResponse;
    json(body: unknown): void;
  }
  type DocsHandler = (req: DocsRequest, res: DocsResponse, next?: () => void) => unknown;
  const app: { post(path: string, ...handlers: DocsHandler[]): void };
  const requireLogin: DocsHandler;
  const router: { push(url: string): void };
  const route: {
    params: { productId?: string; view?: HTMLElementTagNameMap['jg-points-mall']['view'] };
  };
  const navigate: (to: string) => void;
  const currentMemberId: () => Promise<string>;
  const render: (data: unknown) => void;
  const showTopUpHint: () => void;
  const environment: { jiagongApiBase: string };
  const API_BASE: string;
  const PK: string;
  const baseUrl: string;
  const publishableKey: string;
  const q: string;
  const getSessionToken: () => Promise<{ token: string; expiresAt: string }>;
  const client: JiagongClient;
  const mall: HTMLElementTagNameMap['jg-points-mall'];
  const menu: HTMLElementTagNameMap['jg-service-menu'];
  const workers: HTMLElementTagNameMap['jg-model-workers'];
  interface Window {
    BankBridge: { call(method: string): Promise<{ token: string; expiresAt: string }> };
  }
}

export {};
`;

/** Third-party packages the framework pages import; a partner has them installed. */
const THIRD_PARTY = `declare module '@vitejs/plugin-vue' {
  const vue: (options?: {
    template?: { compilerOptions?: { isCustomElement?: (tag: string) => boolean } };
  }) => unknown;
  export default vue;
}
declare module 'vue' {
  export interface HTMLAttributes {
    id?: string;
    class?: unknown;
  }
  export type EmitFn<E> = (event: keyof E, ...args: unknown[]) => void;
  export interface GlobalComponents {}
}
declare module 'next/navigation' {
  export function useRouter(): { push(href: string): void };
}
declare module '@angular/core' {
  export const CUSTOM_ELEMENTS_SCHEMA: unknown;
  export function Component(options: object): ClassDecorator;
}
`;

describe('the docs, as a partner copies them', { timeout: 240_000 }, () => {
  it('every TypeScript and JavaScript block type-checks against the packages', () => {
    const blocks = codeBlocks(['ts', 'tsx', 'js']).filter(
      (b) => !isExcerpt(b.code) && !usesGeneratedApiTypes(b.code),
    );
    assert.ok(blocks.length >= 20, `only ${blocks.length} blocks found`);
    // Inside the repo so that `@jiagong/*` resolve to the workspace packages (their sources,
    // through the `source` condition: the docs are checked without a build).
    const dir = path.join(root, 'node_modules/.cache/jg-docs-snippets');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    const where = new Map<string, Block>();
    for (const block of blocks) {
      const name = `src/${block.file.replace(/[/.]/g, '_')}_${block.line}.${block.lang === 'tsx' ? 'tsx' : 'ts'}`;
      where.set(name, block);
      // Each block is a module of its own (top-level await, its own `const client`).
      writeFileSync(path.join(dir, name), `${block.code}\nexport {};\n`);
    }
    writeFileSync(path.join(dir, 'src/prelude.d.ts'), PRELUDE);
    writeFileSync(path.join(dir, 'src/third-party.d.ts'), THIRD_PARTY);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: path.join(root, 'tsconfig.base.json'),
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          noEmit: true,
          // A partner's strict project, not our own extra strictness.
          noUncheckedIndexedAccess: false,
          types: ['node'],
          typeRoots: [path.join(root, 'node_modules/@types')],
        },
        include: ['src'],
      }),
    );
    let output = '';
    try {
      execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', dir, '--pretty', 'false'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? String(error);
    }
    // Errors in the snippets, pointed back at the Markdown line.
    const problems = output
      .split('\n')
      .map((line) => /^(src\/[^(]+)\((\d+),\d+\): (error .*)$/.exec(line))
      .filter((m): m is RegExpExecArray => !!m && where.has(m[1]!))
      .map((m) => {
        const block = where.get(m[1]!)!;
        return `${block.file}:${block.line + Number(m[2]) - 1}: ${m[3]}`;
      });
    assert.deepEqual(problems, [], `docs code that does not compile:\n${problems.join('\n')}`);
    // Errors inside the packages' sources are the typecheck step's to report; anything else
    // (a bad option, a crash) means the snippets were not checked at all.
    const unchecked = output
      .split('\n')
      .filter(
        (line) => line.trim() && !line.startsWith(' ') && !/^\.\.\/.*\(\d+,\d+\): error/.test(line),
      )
      .filter((line) => !where.has(/^(src\/[^(]+)\(/.exec(line)?.[1] ?? ''));
    assert.deepEqual(unchecked, [], `tsc did not check the snippets:\n${output}`);
  });

  it('Vue templates bind what their element has: an attribute, a property or an event', async () => {
    // Vue sets a property when `name in element` for the name as written, else an attribute:
    // `:get-session-token.prop="fn"` set a property the provider never reads (the member saw
    // "无法获取会员登录状态"). Checked against the element classes themselves.
    const classes = (await import('@jiagong/elements')) as unknown as Record<
      string,
      { prototype: object; observedAttributes: string[]; elementProperties: Map<string, unknown> }
    >;
    const { elements } = await import('@jiagong/elements/registry');
    const GLOBAL = /^(id|class|style|lang|dir|hidden|slot|title|role|key|ref|aria-.+|data-.+)$/;
    const wrong: string[] = [];
    let bindings = 0;
    for (const block of codeBlocks(['vue'])) {
      const template = block.code.slice(block.code.indexOf('<template>'));
      for (const tag of template.matchAll(/<(jg-[\w-]+)((?:\s+[^\s>=]+(?:="[^"]*")?)*)\s*\/?>/g)) {
        const info = elements.find((e) => e.tag === tag[1]);
        const cls = info && classes[info.className];
        if (!info || !cls) {
          wrong.push(`${block.file}: <${tag[1]}> is no element`);
          continue;
        }
        const attributes = new Set(cls.observedAttributes);
        const isProperty = (name: string) =>
          name in cls.prototype || cls.elementProperties.has(name);
        for (const attr of tag[2]!.matchAll(
          /\s(@|:|\.|v-bind:|v-on:)?([\w-]+)((?:\.\w+)*)(?=[=\s]|$)/g,
        )) {
          const [, prefix = '', raw, modifiers = ''] = attr;
          const name = modifiers.includes('.camel')
            ? raw!.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
            : raw!;
          bindings++;
          const ok =
            prefix === '@' || prefix === 'v-on:'
              ? (info.events as readonly string[]).includes(name)
              : prefix === '.' || modifiers.includes('.prop')
                ? isProperty(name)
                : raw === 'v-model' ||
                  GLOBAL.test(name) ||
                  attributes.has(name) ||
                  (prefix !== '' && isProperty(name));
          if (!ok) wrong.push(`${block.file}: <${tag[1]} ${attr[0].trim()}>`);
        }
      }
    }
    assert.ok(bindings >= 5, `only ${bindings} bindings found`);
    assert.deepEqual(wrong, []);
  });

  it('npx commands name a package npx can find, not only a bin of one', () => {
    // `npx jiagong-sandbox` outside a project that installed @jiagong/sandbox asks the registry
    // for an unscoped package "jiagong-sandbox": not ours, and anyone may publish it.
    const bins = new Map<string, string>();
    for (const p of PUBLISHED_PACKAGES) {
      const pkg = JSON.parse(readFileSync(path.join(root, 'packages', p, 'package.json'), 'utf8'));
      for (const name of Object.keys((pkg as { bin?: object }).bin ?? {})) bins.set(name, pkg.name);
    }
    const wrong: string[] = [];
    for (const file of markdownFiles()) {
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          for (const m of text.matchAll(/\bnpx\s+(?:--?[\w-]+\s+)*([@\w][\w./@-]*)/g)) {
            if (bins.has(m[1]!))
              wrong.push(`${file}:${i + 1}: npx ${m[1]} (use ${bins.get(m[1]!)})`);
          }
        });
    }
    assert.deepEqual(wrong, []);
  });

  it("the docs' jg-benefit-select handlers route each benefit, not a whole group, to a page", () => {
    // The quick start sent every financial benefit (fee waivers and deposits too) to the loan
    // form, as the bank app did before c3c0d0c: a partner copying it opened the loan form for a
    // member who tapped 专属存款. A handler that keeps a benefit in the app names it by its id.
    const handlers = codeBlocks(['ts', 'tsx', 'js', 'html']).filter(
      (b) => b.code.includes('jg-benefit-select') && b.code.includes('preventDefault'),
    );
    assert.ok(handlers.length >= 2, 'the docs show no jg-benefit-select handler?');
    const wrong = handlers
      .filter((b) => !/benefit\.id\b/.test(b.code))
      .map((b) => `${b.file}:${b.line}`);
    assert.deepEqual(wrong, []);
  });

  it("the docs' Express token endpoints answer a 5xx when Jiagong refuses the back end", () => {
    // They awaited sessions.create with nothing around it: in Express 4 a wrong secret key left
    // the request unanswered (an unhandled rejection, which ends Node) and the elements loading.
    const text = readFileSync(path.join(root, 'docs/quick-start.md'), 'utf8');
    const endpoints = codeBlocks(['ts', 'js']).filter((b) =>
      /app\.post\([^)]*async \(req, res\)[\s\S]*sessions\.create/.test(b.code),
    );
    assert.ok(
      endpoints.some((b) => b.file === 'docs/quick-start.md'),
      'the quick start has no token endpoint',
    );
    const unguarded = endpoints
      .filter(
        (b) =>
          !/try \{[\s\S]*sessions\.create[\s\S]*\} catch/.test(b.code) ||
          !/status\(5\d\d\)/.test(b.code),
      )
      .map((b) => `${b.file}:${b.line}`);
    assert.deepEqual(unguarded, []);
    assert.match(text, /auth-and-sessions\.md#where-the-member-session-comes-from/);
    const auth = readFileSync(path.join(root, 'docs/auth-and-sessions.md'), 'utf8');
    assert.match(auth, /^## Where the member session comes from$/m);
  });

  it("the docs' getSessionToken callbacks that fetch keep a failed answer's status", async () => {
    // The client README's quick start and auth-and-sessions.md's "With the client alone" returned
    // `(await fetch(…)).json()` whatever came back: a 502 of the partner's back end (or a member
    // offline) then reached the client as a body without a token, an AuthError session_required
    // (登录已失效, "sign in again"), its status lost. Each callback runs here against a fetch
    // answering 502, then one that fails as offline, through the client's member session.
    const callbacks: { where: string; source: string }[] = [];
    for (const block of codeBlocks(['ts', 'js'])) {
      const file = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        const initializer =
          ts.isPropertyAssignment(node) && node.name.getText() === 'getSessionToken'
            ? node.initializer
            : ts.isBinaryExpression(node) &&
                node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
                /\.getSessionToken$/.test(node.left.getText())
              ? node.right
              : undefined;
        if (initializer && /\bfetch\(/.test(initializer.getText())) {
          callbacks.push({ where: `${block.file}:${block.line}`, source: initializer.getText() });
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    assert.ok(
      callbacks.some((c) => c.where.startsWith('packages/client/README.md')),
      "the client README's quick start has no getSessionToken that fetches?",
    );
    const { createMemberSession, NetworkError } = await import('@jiagong/client');
    const realFetch = globalThis.fetch;
    const wrong: string[] = [];
    try {
      for (const { where, source } of callbacks) {
        const js = ts.transpileModule(`export default ${source};`, {
          compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
        }).outputText;
        const module = { exports: {} as { default?: Parameters<typeof createMemberSession>[0] } };
        new Function('module', 'exports', 'NetworkError', js)(module, module.exports, NetworkError);
        const callback = module.exports.default!;
        globalThis.fetch = async () =>
          new Response(JSON.stringify({ error: 'could not mint a session' }), {
            status: 502,
            headers: { 'content-type': 'application/json' },
          });
        const failed = await createMemberSession(callback)
          .get()
          .then(
            () => undefined,
            (error: unknown) => error as { name?: string; status?: number },
          );
        if (failed?.status !== 502) wrong.push(`${where}: a 502 became ${failed?.name}`);
        globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
        const offline = await createMemberSession(callback)
          .get()
          .then(
            () => undefined,
            (error: unknown) => error as { name?: string },
          );
        if (offline?.name !== 'NetworkError')
          wrong.push(`${where}: offline became ${offline?.name}`);
      }
    } finally {
      globalThis.fetch = realFetch;
    }
    assert.deepEqual(wrong, []);
  });

  it('localisation.md says which API content comes in English, as the sandbox answers', async () => {
    // It said the API answers merchant names, product titles and course descriptions in the
    // client's language: they come in Chinese on an English page, and a partner showing an English
    // demo went looking for a missing English import. Each field, asked in zh-CN and in en.
    const text = readFileSync(path.join(root, 'docs/localisation.md'), 'utf8').replace(/\s+/g, ' ');
    const paragraph = /- Content from the API .*?(?= #)/.exec(text)?.[0] ?? '';
    const [inBoth = '', zhOnly = ''] = paragraph.split('The rest of the catalogue');
    const sandbox = await startSandbox({ args: ['--port', '0', '--memory', '--quiet'] });
    try {
      const { token } = (await (
        await fetch(`${sandbox.url}/v1/sessions`, {
          method: 'POST',
          headers: { authorization: 'Bearer sk_test_jiaxing', 'content-type': 'application/json' },
          body: JSON.stringify({ memberId: 'm_1001' }),
        })
      ).json()) as { token: string };
      const first = async (url: string, locale: string, key = 'pk_test_jiaxing') => {
        const answer = await fetch(`${sandbox.url}${url}`, {
          headers: { authorization: `Bearer ${key}`, 'accept-language': locale },
        });
        assert.equal(answer.status, 200, url);
        const body = (await answer.json()) as { data: Record<string, unknown>[] };
        return body.data[0]!;
      };
      // [what the doc calls it, endpoint, field, credential]
      const fields: [string, string, string, string?][] = [
        ["services' names", '/v1/services', 'name'],
        ["card's benefits", '/v1/me/card/benefits', 'title', token],
        ["mall's categories", '/v1/mall/categories', 'name'],
        ["merchant's category", '/v1/merchants', 'categoryName'],
        ['merchant names', '/v1/merchants', 'name'],
        ['mall product names', '/v1/mall/products', 'name'],
        ['unions', '/v1/unions', 'name'],
        ["loan products' names", '/v1/loans/products', 'name'],
        ['courses', '/v1/courses', 'title'],
        ['model workers', '/v1/model-workers', 'name'],
      ];
      const wrong: string[] = [];
      for (const [said, url, field, key] of fields) {
        const zh = (await first(url, 'zh-CN', key))[field];
        const en = (await first(url, 'en', key))[field];
        const translated = zh !== en;
        const doc = inBoth.includes(said) ? 'both' : zhOnly.includes(said) ? 'zh' : 'nothing';
        if (doc !== (translated ? 'both' : 'zh')) {
          wrong.push(
            `${url} ${field}: ${JSON.stringify([zh, en])}, the doc says ${doc} of ${said}`,
          );
        }
      }
      assert.deepEqual(wrong, []);
    } finally {
      await sandbox.stop();
    }
  });

  it('the quick start installs every package its code imports', () => {
    // It starts "from nothing": a partner who copies its blocks in order has only what it
    // told them to install.
    const text = readFileSync(path.join(root, 'docs/quick-start.md'), 'utf8');
    const installed = new Set(
      [...text.matchAll(/npm install ((?:@[\w-]+\/[\w-]+\s*)+)/g)].flatMap((m) =>
        m[1]!.trim().split(/\s+/),
      ),
    );
    const imported = new Set(
      codeBlocks(['ts', 'tsx', 'js'])
        .filter((b) => b.file === 'docs/quick-start.md')
        .flatMap((b) => [
          ...b.code.matchAll(/from '(@jiagong\/[\w-]+)|import '(@jiagong\/[\w-]+)/g),
        ])
        .map((m) => (m[1] ?? m[2])!),
    );
    assert.ok(imported.size >= 2, 'the quick start imports nothing?');
    assert.deepEqual(
      [...imported].filter((p) => !installed.has(p)),
      [],
      `installed: ${[...installed].join(', ')}`,
    );
  });

  it('package READMEs link only absolute URLs (npmjs.com shows them without the repository)', () => {
    // The packages name no `repository`, so npm cannot resolve a relative link: it is dead there.
    const relative = PUBLISHED_PACKAGES.flatMap((p) => {
      const file = `packages/${p}/README.md`;
      const text = readFileSync(path.join(root, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
      return [...text.matchAll(/\]\((?!https?:|mailto:|#)([^)]+)\)/g)].map(
        (m) => `${file}: ${m[1]}`,
      );
    });
    assert.deepEqual(relative, []);
  });

  it('CDN URLs pin the version of @jiagong/elements being documented', () => {
    // A partner copies the URL with its version; the loader's integrity hash is that version's.
    const { version } = JSON.parse(
      readFileSync(path.join(root, 'packages/elements/package.json'), 'utf8'),
    ) as { version: string };
    const stale = markdownFiles().flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/@jiagong\/elements@([^/\s`'"]+)/g)]
        .filter((m) => m[1] !== version)
        .map((m) => `${file}: ${m[0]}`),
    );
    assert.deepEqual(stale, [], `the package is ${version}`);
  });

  it('each package names its root types and entry outside `exports` too', () => {
    // TypeScript's `module: commonjs` (a usual Node back end) resolves with node10 rules, which
    // read only the top-level `types`: without it `import { createServerClient } from
    // '@jiagong/client'` is TS2307 although Node 20.19+ loads the module fine.
    for (const p of PUBLISHED_PACKAGES) {
      const pkg = JSON.parse(
        readFileSync(path.join(root, 'packages', p, 'package.json'), 'utf8'),
      ) as { name: string; main?: string; types?: string; exports: Record<string, unknown> };
      const dot = pkg.exports['.'] as { types: string; default: string };
      assert.equal(pkg.types, dot.types, `${pkg.name}: top-level "types"`);
      assert.equal(pkg.main, dot.default, `${pkg.name}: top-level "main"`);
    }
  });

  it("the space the docs reserve for an element is theming.md's skeleton height", () => {
    // A partner copies a `:not(:defined) { min-height }` rule from whichever page they read: a
    // height other than the skeleton's moves the page when the element's code arrives.
    const theming = readFileSync(path.join(root, 'docs/theming.md'), 'utf8');
    const table = new Map<string, string>();
    for (const row of theming.matchAll(/^\| (`jg-[^|]+) \| (\d+px) \|$/gm)) {
      for (const tag of row[1]!.matchAll(/`(jg-[a-z-]+)`/g)) table.set(tag[1]!, row[2]!);
    }
    assert.ok(table.get('jg-member-card'), "theming.md's skeleton height table is gone");
    const wrong = markdownFiles().flatMap((file) =>
      [
        ...readFileSync(path.join(root, file), 'utf8').matchAll(
          // Senior mode's own rules (`jg-provider[senior] jg-…`) are checked in Chromium by
          // examples.test.ts; the table gives the plain heights.
          /(?<!\[senior\] )(jg-[a-z-]+):not\(:defined\)\s*\{[^}]*?min-height:\s*(\d+px)/g,
        ),
      ]
        .filter((m) => table.get(m[1]!) !== m[2])
        .map((m) => `${file}: ${m[1]} ${m[2]}, theming.md: ${table.get(m[1]!) ?? 'none'}`),
    );
    assert.deepEqual(wrong, []);
  });

  it("theming.md's token table names every global token the provider lists", () => {
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'packages/elements/custom-elements.json'), 'utf8'),
    ) as {
      modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[];
    };
    const provider = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'jg-provider');
    const tokens = (provider?.cssProperties ?? []).map((p) => p.name);
    assert.ok(tokens.includes('--jg-color-primary'), 'custom-elements.json lists no tokens');
    // A row: `--jg-color-primary`, `-primary-strong` (a short name continues the last full one's
    // prefix) … and `--jg-space-1` … `--jg-space-6` (a range).
    const theming = readFileSync(path.join(root, 'docs/theming.md'), 'utf8');
    const listed = new Set<string>();
    for (const row of theming.matchAll(/^\| \w+ \| (`--jg-.*) \|$/gm)) {
      let prefix = '';
      for (const [, name] of row[1]!.matchAll(/`(-[-a-z0-9]+)`/g)) {
        if (name!.startsWith('--jg-')) prefix = name!.slice(0, name!.lastIndexOf('-'));
        listed.add(name!.startsWith('--jg-') ? name! : prefix + name!);
      }
      for (const [, from, first, last] of row[1]!.matchAll(
        /`(--jg-[a-z]+-)(\d)` … `--jg-[a-z]+-(\d)`/g,
      )) {
        for (let i = Number(first); i <= Number(last); i++) listed.add(`${from!}${i}`);
      }
    }
    assert.deepEqual(
      tokens.filter((t) => !listed.has(t)),
      [],
      'tokens missing from the table in docs/theming.md',
    );
  });

  it('theming.md says which component tokens take the brand surface colour, not the primary', () => {
    // A bank's developer set --jg-color-primary as theming.md's first example says ("your
    // brand") and the member card stayed union red beside the blue buttons, with nothing in the
    // guide saying why: the card is drawn in --jg-color-brand. Each component token whose default
    // is the brand colour must be named in theming.md with that token.
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'packages/elements/custom-elements.json'), 'utf8'),
    ) as {
      modules: { declarations?: { cssProperties?: { name: string; description?: string }[] }[] }[];
    };
    const onBrand = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => d.cssProperties ?? [])
      .filter(
        (p) => !p.name.startsWith('--jg-color-') && /--jg-color-brand/.test(p.description ?? ''),
      )
      .map((p) => p.name);
    assert.ok(onBrand.includes('--jg-member-card-background'), onBrand.join(', '));
    const paragraphs = readFileSync(path.join(root, 'docs/theming.md'), 'utf8').split(/\n\s*\n/);
    const unsaid = onBrand.filter(
      (token) =>
        !paragraphs.some(
          (p) =>
            p.includes(`\`${token}\``) && p.includes('`--jg-color-brand`') && /primary/.test(p),
        ),
    );
    assert.deepEqual(unsaid, []);
  });

  it("theming.md's brand colours read at WCAG AA (4.5:1) in light and dark mode", () => {
    // A brand colour set on jg-provider applies in dark mode too: the page's own example once
    // gave dark mode #0b5ea8 text on #1c1b1f (2.6:1). Its CSS, over the default tokens.
    const theme = readFileSync(path.join(root, 'packages/elements/src/internal/theme.ts'), 'utf8');
    const tokens = (name: string) =>
      Object.fromEntries(
        [
          ...new RegExp(`export const ${name} =([\\s\\S]*?);\\n`)
            .exec(theme)![1]!
            .matchAll(/'(--jg-[a-z0-9-]+):(#[0-9a-f]{6});/g),
        ].map((m) => [m[1]!, m[2]!]),
      );
    const css = [
      ...readFileSync(path.join(root, 'docs/theming.md'), 'utf8').matchAll(
        /^```css\n([\s\S]*?)^```/gm,
      ),
    ]
      .map((m) => m[1]!)
      .join('\n');
    const rule = (selector: RegExp) =>
      Object.fromEntries(
        [...css.matchAll(new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`, 'gm'))].flatMap((m) =>
          [...m[1]!.matchAll(/(--jg-color-[a-z-]+):\s*(#[0-9a-f]{6})/g)].map((d) => [d[1]!, d[2]!]),
        ),
      );
    const brand = rule(/^jg-provider/m);
    assert.ok(brand['--jg-color-primary'], 'theming.md no longer shows a brand colour');
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const v = parseInt(hex.slice(i, i + 2), 16) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const low: string[] = [];
    for (const [mode, colours] of [
      ['light', { ...tokens('lightTokens'), ...brand }],
      [
        'dark',
        {
          ...tokens('lightTokens'),
          ...tokens('darkTokens'),
          ...brand,
          ...rule(/jg-provider\[theme='dark'\]/),
        },
      ],
    ] as const) {
      const c = (n: string) => colours[`--jg-color-${n}`]!;
      for (const [fg, bg] of [
        ['primary', 'surface'],
        ['primary', 'surface-2'],
        ['on-primary', 'primary'],
        ['on-primary', 'primary-strong'],
      ]) {
        const r = ratio(c(fg!), c(bg!));
        if (r < 4.5) low.push(`${mode}: ${fg} ${c(fg!)} on ${bg} ${c(bg!)} is ${r.toFixed(2)}:1`);
      }
    }
    assert.deepEqual(low, []);
  });

  it('the docs say what an element with no provider does, as it does it', () => {
    // After 1.5 s with no provider and no api-base an element logs NotConfiguredError and shows
    // its error state (packages/elements/src/internal/unconfigured.ts). A page that said it stays
    // quiet sent partners looking for a network problem.
    const source = readFileSync(
      path.join(root, 'packages/elements/src/internal/unconfigured.ts'),
      'utf8',
    );
    const logged = /`\[jiagong\] <\$\{host\.localName\}> ([^`]+)`/.exec(source)?.[1];
    assert.ok(logged, 'unconfigured.ts no longer logs its message');
    const pages = markdownFiles().map((file) => ({
      file,
      text: readFileSync(path.join(root, file), 'utf8'),
    }));
    const quoted = pages.flatMap(({ file, text }) =>
      [...text.matchAll(/NotConfiguredError: \[jiagong\] <jg-[^>]*> ([^`]+)`/g)].map((m) => ({
        file,
        message: m[1]!.replace(/\s+/g, ' '),
      })),
    );
    // Where partners read about it: the quick start, frameworks' load order, troubleshooting.
    for (const file of ['docs/quick-start.md', 'docs/frameworks.md', 'docs/troubleshooting.md']) {
      assert.ok(
        quoted.some((q) => q.file === file),
        `${file} does not say what an element with no provider logs`,
      );
    }
    assert.deepEqual(
      quoted.filter((q) => q.message !== logged).map((q) => `${q.file}: ${q.message}`),
      [],
      `the elements log "${logged}"`,
    );
    const silent = pages.flatMap(({ file, text }) =>
      text
        .split(/\n\s*\n|\n(?=\s*- )/)
        .filter((p) => /logs nothing|without a request\s+or a console message/.test(p))
        .map((p) => `${file}: ${p.trim().slice(0, 80)}`),
    );
    assert.deepEqual(silent, []);
  });

  it('the HTML the docs and examples show has only tags and attributes the elements have', () => {
    // A webmaster pastes HTML as printed: a misspelt or renamed attribute (`publishable_key`,
    // `api-url`) is ignored without a word, and the element waits or says 组件尚未配置.
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'packages/elements/custom-elements.json'), 'utf8'),
    ) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const attributes = new Map<string, Set<string>>();
    for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!declaration.tagName) continue;
      attributes.set(
        declaration.tagName,
        new Set((declaration.attributes ?? []).map((attribute) => attribute.name)),
      );
    }
    assert.ok(attributes.get('jg-provider')?.has('api-base'), 'custom-elements.json lists none');
    const global =
      /^(id|class|style|slot|hidden|lang|dir|part|title|tabindex|inert|data-.+|aria-.+)$/;
    const examples = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const file = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          return ['node_modules', 'dist'].includes(entry.name) ? [] : examples(file);
        }
        return file.endsWith('.html') ? [file] : [];
      });
    const sources = [
      ...codeBlocks(['html']),
      ...examples('examples').map((file) => ({
        file,
        line: 1,
        code: readFileSync(path.join(root, file), 'utf8'),
      })),
    ];
    const value = String.raw`(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?`;
    const wrong: string[] = [];
    let checked = 0;
    for (const { file, line, code } of sources) {
      for (const tag of code.matchAll(
        new RegExp(String.raw`<(jg-[a-z-]+)((?:\s+[^\s>=/]+${value})*)\s*/?>`, 'g'),
      )) {
        const where = `${file}:${line + code.slice(0, tag.index).split('\n').length - 1}`;
        const known = attributes.get(tag[1]!);
        if (!known) {
          wrong.push(`${where}: <${tag[1]}> is no element`);
          continue;
        }
        checked++;
        for (const [, name] of tag[2]!.matchAll(new RegExp(String.raw`([^\s>=/]+)${value}`, 'g'))) {
          if (!known.has(name!) && !global.test(name!)) {
            wrong.push(`${where}: <${tag[1]}> has no attribute ${name}`);
          }
        }
      }
    }
    assert.ok(checked >= 30, `only ${checked} tags found`);
    assert.deepEqual(wrong, []);
  });

  it("the docs' lists of element entries name every family's", () => {
    // A family added later (consents) was left out of them: a partner reading localisation.md
    // found no English module for it, and troubleshooting.md did not say what it does unconfigured.
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'packages/elements/package.json'), 'utf8'),
    ) as { exports: Record<string, unknown> };
    const english = Object.keys(manifest.exports)
      .map((key) => /^\.\/(.+)\/en$/.exec(key)?.[1])
      .filter((entry): entry is string => !!entry && entry !== 'locales');
    const localisation = readFileSync(path.join(root, 'docs/localisation.md'), 'utf8');
    const listed = /Every family entry has its `en`:([\s\S]*?)\(`provider`/.exec(localisation)?.[1];
    assert.ok(listed, 'localisation.md no longer lists the entries with English');
    assert.deepEqual(
      [...listed.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).sort(),
      [...english].sort(),
      'localisation.md: every family entry has its en',
    );
    // troubleshooting.md section 6: which entries report a missing provider and which do not.
    const troubleshooting = readFileSync(path.join(root, 'docs/troubleshooting.md'), 'utf8');
    const six = troubleshooting.slice(
      troubleshooting.search(/^## 6\. /m),
      troubleshooting.search(/^## 7\. /m),
    );
    const paragraphs = six.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' '));
    const reporting = paragraphs.find((p) => / entries log /.test(p));
    const quiet = paragraphs.find((p) => /do not carry this check/.test(p));
    assert.ok(reporting && quiet, 'troubleshooting.md section 6 changed its wording');
    const wrong = presentFamilies()
      .filter((family) => family !== 'provider')
      .flatMap((family) => {
        const index = readFileSync(
          path.join(root, 'packages/elements/src', family, 'index.ts'),
          'utf8',
        );
        const checks = index.includes('reportUnconfigured');
        const words = family.replace(/-/g, ' ');
        const said = (checks ? reporting : quiet).includes(words);
        return said ? [] : [`${family} (${checks ? 'reports' : 'stays quiet'})`];
      });
    assert.deepEqual(wrong, [], 'troubleshooting.md section 6 does not name these entries');
  });

  it("docs/README.md's list of examples names every example folder", () => {
    // It listed four of the five pages npm start serves, without the server-rendering one.
    const index = readFileSync(path.join(root, 'docs/README.md'), 'utf8');
    const line = /\n- `examples\/`[\s\S]*?(?=\n- |\n*(?![\s\S]))/.exec(index)?.[0] ?? '';
    const folders = readdirSync(path.join(root, 'examples'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'home')
      .map((e) => e.name);
    assert.ok(folders.includes('ssr'), folders.join(', '));
    assert.deepEqual(
      folders.filter((f) => !line.includes(`\`${f}\``)),
      [],
      line,
    );
  });

  it("troubleshooting.md says what is safe to log of every element's event", async () => {
    const { elements } = await import('@jiagong/elements/registry');
    const text = readFileSync(path.join(root, 'docs/troubleshooting.md'), 'utf8');
    const table = text.slice(text.indexOf('### The other events'), text.search(/^## 3\. /m));
    const events = [...new Set(elements.flatMap((e) => e.events))]
      // jg-error has its own section; the inputs' events are the DOM's.
      .filter((name) => name.startsWith('jg-') && name !== 'jg-error');
    const missing = events.filter(
      (name) =>
        !table.includes(`\`${name}\``) &&
        !(name.startsWith('jg-quiz-') && table.includes('`jg-quiz-*`')),
    );
    assert.deepEqual(missing, [], 'troubleshooting.md section 2 has no row for these events');
  });

  it('troubleshooting names the API codes the elements show as 登录已失效, and only real codes', () => {
    // apiErrorMessage (internal/localize.ts) shows 登录已失效，请重新打开本页面 for several 401
    // codes; a partner whose publishable key was wrong (`unauthorized`) read only of a failed
    // token endpoint and kept reopening the page. Every code the page quotes must exist, too.
    const localize = readFileSync(
      path.join(root, 'packages/elements/src/internal/localize.ts'),
      'utf8',
    );
    const line = /^\s*if \((code === [^)]*)\)\s*\n\s*return messages\.sessionError;/m.exec(
      localize,
    );
    assert.ok(line, 'localize.ts no longer maps codes to sessionError');
    const sessionCodes = [...line[1]!.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
    const text = readFileSync(path.join(root, 'docs/troubleshooting.md'), 'utf8');
    const said = text
      .split(/\n\s*\n/)
      .filter((p) => p.includes('登录已失效，请重新打开本页面'))
      .join('\n');
    assert.deepEqual(
      sessionCodes.filter((code) => !said.includes(`\`${code}\``)),
      [],
      'codes shown as 登录已失效 that troubleshooting.md does not name beside it',
    );
    // An error code of the catalogue, or a field code (`invalid_format`) the contract writes.
    const sources = ['packages/contract/src', 'packages/sandbox/src']
      .flatMap((dir) =>
        readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
          .map((f) => readFileSync(path.join(root, dir, f), 'utf8')),
      )
      .join('\n');
    const quoted = [...text.matchAll(/`([a-z]+(?:_[a-z]+)+)`/g)].map((m) => m[1]!);
    assert.deepEqual(
      quoted.filter((code) => !sources.includes(`'${code}'`) && !sources.includes(`${code}:`)),
      [],
      'codes in troubleshooting.md that the API does not send',
    );
  });

  it("frameworks.md's Jest setup compiles every ES module the React wrappers load", async () => {
    // Jest loads modules as CommonJS: an ES module it is told not to compile stops the test file
    // at `Must use import to load ES Module`. The docs gave only the observers, and the client
    // README's pattern (@jiagong|ky) stopped at @lit/react, then lit, then lean-qr (tried with
    // Jest 30 and jest-environment-jsdom). Every module of the wrappers and their English,
    // resolved as Jest's require() resolves it, must be CommonJS or pass the docs' pattern.
    const text = readFileSync(path.join(root, 'docs/frameworks.md'), 'utf8');
    const section = text.slice(text.indexOf('## Unit tests'));
    const config = /```json\n([\s\S]*?)```/.exec(section);
    assert.ok(config, 'frameworks.md has no Jest configuration in its unit tests section');
    const { transformIgnorePatterns = [] } = JSON.parse(config[1]!) as {
      transformIgnorePatterns?: string[];
    };
    const ignored = (file: string) => transformIgnorePatterns.some((p) => new RegExp(p).test(file));
    const { metafile } = await build({
      stdin: {
        contents: "export * from '@jiagong/react'; import '@jiagong/elements/locales/en';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      conditions: ['source'],
      external: ['react', 'react-dom'],
      logLevel: 'silent',
    });
    const isEsm = (file: string): boolean => {
      if (/\.mjs$/.test(file)) return true;
      if (/\.cjs$/.test(file)) return false;
      for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const manifest = path.join(dir, 'package.json');
        if (existsSync(manifest))
          return (
            (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type === 'module'
          );
      }
      return false;
    };
    const compiled = new Set<string>();
    for (const [importer, input] of Object.entries(metafile.inputs)) {
      if (importer.startsWith('<')) continue;
      for (const { original, path: resolved } of input.imports) {
        // Package names only: a relative import stays inside its package, in its format.
        if (!original || /^[./]/.test(original) || !resolved.includes('node_modules/')) continue;
        // As in the partner's node_modules: our packages are symlinks to the workspace here.
        const file = createRequire(path.join(root, importer)).resolve(original);
        if (!isEsm(file)) continue;
        const name = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)![1]!;
        compiled.add(`/app/node_modules/${name}/${path.basename(file)}`);
      }
    }
    for (const p of ['contract', 'client', 'elements', 'react'])
      compiled.add(`/app/node_modules/@jiagong/${p}/dist/index.js`);
    assert.ok(compiled.size > 8, `only ${[...compiled].join(', ')}`);
    assert.deepEqual(
      [...compiled].filter(ignored),
      [],
      "ES modules frameworks.md's transformIgnorePatterns leaves uncompiled",
    );
    // jest-environment-jsdom has no TextEncoder, which the client uses as it loads.
    assert.match(section, /TextEncoder/);
    // The client README's pattern is for the client alone: it sends the rest there.
    const client = readFileSync(path.join(root, 'packages/client/README.md'), 'utf8');
    const jest = client.slice(client.indexOf('## Testing your code with Jest'));
    const clientJest = jest.slice(0, jest.indexOf('\n## ', 3));
    assert.match(clientJest, /TextEncoder/, 'the client alone needs it in jsdom too');
    assert.match(clientJest, /React[\s\S]*docs\/frameworks\.md/);
  });

  it("migration.md's English sizes are what the English modules add to a bundle", async () => {
    // "the loan application's English is 2.9 KB gzip, the points mall's 2.0 KB, every
    // element's 6.0 KB": the entry with its `en` against the entry alone, as `npm run bench`.
    const text = readFileSync(path.join(root, 'docs/migration.md'), 'utf8');
    const claim =
      /loan application's English is ([\d.]+) KB gzip, the points mall's ([\d.]+) KB,\s+every element's ([\d.]+) KB/.exec(
        text,
      );
    assert.ok(claim, 'docs/migration.md no longer states the English sizes');
    const E = '@jiagong/elements';
    const pairs: [string, string, string][] = [
      [`import '${E}/loan-application';`, `import '${E}/loan-application/en';`, claim[1]!],
      [`import '${E}/points-mall';`, `import '${E}/points-mall/en';`, claim[2]!],
      [`import '${E}';`, `import '${E}/locales/en';`, claim[3]!],
    ];
    const wrong: string[] = [];
    for (const [entry, english, kb] of pairs) {
      const [alone, withEnglish] = await Promise.all([
        bundleSize({ code: entry }),
        bundleSize({ code: `${entry}\n${english}` }),
      ]);
      const added = withEnglish.gzip - alone.gzip;
      // The figure to its one decimal: within 0.1 KB, or 5 %.
      if (Math.abs(added - Number(kb) * 1024) > Math.max(102, added * 0.05)) {
        wrong.push(`${english} adds ${added} B gzip, migration.md says ${kb} KB`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it("the CDN loader's size is the elements README's", async () => {
    await ensureBuilt(['cdn'], ['dist/cdn/manifest.json']);
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'dist/cdn/manifest.json'), 'utf8'),
    ) as {
      loader: { gzipBytes: number };
    };
    const readme = readFileSync(path.join(root, 'packages/elements/README.md'), 'utf8');
    const claim = /`dist\/cdn\/jiagong\.js`, under (\d+(?:\.\d+)?) KB gzip/.exec(readme);
    assert.ok(claim, 'the README no longer states the loader size');
    assert.ok(
      manifest.loader.gzipBytes < Number(claim[1]) * 1024,
      `the loader is ${manifest.loader.gzipBytes} B gzip, the README says under ${claim[1]} KB`,
    );
  });
});

/** A server on 127.0.0.1 (its own origin, by its port) for the test's pages and endpoints. */
async function listen(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A Markdown section: from its heading to the next one of the same level or higher. */
function section(file: string, heading: RegExp): string {
  const text = readFileSync(path.join(root, file), 'utf8');
  const start = text.search(heading);
  assert.ok(start >= 0, `${file} has no section ${heading}`);
  const rest = text.slice(text.indexOf('\n', start));
  const end = rest.search(/^#{1,2} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('a token endpoint that gives no session, as the docs say', { timeout: 240_000 }, () => {
  it('shows and reports what auth-and-sessions.md, quick-start.md and troubleshooting.md say', async () => {
    await ensureBuilt(['react', 'js', 'cdn'], ['dist/cdn/manifest.json']);
    const sandbox = await startSandbox({ args: ['--port', '0', '--memory', '--quiet'] });
    const closers: (() => Promise<unknown>)[] = [() => sandbox.stop()];
    try {
      const minted = (await (
        await fetch(`${sandbox.url}/v1/sessions`, {
          method: 'POST',
          headers: { authorization: 'Bearer sk_test_jiaxing', 'content-type': 'application/json' },
          body: JSON.stringify({ memberId: 'm_1001' }),
        })
      ).json()) as { token: string; expiresAt: string };
      const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      // The partner's page, with the CDN loader, and its back end's endpoints on the same origin.
      let pageOrigin = '';
      const page = await listen((req, res) => {
        const url = new URL(req.url!, 'http://x');
        if (url.pathname.startsWith('/cdn/')) {
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
          res.end(readFileSync(path.join(root, 'dist/cdn', url.pathname.slice(5))));
        } else if (url.pathname === '/api/missing') json(res, 404, { error: 'not found' });
        else if (url.pathname === '/api/refused') json(res, 502, { error: 'could not mint' });
        else if (url.pathname === '/api/envelope') json(res, 200, { code: 0, data: minted });
        else if (url.pathname === '/api/session') json(res, 200, minted);
        else {
          res.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            // The partner's login: a cookie of the page's origin.
            'set-cookie': 'login=m_1001; Path=/; SameSite=Lax',
          });
          res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script type="module" src="/cdn/jiagong.js"></script></head><body>
<jg-provider api-base="${url.searchParams.get('api') ?? sandbox.url}" publishable-key="pk_test_jiaxing"
  token-endpoint="${url.searchParams.get('endpoint')}"><jg-member-card></jg-member-card></jg-provider>
</body></html>`);
        }
      });
      pageOrigin = page.origin;
      closers.push(page.close);
      // The same back end on another origin (api.bank.example beside www.bank.example): it mints
      // only for a login cookie, and sends CORS headers when asked to.
      const other = await listen((req, res) => {
        const cors = req.url!.includes('cors')
          ? {
              'access-control-allow-origin': pageOrigin,
              'access-control-allow-credentials': 'true',
            }
          : {};
        if (/login=m_1001/.test(req.headers.cookie ?? '')) json(res, 200, minted, cors);
        else json(res, 401, { error: 'not signed in' }, cors);
      });
      closers.push(other.close);

      const browser = await launchBrowser();
      closers.push(() => browser.close());
      const observe = async (endpoint: string) => {
        const tab = await browser.newPage();
        await tab.evaluateOnNewDocument(`document.addEventListener('jg-error', (event) => {
          const error = event.detail.error ?? {};
          const cause = error.cause;
          window.__jgErrors = [...(window.__jgErrors ?? []), {
            element: event.composedPath()[0].localName,
            name: error.name, code: error.code, message: error.message,
            cause: cause ? cause.name + ': ' + cause.message : undefined,
          }];
        });`);
        await tab.goto(`${pageOrigin}/?endpoint=${encodeURIComponent(endpoint)}`);
        await tab.waitForFunction(
          `(window.__jgErrors ?? []).some((e) => e.element === 'jg-member-card')`,
          { timeout: 30_000, polling: 100 },
        );
        const seen = (await tab.evaluate(`({
          error: window.__jgErrors.find((e) => e.element === 'jg-member-card'),
          shown: document.querySelector('jg-member-card').shadowRoot.textContent.replace(/\\s+/g, ' '),
        })`)) as {
          error: { name: string; code?: string; message: string; cause?: string };
          shown: string;
        };
        await tab.close();
        return seen;
      };

      const sessionLost = '登录已失效，请重新打开本页面';
      const offline = '网络连接失败，请检查网络后再试';
      // A 5xx: the partner's back end failed, the member is still signed in there.
      const busy = '系统繁忙，请稍后再试';
      const troubleshooting = section(
        'docs/troubleshooting.md',
        /^## \d+\. Every element says 登录已失效/m,
      );
      const rows = troubleshooting.split('\n').filter((line) => line.startsWith('| `'));
      const cases: [endpoint: string, shows: string, cause: string][] = [
        [
          '/api/missing',
          sessionLost,
          'SessionTokenError: token endpoint answered 404 without a token',
        ],
        ['/api/refused', busy, 'SessionTokenError: token endpoint answered 502 without a token'],
        [
          '/api/envelope',
          sessionLost,
          'SessionTokenError: token endpoint answered 200 without a token',
        ],
        // Another origin with CORS: the login cookie stays home.
        [
          `${other.origin}/session?cors`,
          sessionLost,
          'SessionTokenError: token endpoint answered 401 without a token',
        ],
        // Another origin without CORS: the answer is the browser's to keep.
        [`${other.origin}/session`, offline, 'TypeError: Failed to fetch'],
      ];
      for (const [endpoint, shows, cause] of cases) {
        const seen = await observe(endpoint);
        assert.ok(seen.shown.includes(shows), `${endpoint}: the card shows ${seen.shown}`);
        // A 5xx's SessionTokenError is the error itself; the others are its cause.
        const reported = seen.error.cause ?? `${seen.error.name}: ${seen.error.message}`;
        assert.equal(reported, cause, endpoint);
        // troubleshooting.md's row for it: the cause as the elements report it.
        const row = rows.find((line) => line.includes(`\`${cause}\``));
        assert.ok(row, `troubleshooting.md has no row for ${cause}`);
        assert.ok(row.startsWith(`| \`${seen.error.name}\``), `${row} is not a ${seen.error.name}`);
        if (seen.error.name === 'NetworkError') {
          // "whose message is your token endpoint's URL"
          assert.equal(seen.error.message, endpoint);
          assert.ok(troubleshooting.includes(`${offline} in the \`NetworkError\` case`));
        } else if (seen.error.name === 'SessionTokenError') {
          assert.ok(row.includes(busy), row);
          assert.ok(troubleshooting.replace(/\s+/g, '').includes(`${busy}for`));
        } else {
          assert.equal(seen.error.code, 'session_required');
          assert.ok(row.includes('`session_required`'), row);
        }
      }
      // What the member sees for an endpoint's 5xx, where the guides tell partners to answer one.
      const refused = await observe('/api/refused');
      const shown5xx = [sessionLost, offline, busy].find((text) => refused.shown.includes(text));
      for (const [file, heading] of [
        ['docs/auth-and-sessions.md', /^## Where the member session comes from/m],
        ['docs/quick-start.md', /^## 2\. Add a token endpoint/m],
      ] as const) {
        const said = section(file, heading)
          // The prose's claims: a code comment there says less.
          .replace(/^\s*```[\s\S]*?^\s*```/gm, '')
          .split(/\n\s*\n/)
          .filter((paragraph) => /\b5xx\b/.test(paragraph));
        assert.ok(said.length, `${file} no longer says to answer a 5xx`);
        for (const paragraph of said) {
          assert.ok(
            shown5xx && paragraph.replace(/\s+/g, '').includes(shown5xx),
            `${file} says of a 5xx: ${paragraph}\nbut the elements show ${refused.shown}`,
          );
        }
      }
      // An api-base with /v1 (troubleshooting.md section 6): what the card shows instead.
      const tab = await browser.newPage();
      await tab.goto(
        `${pageOrigin}/?endpoint=/api/session&api=${encodeURIComponent(`${sandbox.url}/v1`)}`,
      );
      const card = await tab.waitForFunction(
        `(() => {
          const root = document.querySelector('jg-member-card').shadowRoot;
          if (!root || root.querySelector('[part~="skeleton"], [aria-busy="true"]')) return false;
          return root.textContent.replace(/\\s+/g, ' ').trim();
        })()`,
        { timeout: 30_000, polling: 100 },
      );
      const shownWithV1 = String(await card.jsonValue());
      await tab.close();
      const six = section('docs/troubleshooting.md', /^## 6\. /m)
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' '))
        .find((paragraph) => paragraph.includes('ends with `/v1`'));
      assert.ok(six, 'troubleshooting.md section 6 no longer says what an api-base with /v1 does');
      assert.ok(
        six.includes(shownWithV1.split(' ')[0]!),
        `with /v1 in api-base the card shows ${shownWithV1}; troubleshooting.md says: ${six}`,
      );
    } finally {
      for (const close of closers.reverse()) await close();
    }
  });
});
